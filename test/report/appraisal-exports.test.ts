// 民主测评 in the exports, over the real server: printed codes vote (one changes its vote, one is
// voided with its ballot), judges score, the host reveals and finishes; then the report PDF, the
// CSV and the XLSX must show each presenter's ballots per option, turnout, satisfaction rate,
// appraisal score and its part of the final — the numbers worked out here by hand from the
// ballots — say how the appraisal was held, and never show a code or a voter's hash. Also the
// ballot slips PDF: every code and serial legible, cut lines, the code in words beside its QR.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeHash, printedCode } from '../../server/db/ballot-code-store.ts';
import type { Ack } from '../../shared/protocol/index.ts';
import { SCREENSHOTS } from '../support/screenshots.ts';
import { api, connect, startServer, tokenOf, HOST_TOKEN, type TestClient } from '../support/server.ts';
import { parseCsv, row } from './helpers.ts';
import { grayPixels, pdfPages, renderPage, tmpPdf } from './poppler.ts';

const definition = {
  title: '岔河乡民主测评擂台赛',
  criteria: [
    { name: '工作成效', max: 30 },
    { name: '汇报表现', max: 20 },
  ],
  judges: [{ name: '评委甲' }, { name: '评委乙' }, { name: '评委丙' }],
  presenters: [
    { unit: '岔河乡', speaker: '甲书记' },
    { unit: '安居村', speaker: '乙书记' },
    { unit: '化念镇', speaker: '丙书记' },
  ],
  rules: { scoreStep: 0.5, aggregation: { method: 'mean' } },
  appraisal: { preset: 'satisfaction', weight: 0.3, electorate: 'codes', opens: 'perPresenter', noBallots: 'judgesOnly' },
};
// 满意 100 ✓, 基本满意 80 ✓, 不满意 0, 不了解 not counted: the preset's options o1…o4.
const ISSUED = 16;
/** p1's last ballots by code index: 7 满意, 3 基本满意, 2 不满意, 1 不了解; code 13 (serial 14) is voided after voting. */
const P1: Record<number, string> = { 0: 'o1', 1: 'o1', 2: 'o1', 3: 'o1', 4: 'o1', 5: 'o1', 6: 'o1', 7: 'o2', 8: 'o2', 9: 'o2', 10: 'o3', 11: 'o3', 12: 'o4' };

/** x = num / den with two decimals, rounded half up: what the report prints with decimals 2. */
function fixed2(num: bigint, den: bigint): string {
  const hundredths = (200n * num + den) / (2n * den);
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}
/** num / den as a percentage with at most two decimals, as shared/format.ts prints shares. */
const pct = (num: bigint, den: bigint): string => `${+fixed2(100n * num, den)}%`;

// By hand, from the ballots above and docs/contest-definition.md §5a (full marks 50, w = 0.3):
// counted = 7 + 3 + 2 = 12 (不了解 is not counted); A = (7×100 + 3×80 + 2×0) / 12 = 940/12;
// satisfaction = (7 + 3) / 12; S = A × 50 / 100 = 940/24; component = 0.3 × S = 282/24;
// J = mean of the judges' totals 40, 42, 44 = 42; final = 0.7 × 42 + 282/24.
const P1_EXPECTED = {
  counts: ['7', '3', '2', '1'],
  ballots: '13',
  counted: '12',
  turnout: pct(13n, 15n), // 13 ballots of 15 codes still valid (16 issued, 1 voided)
  satisfaction: pct(10n, 12n),
  A: fixed2(940n, 12n),
  S: fixed2(940n, 24n),
  component: fixed2(282n, 24n),
  J: fixed2(42n, 1n),
  final: fixed2(42n * 7n * 24n + 282n * 10n, 240n),
};
// p2: one ballot, 不了解 — no counted ballot, so the judges' score alone: J = (35 + 36 + 37) / 3.
const P2_FINAL = fixed2(36n, 1n);

let server: Awaited<ReturnType<typeof startServer>>;
let id: string;
let codes: string[];
let secrets: string[];

const ok = async (p: Promise<Ack>) => {
  const ack = await p;
  expect(ack, JSON.stringify(ack)).toMatchObject({ ok: true });
};
async function get(url: string) {
  const res = await fetch(server.url + url, { headers: { authorization: `Bearer ${HOST_TOKEN}` } });
  expect(res.status, url).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

beforeAll(async () => {
  server = await startServer();
  const created = (await api<{ id: string; judges: { joinUrl: string }[] }>(server.url, 'POST', '/api/contests', definition)).body;
  id = created.id;
  expect((await api(server.url, 'POST', `/api/contests/${id}/ballot-codes`, { count: ISSUED })).status).toBe(201);
  codes = server.contests.ballotCodes.all(id).map((c) => c.code);
  // Everything that identifies a voter: the code as stored and printed, its hash, and the voter key the log uses.
  secrets = codes.flatMap((c) => [c, printedCode(c), codeHash(id, c), codeHash(id, c).slice(0, 16), `code:${codeHash(id, c)}`]);

  const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: id });
  const judges = await Promise.all(created.judges.map((j) => connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) })));
  const voters: TestClient[] = await Promise.all(codes.map((code) => connect(server.url, { role: 'audience', contestId: id, voter: code })));
  const vote = (i: number, choices: Record<string, string>) => ok(voters[i]!.send('appraisal:vote', { choices }));

  await ok(host.send('contest:start', {}));
  await ok(host.send('presenter:absent', { presenterId: 'p3' }));
  await ok(host.send('presenter:next', { presenterId: 'p1' }));
  await ok(host.send('scoring:open', {})); // opens the hall's voting on p1 too
  await vote(0, { p1: 'o3' }); // changes to 满意 below: the last ballot counts
  for (const [i, option] of Object.entries(P1)) await vote(Number(i), { p1: option });
  await vote(13, { p1: 'o3' });
  await ok(host.send('appraisal:void', { serial: 14, reason: '测评票遗失' })); // its ballot in the open round is dropped
  const p1Marks = [[20, 20], [24, 18], [26, 18]]; // totals 40, 42, 44
  for (const [i, j] of judges.entries()) await ok(j.send('score:submit', { presenterId: 'p1', values: p1Marks[i]! }));
  await ok(host.send('scoring:reveal', {})); // closes the voting on p1

  await ok(host.send('presenter:next', { presenterId: 'p2' }));
  await ok(host.send('scoring:open', {}));
  await vote(0, { p2: 'o4' });
  const p2Marks = [[20, 15], [21, 15], [22, 15]]; // totals 35, 36, 37
  for (const [i, j] of judges.entries()) await ok(j.send('score:submit', { presenterId: 'p2', values: p2Marks[i]! }));
  await ok(host.send('scoring:reveal', {}));
  await ok(host.send('contest:finish', {}));
  [host, ...judges, ...voters].forEach((c) => c.close());
}, 60_000);
afterAll(() => server?.close());

function expectNoSecret(where: string, text: string): void {
  for (const s of secrets) expect(text.includes(s), `${where} holds ${s}`).toBe(false);
}

describe('report.pdf with a 民主测评', () => {
  let file: string;
  let pages: string[];
  let layout: string[];
  beforeAll(async () => {
    file = tmpPdf(await get(`/api/contests/${id}/report.pdf`));
    pages = pdfPages(file);
    layout = pdfPages(file, true);
  });

  it('has a 民主测评 page saying how it was held and a row per presenter with the hand-counted numbers', () => {
    const at = layout.findIndex((t) => t.includes('投票情况'));
    expect(at).toBeGreaterThan(0);
    const page = layout[at]!;
    const flat = pages[at]!.replace(/\s+/g, '');
    expect(flat).toContain('测评方式：凭测评码（发放16张，作废1张，可用15张；一码一票）');
    for (const words of ['满意100分（计入满意率）', '不了解不计分', '计入最终得分30%（评委得分占70%）', '某单位无有效票时，只按评委得分计', 'No.014（测评票遗失）'])
      expect(flat, words).toContain(words);
    const e = P1_EXPECTED;
    // 投票情况, then 测评得分与最终得分 (no overtime here: 得分 = 最终得分).
    expect(page).toMatch(row('1. 岔河乡', ...e.counts, e.ballots, e.counted, e.turnout, e.satisfaction));
    expect(page).toMatch(row('1. 岔河乡', e.A, e.S, '30%', e.component, e.J, e.final, '0', e.final));
    // p2: one ballot, 不了解 only: counted 0, no rate or score, the judges' score alone.
    expect(page).toMatch(row('2. 安居村', '0', '0', '0', '1', '1', '0', pct(1n, 15n), '—'));
    expect(page).toMatch(row('2. 安居村', '—', '—', '30%', '—', P2_FINAL, P2_FINAL, '0', P2_FINAL));
    expect(page).toMatch(row('3. 化念镇', '—', '—', '—', '—', '—', '—', '—', '—'));
    expect(flat).toContain('安居村（乙书记）：无有效票，按评委得分计');
    expect(flat).toContain('化念镇（丙书记）：缺席，无测评结果');
  });

  it("prints the appraisal line and the combination under each presenter's score", () => {
    const flat = pages.map((t) => t.replace(/\s+/g, ''));
    const p1 = flat.find((t) => t.includes('1.岔河乡') && t.includes('提问与答复'))!;
    const e = P1_EXPECTED;
    // The judges' table ends with their own score J (70/3, 56/3 per criterion), not the combined one.
    const p1Layout = layout.find((t) => t.includes('1. 岔河乡') && t.includes('提问与答复'))!;
    expect(p1Layout).toMatch(row('各项得分', fixed2(70n, 3n), fixed2(56n, 3n), e.J));
    expect(p1).toContain(`评委得分${e.J}`);
    expect(p1).toContain(`民主测评（凭测评码）满意7·基本满意3·不满意2·不了解1；满意率${e.satisfaction}；测评得分${e.A}；计入30%`);
    expect(p1).toContain(`得分=70%×${e.J}+30%×${e.S}=${e.final}（测评计入${e.component}）`);
    expect(p1).toContain(`最终得分${e.final}`);
    const p2 = flat.find((t) => t.includes('2.安居村') && t.includes('提问与答复'))!;
    expect(p2).toContain('民主测评（凭测评码）满意0·基本满意0·不满意0·不了解1；无有效票，按评委得分计');
    expect(p2).toContain(`最终得分${P2_FINAL}`);
  });

  it('shows no code and no voter hash, and renders the page', () => {
    expectNoSecret('report.pdf text', pages.join('\n'));
    expectNoSecret('report.pdf bytes', fs.readFileSync(file).toString('latin1'));
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const page = pages.findIndex((t) => t.includes('投票情况')) + 1;
    renderPage(file, page, 80, path.join(SCREENSHOTS, 'report-appraisal.png'));
  });
});

describe('results.csv and results.xlsx with a 民主测评', () => {
  it('repeat the appraisal columns on each of the presenter rows', async () => {
    const text = (await get(`/api/contests/${id}/results.csv`)).toString('utf8');
    expectNoSecret('results.csv', text);
    const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
    const col = (name: string) => {
      const i = header!.indexOf(name);
      expect(i, name).toBeGreaterThanOrEqual(0);
      return i;
    };
    const p1 = rows.filter((r) => r[col('单位编号')] === 'p1');
    expect(p1).toHaveLength(3);
    const e = P1_EXPECTED;
    for (const r of p1) {
      expect(['满意（票）', '基本满意（票）', '不满意（票）', '不了解（票）'].map((h) => r[col(h)])).toEqual(e.counts);
      const cells = ['测评方式', '测评总票数', '测评有效票', '测评投票率', '满意率', '测评得分', '测评折算', '测评权重', '测评计入分', '评委得分', '测评状态', '最终得分'].map((h) => r[col(h)]);
      expect(cells).toEqual(['凭测评码', e.ballots, e.counted, e.turnout, e.satisfaction, e.A, e.S, '30%', e.component, e.J, '已计入', e.final]);
    }
    const p2 = rows.find((r) => r[col('单位编号')] === 'p2')!;
    expect([p2[col('测评有效票')], p2[col('满意率')], p2[col('测评得分')], p2[col('测评状态')]]).toEqual(['0', '', '', '无有效票，按评委得分计']);
    const p3 = rows.find((r) => r[col('单位编号')] === 'p3')!;
    expect([p3[col('测评方式')], p3[col('测评总票数')], p3[col('测评状态')]]).toEqual(['凭测评码', '', '']);
  });

  it('has a 民主测评 sheet with how it was held and numbers formatted as the report prints them', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await get(`/api/contests/${id}/results.xlsx`)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['排名', '评分明细', '民主测评', '问答', '报告信息']);
    const all: string[] = [];
    wb.eachSheet((s) => s.eachRow((r) => r.eachCell((c) => void all.push(String(c.value)))));
    expectNoSecret('results.xlsx', all.join('\n'));

    const ws = wb.getWorksheet('民主测评')!;
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((r) => void rows.push(r));
    const block = new Map(rows.map((r) => [String(r.getCell(1).value), String(r.getCell(2).value)]));
    expect(block.get('测评方式')).toBe('凭测评码（发放 16 张，作废 1 张，可用 15 张；一码一票）');
    expect(block.get('权重')).toBe('计入最终得分 30%（评委得分占 70%）');
    const head = rows.find((r) => r.getCell(2).value === '汇报单位')!;
    const names = (head.values as unknown[]).slice(1).map(String);
    const cell = (r: ExcelJS.Row, name: string) => {
      expect(names, name).toContain(name);
      return r.getCell(names.indexOf(name) + 1);
    };
    const p1 = rows.find((r) => r.getCell(2).value === '岔河乡')!;
    const e = P1_EXPECTED;
    expect(['满意（票）', '基本满意（票）', '不满意（票）', '不了解（票）', '测评总票数', '测评有效票'].map((h) => cell(p1, h).value)).toEqual([...e.counts, e.ballots, e.counted].map(Number));
    for (const [name, value, numFmt] of [
      ['满意率', 10 / 12, '0.00%'],
      ['测评投票率', 13 / 15, '0.00%'],
      ['测评权重', 0.3, '0%'],
      ['测评得分', Number(e.A), '0.00'],
      ['测评折算', Number(e.S), '0.00'],
      ['测评计入分', Number(e.component), '0.00'],
      ['评委得分', Number(e.J), '0.00'],
      ['最终得分', Number(e.final), '0.00'],
    ] as const) {
      expect(cell(p1, name).value, name).toBeCloseTo(value, 9);
      expect(cell(p1, name).numFmt, name).toBe(numFmt);
    }
    expect(cell(p1, '测评状态').value).toBe('已计入');
    // The detail sheet carries the same columns as the CSV.
    const detail = wb.getWorksheet('评分明细')!;
    const dHead = (detail.getRow(1).values as unknown[]).slice(1).map(String);
    expect(dHead).toContain('满意率');
    expect(detail.getRow(2).getCell(dHead.indexOf('测评计入分') + 1).value).toBe(Number(e.component));
  });
});

describe('an open electorate, held at the end, shown but not counted', () => {
  it('says so on the page, in the line and in the columns, and shows no phone token', async () => {
    const def = { ...definition, title: '开放测评', presenters: definition.presenters.slice(0, 1), appraisal: { preset: 'fourLevel', weight: 0, electorate: 'open', opens: 'atEnd' } };
    const created = (await api<{ id: string; judges: { joinUrl: string }[] }>(server.url, 'POST', '/api/contests', def)).body;
    const cid = created.id;
    const tokens = await Promise.all([0, 1, 2].map(async () => (await api<{ token: string }>(server.url, 'POST', `/api/contests/${cid}/voter`, {})).body.token));
    // The voter key the log holds for a phone: a hash of its token's nonce (server/voters.ts).
    const hidden = tokens.flatMap((t) => [t, t.split('.')[0]!, createHash('sha256').update(`device:${t.split('.')[0]}`).digest('hex')]);
    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: cid });
    const judges = await Promise.all(created.judges.map((j) => connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) })));
    await ok(host.send('contest:start', {}));
    await ok(host.send('presenter:next', { presenterId: 'p1' }));
    await ok(host.send('scoring:open', {}));
    for (const [i, j] of judges.entries()) await ok(j.send('score:submit', { presenterId: 'p1', values: [[20, 20], [24, 18], [26, 18]][i]! }));
    await ok(host.send('scoring:reveal', {}));
    await ok(host.send('appraisal:open', {})); // atEnd: one ballot for every presenter
    const phones = await Promise.all(tokens.map((voter) => connect(server.url, { role: 'audience', contestId: cid, voter })));
    // 优秀 100 ✓, 称职 80 ✓, 基本称职 60: A = 240 / 3, satisfaction 2 / 3, S = A × 50 / 100; weight 0: final = J = 42.
    for (const [i, option] of ['o1', 'o2', 'o3'].entries()) await ok(phones[i]!.send('appraisal:vote', { choices: { p1: option } }));
    await ok(host.send('appraisal:close', {}));
    await ok(host.send('contest:finish', {}));
    [host, ...judges, ...phones].forEach((c) => c.close());

    const res = (name: string) => fetch(`${server.url}/api/contests/${cid}/${name}`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } }).then(async (r) => Buffer.from(await r.arrayBuffer()));
    const pdf = tmpPdf(await res('report.pdf'));
    const text = pdfPages(pdf).join('\n');
    const page = pdfPages(pdf, true).find((t) => t.includes('投票情况'))!;
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('测评方式：开放（每台手机一票，不凭测评码）');
    expect(flat).toContain('集中测评：全部单位汇报后，一张票评全部单位');
    expect(page).not.toContain('投票率');
    expect(page).toMatch(row('1. 岔河乡', '1', '1', '1', '0', '0', '3', '3', pct(2n, 3n)));
    expect(page).toMatch(row('1. 岔河乡', fixed2(240n, 3n), fixed2(240n * 50n, 300n), '0%', '—', '42.00', '42.00', '0', '42.00'));
    expect(flat).toContain(`民主测评（开放测评）优秀1·称职1·基本称职1·不称职0·不了解0；满意率${pct(2n, 3n)}；测评得分${fixed2(240n, 3n)}；仅公布，不计入`);
    const csv = (await res('results.csv')).toString('utf8');
    const [header, first] = parseCsv(csv.replace(/^\uFEFF/, ''));
    expect(header).not.toContain('测评投票率');
    expect(first![header!.indexOf('测评状态')]).toBe('仅公布，不计入');
    for (const h of hidden) expect(text + csv, 'a phone token or its hash').not.toContain(h);
  }, 30_000);
});

describe('ballot-slips.pdf', () => {
  it('prints every code and serial, the voided one marked, on slips with cut lines', async () => {
    const file = tmpPdf(await get(`/api/contests/${id}/ballot-slips.pdf`));
    const pages = pdfPages(file);
    expect(pages).toHaveLength(Math.ceil(ISSUED / 10));
    const text = pages.join('\n');
    codes.forEach((c, i) => {
      expect(text, c).toContain(printedCode(c));
      expect(text).toContain(`No. ${String(i + 1).padStart(3, '0')}`);
    });
    expect(text.match(/（已作废）/g)).toHaveLength(1);
    expect(text).toContain('沿虚线裁开');
    // Dashed cut lines: down the middle of the page, gray and broken (darkest of three pixel columns, at 150 dpi).
    const { pixels, width, height } = grayPixels(file, 1, 150);
    const mid = Math.round(width / 2);
    const column = Array.from({ length: height }, (_, y) => Math.min(...[-1, 0, 1].map((dx) => pixels[y * width + mid + dx]!)));
    const inked = column.filter((p) => p < 200).length;
    expect(inked, 'a vertical cut line').toBeGreaterThan(height * 0.4);
    expect(inked, 'dashed, not solid').toBeLessThan(height * 0.8);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    renderPage(file, 1, 80, path.join(SCREENSHOTS, 'ballot-slips.png'));
  });
});
