// The exports a contest office files: the signed PDF score report, CSV and XLSX, and the
// judges' QR access cards — checked as users get them: text extracted by pdftotext, fonts by
// pdffonts, pixels rendered by pdftoppm, spreadsheets read back.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultsDocument } from '../../shared/results.ts';
import { runs } from '../../server/report/fonts.ts';
import { qrBox } from '../../server/report/judge-cards-pdf.ts';
import { SCREENSHOTS } from '../support/screenshots.ts';
import { api, startServer, HOST_TOKEN } from '../support/server.ts';
import { LONG_COMMENT, LONG_QUESTION, playRareContest, rareDefinition, type Created } from './fixture.ts';
import { glyphPdf, parseCsv, row } from './helpers.ts';
import { grayPixels, inkFraction, pdfFonts, pdfPages, renderPage, tmpPdf } from './poppler.ts';

const SHOTS = SCREENSHOTS;
let server: Awaited<ReturnType<typeof startServer>>;
let created: Created;
let results: ResultsDocument;
let fingerprint: string;

async function get(url: string, token: string | null = HOST_TOKEN) {
  const res = await fetch(server.url + url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: Buffer.from(await res.arrayBuffer()) };
}

beforeAll(async () => {
  server = await startServer();
  created = await playRareContest(server.url);
  results = (await api<ResultsDocument>(server.url, 'GET', `/api/contests/${created.id}/results`)).body;
  // The fingerprint recomputed from the public event log exactly as docs/report.md says.
  const events = (await api<{ seq: number; type: string; data: unknown; at: number; actor: string; commandId: string | null }[]>(server.url, 'GET', `/api/contests/${created.id}/events`)).body;
  const canonical = events.map((e) => JSON.stringify([e.seq, e.type, e.data, e.at, e.actor, e.commandId])).join('\n');
  fingerprint = createHash('sha256').update(canonical, 'utf8').digest('hex');
}, 30_000);
afterAll(() => server?.close());

describe('report.pdf', () => {
  let file: string;
  let pages: string[];
  let layoutPages: string[];
  beforeAll(async () => {
    const res = await get(`/api/contests/${created.id}/report.pdf`);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.body.length).toBeLessThan(1024 * 1024);
    file = tmpPdf(res.body);
    pages = pdfPages(file);
    layoutPages = pdfPages(file, true);
  });

  it('contains every name, the rules, and the fingerprint of the event log', () => {
    const flat = pages.join('').replace(/\s+/g, '');
    const names = [
      rareDefinition.title,
      rareDefinition.theme,
      rareDefinition.venue,
      ...rareDefinition.presenters.flatMap((p) => [p.unit, p.speaker, p.title ?? '']),
      ...rareDefinition.judges.flatMap((j) => [j.name, j.title ?? '']),
      LONG_QUESTION,
      LONG_COMMENT,
      '资金实行专户管理、一卡通直达农户，乡村两级逐户验收。',
      '原问题：村集体经济收入是多少？',
      '评委口头确认，工作成效误录',
    ];
    for (const n of names) expect(flat, n).toContain(n.replace(/\s+/g, ''));
    for (const w of ['擂主', '↑去掉最高', '↓去掉最低', '缺席', '未提交（亮分时缺评）', '评委签字', '60%', '超时少者居前']) expect(flat).toContain(w);
    expect(flat).toContain(fingerprint);
    expect(pages.every((p) => p.includes(rareDefinition.title)), 'title on every page').toBe(true);
    pages.forEach((p, i) => expect(p).toContain(`第 ${i + 1} 页 / 共 ${pages.length} 页`));
    expect(flat).not.toContain('未完成');
  });

  it('prints every judge mark and total, group results and finals as /results has them', () => {
    const decimals = 2; // the contest keeps the default
    const ranking = layoutPages.find((t) => t.includes('最终排名'))!;
    for (const p of results.presenters) {
      const final = p.final === null ? '—' : p.final.toFixed(decimals);
      const rank = p.rank === null ? '—' : `${p.rank}${p.sharedRank ? '（并列）' : ''}`;
      expect(ranking, p.unit).toMatch(row(rank, p.unit, p.speaker));
      // 扣分 is the points taken off, as the 民主测评 table and the spreadsheet write them.
      expect(ranking, p.unit).toMatch(row(p.speaker, p.raw === null ? '—' : p.raw.toFixed(2), p.raw === null ? '—' : String(p.penalty), final));
      if (!p.revealed) continue;
      const page = layoutPages.find((t) => t.includes(`${p.order}. ${p.unit}`))!;
      expect(page, p.unit).toBeTruthy();
      for (const j of p.judges) expect(page, `${p.unit} ${j.name}`).toMatch(row(j.group ?? '', ...j.values.map(String), String(j.total)));
      expect(page).toMatch(row('各项得分', ...p.criteria.map((c) => c.score!.toFixed(2)), p.raw!.toFixed(2)));
      for (const g of p.groups) expect(page).toMatch(row(g.name!, String(g.weight), String(g.judgeCount), g.result!.toFixed(2)));
      expect(page).toContain(`最终得分 ${final}`);
    }
    // Each judge's own sheet lists that judge's marks for every scored presenter.
    for (const [i, judge] of rareDefinition.judges.entries()) {
      const label = judge.title ? `${judge.name}（${judge.title}）` : judge.name;
      const sheet = layoutPages.find((t) => t.includes('评委评分表') && row('评委', label).test(t))!;
      expect(sheet, judge.name).toBeTruthy();
      expect(sheet).toContain('评委签字：');
      for (const p of results.presenters) {
        const j = p.judges.find((x) => x.judgeId === `j${i + 1}`);
        if (j) expect(sheet, `${judge.name} ${p.unit}`).toMatch(row(p.unit, p.speaker, ...j.values.map(String), String(j.total)));
      }
    }
  });

  it('marks dropped marks, the champion and the audit facts', () => {
    const p1 = results.presenters.find((p) => p.presenterId === 'p1')!;
    expect(p1.judges.filter((j) => j.dropped).length).toBe(4);
    const page = layoutPages.find((t) => t.includes(`1. ${p1.unit}`))!;
    expect(page.match(/↑去掉最高/g)).toHaveLength(2);
    expect(page.match(/↓去掉最低/g)).toHaveLength(2);
    expect(pages.join('').replace(/\s+/g, '')).toContain('评委修改1次');
    const audit = layoutPages[layoutPages.length - 1]!;
    expect(audit).toContain('审计信息');
    expect(audit).toMatch(/评委修改分数\s+1\s*次/);
    // The amendment with what it replaced: judge 3's first marks for p1, then the ones that count.
    expect(audit.replace(/\s+/g, ' ')).toContain('33 / 15 / 16 / 16 33.5 / 15 / 16 / 16');
    expect(audit).toMatch(/主持人更正\s+1\s*次/);
    // The host's correction with the judge's marks it replaced (j5 for p3), and the sheet 张… signs says so.
    expect(audit.replace(/\s+/g, ' ')).toContain('赵敏 33 / 16 / 16 / 17 32 / 16 / 16 / 17 评委口头确认，工作成效误录');
    const sheet = layoutPages.find((t) => t.includes('评委评分表') && t.includes(rareDefinition.judges[4]!.name))!;
    // (The note wraps in its cell: the next row's figures fall between its lines in the text.)
    expect(sheet.replace(/\s+/g, '')).toMatch(/主持人更正（评委原评总[^）]{0,40}分82）：评委口头确认/);
    expect(audit).toMatch(/缺评亮分\s+1\s*次/);
    expect(audit).toContain(fingerprint);
    expect(audit).toMatch(/报告生成时间：\d{4}年\d{1,2}月\d{1,2}日\s*\d{2}:\d{2}:\d{2}（北京时间）/);
  });

  it('embeds subset fonts, SC and the JP fallback, and renders every page with ink', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const f of fonts) expect(f, f.name).toMatchObject({ emb: true, sub: true });
    expect(fonts.some((f) => f.name.includes('NotoSansSC'))).toBe(true);
    expect(fonts.some((f) => f.name.includes('NotoSansJP'))).toBe(true); // 𠮷 is drawn in JP
    expect(inkFraction(file, 1)).toBeGreaterThan(0.01);
    for (let i = 1; i <= pages.length; i++) expect(inkFraction(file, i), `page ${i}`).toBeGreaterThan(0.003);

    // Renders for the docs: one of each page type.
    fs.mkdirSync(SHOTS, { recursive: true });
    const find = (needle: string) => pages.findIndex((t) => t.includes(needle)) + 1;
    const shots: [string, number][] = [
      ['cover', 1],
      ['ranking', find('最终排名')],
      ['presenter', find(`1. ${rareDefinition.presenters[0]!.unit}`)],
      ['judge-sheet', find('评委评分表')],
      ['audit', pages.length],
    ];
    for (const [name, page] of shots) {
      expect(page, name).toBeGreaterThan(0);
      renderPage(file, page, 80, path.join(SHOTS, `report-${name}.png`));
    }
  });

  it('draws 𠮷 and 㙟 as real glyphs, not missing-glyph boxes', async () => {
    expect(runs('𠮷田村').map((r) => r.font)).toEqual(['jp', 'sc']);
    expect(runs('㙟某').map((r) => r.font)).toEqual(['sc']);
    const blank = grayPixels(tmpPdf(await glyphPdf(' '))).pixels;
    const missing = grayPixels(tmpPdf(await glyphPdf('\u{E000}'))).pixels; // private use: in no font
    for (const ch of ['𠮷', '㙟']) {
      const drawn = grayPixels(tmpPdf(await glyphPdf(ch))).pixels;
      expect(drawn.equals(blank), ch).toBe(false);
      expect(drawn.equals(missing), ch).toBe(false);
    }
  });
});

describe('results.csv and results.xlsx', () => {
  it('csv: UTF-8 BOM, quoted fields, one row per presenter × judge matching /results', async () => {
    const res = await get(`/api/contests/${created.id}/results.csv`);
    expect(res.status).toBe(200);
    expect(res.type).toContain('text/csv');
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(res.body.toString('utf8').slice(1));
    const [header, ...data] = rows;
    const col = (name: string) => header!.indexOf(name);
    expect(header).toContain('工作成效（40）');
    const expected = results.presenters.reduce((n, p) => n + (p.revealed ? rareDefinition.judges.length : 1), 0);
    expect(data).toHaveLength(expected);
    for (const p of results.presenters) {
      const mine = data.filter((r) => r[col('单位编号')] === p.presenterId);
      expect(mine[0]![col('汇报单位')]).toBe(p.unit); // "双江街道, 第二社区" survives quoting
      expect(mine[0]![col('汇报人')]).toBe(p.speaker); // so does 陈"志强"
      for (const r of mine) {
        expect(r[col('最终得分')]).toBe(p.final === null ? '' : p.final.toFixed(2)); // the contest's decimals
        expect(r[col('名次')]).toBe(p.rank === null ? '' : String(p.rank));
      }
      for (const j of p.judges) {
        const r = mine.find((x) => x[col('评委编号')] === j.judgeId)!;
        expect(r[col('评委总分')]).toBe(String(j.total));
        expect(r[col('去掉')]).toBe(j.dropped === 'highest' ? '最高' : j.dropped === 'lowest' ? '最低' : '');
        expect(r.slice(col('工作成效（40）'), col('工作成效（40）') + 4)).toEqual(j.values.map(String));
      }
    }
    const missing = data.filter((r) => r[col('评分状态')] === '未提交');
    expect(missing.map((r) => [r[col('单位编号')], r[col('评委')]])).toEqual([['p2', '普梅']]);
    expect(data.find((r) => r[col('单位编号')] === 'p4')![col('单位状态')]).toBe('缺席');
  });

  it('xlsx: sheets 排名, 评分明细, 问答, and the ranking matches /results', async () => {
    const res = await get(`/api/contests/${created.id}/results.xlsx`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['排名', '评分明细', '问答', '报告信息']);
    const ranking = wb.getWorksheet('排名')!;
    const values = (r: number) => (ranking.getRow(r).values as unknown[]).slice(1);
    expect(values(1).slice(0, 5)).toEqual(['名次', '并列', '汇报单位', '汇报人', '最终得分']);
    const byId = new Map(results.presenters.map((p) => [p.presenterId, p]));
    results.ranking.forEach((r, i) => {
      const p = byId.get(r.presenterId)!;
      expect(values(i + 2).slice(0, 5)).toEqual([r.rank, r.shared ? '是' : '否', p.unit, p.speaker, p.final]);
    });
    expect(ranking.rowCount).toBe(1 + results.presenters.length);
    expect(values(2)[10]).toBe('擂主');
    const detail = wb.getWorksheet('评分明细')!;
    expect(detail.rowCount).toBe(1 + 3 * rareDefinition.judges.length + 1);
    const qa = wb.getWorksheet('问答')!;
    const texts = qa.getColumn(7).values.slice(2);
    expect(texts).toEqual(expect.arrayContaining([LONG_QUESTION, '2023 年村集体经济收入是多少万元？', LONG_COMMENT]));
    const info = wb.getWorksheet('报告信息')!;
    expect(info.getColumn(2).values).toContain(fingerprint);
  });
});

describe('judge-cards.pdf', () => {
  it('has one card per judge with name and a QR code of the private join link', async () => {
    const res = await get(`/api/contests/${created.id}/judge-cards.pdf`);
    expect(res.status).toBe(200);
    const file = tmpPdf(res.body);
    const text = pdfPages(file).join('');
    for (const j of created.judges) {
      expect(text).toContain(j.name);
      expect(text).toContain(j.joinUrl);
    }
    expect(pdfPages(file)).toHaveLength(Math.ceil(created.judges.length / 6));
    renderPage(file, 1, 80, path.join(SHOTS, 'report-judge-cards.png'));

    // Sample every module centre of each rendered QR code against the encoded link.
    const dpi = 144;
    const scale = dpi / 72;
    const { pixels, width } = grayPixels(file, 1, dpi);
    created.judges.forEach((j, slot) => {
      const box = qrBox(slot);
      const qr = QRCode.create(j.joinUrl, { errorCorrectionLevel: 'M' });
      const n = qr.modules.size;
      const m = box.size / (n + 8);
      let wrong = 0;
      for (let r = 0; r < n; r++)
        for (let c = 0; c < n; c++) {
          const x = Math.round((box.x + (4 + c + 0.5) * m) * scale);
          const y = Math.round((box.y + (4 + r + 0.5) * m) * scale);
          const dark = pixels[y * width + x]! < 128;
          if (dark !== Boolean(qr.modules.get(r, c))) wrong++;
        }
      expect(wrong, j.name).toBe(0);
    });
  });
});

describe('partial contests and access', () => {
  it('says 未完成 on the cover of a contest still running, and works without groups or Q&A', async () => {
    const running = await playRareContest(server.url, false);
    const pdf = await get(`/api/contests/${running.id}/report.pdf`);
    expect(pdf.status).toBe(200);
    const runningFile = tmpPdf(pdf.body);
    const pages = pdfPages(runningFile);
    expect(pages[0]).toContain('未完成');
    renderPage(runningFile, 1, 80, path.join(SHOTS, 'report-cover-unfinished.png'));
    expect(pages.some((t) => t.includes('排名（未完成）'))).toBe(true);

    const fresh = (await api<Created>(server.url, 'POST', '/api/contests', rareDefinition)).body;
    const notStarted = pdfPages(tmpPdf((await get(`/api/contests/${fresh.id}/report.pdf`)).body));
    expect(notStarted[0]).toContain('比赛尚未开始');

    const plain = (await api<Created>(server.url, 'POST', '/api/contests', {
      title: '红黑榜月度评比',
      criteria: [{ name: '总分', max: 100 }],
      judges: [{ name: '甲' }, { name: '乙' }],
      presenters: [{ unit: '一号单位' }, { unit: '二号单位' }],
      rules: { aggregation: { method: 'mean' } },
    })).body;
    for (const cmd of [{ type: 'contest:start' }, { type: 'contest:finish', force: true }])
      expect((await api(server.url, 'POST', `/api/contests/${plain.id}/commands`, { commandId: `cmd-${cmd.type.replace(':', '-')}-0001`, ...cmd })).status).toBe(200);
    const plainFile = tmpPdf((await get(`/api/contests/${plain.id}/report.pdf`)).body);
    const partial = pdfPages(plainFile);
    expect(partial[0]).toContain('未完成');
    expect(partial[0]).toContain('不分组');
    expect(partial.join('')).toContain('未汇报');
    for (const f of ['results.csv', 'results.xlsx', 'judge-cards.pdf']) expect((await get(`/api/contests/${plain.id}/${f}`)).status, f).toBe(200);
  });

  it('answers 401 without the host token and 404 for an unknown contest', async () => {
    for (const f of ['report.pdf', 'results.csv', 'results.xlsx', 'judge-cards.pdf']) {
      expect((await get(`/api/contests/${created.id}/${f}`, null)).status, f).toBe(401);
      expect((await get(`/api/contests/${created.id}/${f}`, 'wrong-token')).status, f).toBe(401);
      expect((await get(`/api/contests/nope/${f}`)).status, f).toBe(404);
    }
  });
});
