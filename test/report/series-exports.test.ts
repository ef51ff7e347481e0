// The series exports as an office gets them (issue 15): the 红黑榜 poster (A4 and A3), the series
// report PDF with its trend charts, and the series spreadsheet — checked by extracted text
// (pdftotext), embedded fonts (pdffonts), rendered pixels (pdftoppm) and the workbook read back.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { posterPdf } from '../../server/report/series-poster.ts';
import { seriesReportPdf } from '../../server/report/series-report.ts';
import { correctionReasons } from '../../server/report/series-text.ts';
import { seriesXlsx } from '../../server/report/series-xlsx.ts';
import { FINGERPRINT_COMPARE } from '../../shared/fingerprint-words.ts';
import { formatDate, formatPoints } from '../../shared/format.ts';
import { cellText, pointsCell, POINTS_FORMAT } from '../../server/report/cells.ts';
import { trendChartOption } from '../../shared/series/trend-chart.ts';
import { tierTrend, unitTrend } from '../../shared/series/trend.ts';
import { SCREENSHOTS } from '../support/screenshots.ts';
import { buildSeries, TOWNS, VILLAGES, type SeriesFixture } from './series-fixture.ts';
import { row } from './helpers.ts';
import { inkFraction, pdfFonts, pdfPages, renderPage, tmpPdf } from './poppler.ts';

let f: SeriesFixture;
const flat = (pages: string[]) => pages.join('').replace(/\s+/g, '');
const pageSize = (file: string) => /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))!.slice(1).map(Number);

/** Share of clearly red pixels (R high, G and B low) on a page rendered in colour. */
function redFraction(file: string, dpi = 40): number {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', file], { maxBuffer: 64 << 20 });
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const px = ppm.subarray(header[0].length);
  let red = 0;
  for (let i = 0; i < px.length; i += 3) if (px[i]! > 160 && px[i + 1]! < 90 && px[i + 2]! < 90) red++;
  return red / (px.length / 3);
}

beforeAll(() => {
  f = buildSeries();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});

describe('红黑榜 poster', () => {
  const poster = (size: 'A3' | 'A4', tier = 't1', period = 'm2') => posterPdf(f.s.state, tier, period, f.finals, { size, date: '2026-05-06' });

  it('states the period, both boards, ties at the cut, the repeat offender, the absent, the rule, the issuer and the date', async () => {
    const file = tmpPdf(await poster('A4'));
    const pages = pdfPages(file);
    expect(pages).toHaveLength(1);
    const text = flat(pages);
    for (const s of ['2026年度三级干部擂台赛', '科级干部·2026年4月', '红黑榜', '红榜', '黑榜', '前2名', '后2名', '中共峨山县委组织部', '2026年5月6日'])
      expect(text, s).toContain(s);
    // Red: 化念镇 90, then 岔河乡 (87 + 2 ledger) and 塔甸镇 level at 89 at the cut; black worst first.
    const layout = pdfPages(file, true)[0]!;
    expect(layout).toMatch(row('第1名', '化念镇', '90.00 分', '0'));
    expect(layout).toMatch(row('第2名', '岔河乡', '并列入榜', '89.00 分', '+2'));
    expect(layout).toMatch(row('第2名', '塔甸镇', '并列入榜', '89.00 分', '0'));
    expect(layout).toMatch(row('第5名', '富良棚乡', '连续上黑榜', '72.00 分'));
    expect(layout).toMatch(row('第4名', '小街街道', '74.00 分'));
    expect(text.match(/并列入榜/g)!.length).toBeGreaterThanOrEqual(3); // two marks + the rule
    expect(text.indexOf('化念镇')).toBeLessThan(text.indexOf('富良棚乡'));
    expect(text.indexOf('富良棚乡')).toBeLessThan(text.indexOf('小街街道'));
    expect(text).toContain('缺席（不列入红黑榜）：甸中镇');
    expect(text).toContain('红榜：前2名；黑榜：后2名');
    expect(text).toContain('期次得分=比赛得分+积分');

    expect(pageSize(file)).toEqual([595.28, 841.89]);
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font, font.name).toMatchObject({ emb: true, sub: true, name: expect.stringMatching(/NotoSans(SC|JP)/) });
    // The red board is red on paper, not only in the text.
    expect(redFraction(file)).toBeGreaterThan(0.02);
    expect(inkFraction(file, 1)).toBeGreaterThan(0.05);
    renderPage(file, 1, 96, path.join(SCREENSHOTS, 'series-poster.png'));
  });

  it('is the same poster on A3, scaled up', async () => {
    const file = tmpPdf(await poster('A3'));
    expect(pageSize(file)).toEqual([841.89, 1190.55]);
    expect(pdfPages(file, true)[0]).toMatch(row('第2名', '塔甸镇', '并列入榜', '89.00 分', '0'));
    expect(inkFraction(file, 1)).toBeGreaterThan(0.05);
  });

  it('puts every unit tied at the black cut on the board, the ledger deduction with its sign', async () => {
    const file = tmpPdf(await poster('A4', 't2', 'm1'));
    const layout = pdfPages(file, true)[0]!;
    // 石门村 77 − 1 = 76 is last; 高平村 and 文明社区 share 4th at 77, both in although M = 2.
    expect(layout).toMatch(row('第6名', '石门村', '76.00 分', '−1'));
    expect(layout).toMatch(row('第4名', '高平村', '并列入榜', '77.00 分'));
    expect(layout).toMatch(row('第4名', '文明社区', '并列入榜', '77.00 分'));
    expect(layout).toMatch(row('第1名', '安居村', '91.50 分', '+1.5'));
    expect(flat([layout])).not.toContain('缺席');
  });

  it('prints no 积分 when the points weight is 0, though the board’s units have points', async () => {
    const state = { ...f.s.state, def: { ...f.s.state.def, periodScore: { contest: 1, ledger: 0 } } };
    const file = tmpPdf(await posterPdf(state, 't2', 'm1', f.finals, { size: 'A4', date: '2026-05-06' }));
    const layout = pdfPages(file, true)[0]!;
    // 安居村 91.5 was 90 + 1.5 and 石门村 76 was 77 − 1: the contest's finals alone now, no points beside them.
    expect(layout).toMatch(row('第1名', '安居村', '90.00 分'));
    expect(layout).toMatch(row('第4名', '石门村', '并列入榜', '77.00 分'));
    for (const s of ['积分', '+1.5', '−1']) expect(flat([layout]), s).not.toContain(s);
  });
});

describe('series report PDF', () => {
  let file: string;
  let pages: string[];
  beforeAll(async () => {
    const pdf = await seriesReportPdf({ state: f.s.state, finals: f.finals, eventsHash: f.eventsHash, correctionReasons: correctionReasons(f.events), generatedAt: new Date() });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    file = tmpPdf(pdf);
    pages = pdfPages(file);
  }, 60_000);

  it('has standings, the cumulative rule, boards, ledger with corrections and the fingerprint', () => {
    const text = flat(pages);
    for (const u of [...TOWNS, ...VILLAGES]) expect(text, u).toContain(u);
    for (const s of ['系列成绩报告', '一、科级干部', '二、村(社区)干部', '期次排名', '累计排名', '红黑榜', '积分明细', '单位趋势', '2026年3月', '2026年4月', '2026年5月'])
      expect(text, s).toContain(s);
    expect(text).toContain('累计得分=各期得分之和（缺席的期次计0分）');
    expect(text).toContain('红榜（并列入榜）');
    expect(text).toContain('黑榜（连续上黑榜）');
    expect(text).toContain('化念镇90.00岔河乡89.00（并列入榜）塔甸镇89.00（并列入榜）');
    // The cumulative standing: 岔河乡 94.5 + 89 + 91; 甸中镇 was absent once.
    const layout = pdfPages(file, true).join('\n');
    expect(layout).toMatch(row('1', '岔河乡', '94.50（1）', '89.00（2）', '91.00（1）', '3/3', '274.50'));
    expect(layout).toMatch(row('6', '甸中镇', '78.00（5）', '缺席', '84.00（4）', '2/3', '162.00'));
    // The correction is a new entry naming what it corrects and why; the old one no longer counts.
    expect(text).toContain('更正e2（原−3），原因：核实后按半数扣分');
    expect(text).toContain('已被e6更正，不计入');
    expect(layout).toMatch(/富良棚乡\s+合计：2026年3月\s*−1\.5\s/);
    expect(text).toContain(f.eventsHash);
    // The name and the sentence the 公示 uses (shared/fingerprint-words.ts), not 系列事件指纹.
    expect(text.replace(/\s+/g, '')).toContain(`记录指纹SHA-256：${f.eventsHash}${FINGERPRINT_COMPARE.zh}`);
    expect(text).not.toContain('事件指纹');
    pages.forEach((p, i) => {
      const page = p.replace(/\s+/g, '');
      expect(page).toContain(`第${i + 1}页/共${pages.length}页`);
      expect(page).toContain(`记录指纹${f.eventsHash.slice(0, 16)}`);
    });
  });

  it('draws each unit’s trend chart with Chinese labels in the embedded font', () => {
    const trendPages = pages.map((p, i) => [p, i + 1] as const).filter(([p]) => p.includes('单位趋势'));
    expect(trendPages).toHaveLength(2); // six units a tier, six charts a page
    const [first, n] = trendPages[0]!;
    const text = first.replace(/\s+/g, '');
    for (const s of ['本单位', '最高分', '中位数', '名次', '得分', '并列第2名', '缺席', '94.50', '91.00']) expect(text, s).toContain(s);
    for (const u of TOWNS) expect(text, u).toContain(u);
    // svg-to-pdfkit would fall back to Helvetica (no CJK) if the font callback failed.
    const fonts = pdfFonts(file);
    for (const font of fonts) expect(font, font.name).toMatchObject({ emb: true, name: expect.stringMatching(/NotoSans(SC|JP)/) });
    expect(fonts.some((x) => x.name.includes('NotoSansJP')), '𠮷 through the JP fallback').toBe(true);
    expect(inkFraction(file, n)).toBeGreaterThan(0.03);
    renderPage(file, n, 96, path.join(SCREENSHOTS, 'series-trend.png'));
  });
});

describe('trend data and chart option', () => {
  it('gives a unit its score and rank per held period, the tier best and the exact median', () => {
    const tier = tierTrend(f.s.state, 't1', f.finals);
    const dianzhong = unitTrend(tier, f.s.unitId('甸中镇'));
    expect(dianzhong.periods.map((p) => [p.name, p.score, p.rank, p.best, p.median, p.ranked])).toEqual([
      // 94.5, 88, 85.25, 81, 78, 73.5: median (85.25 + 81) / 2 = 83.125 → 83.13 (half away from zero)
      ['2026年3月', 78, 5, 94.5, 83.13, 6],
      ['2026年4月', null, null, 90, 89, 5],
      ['2026年5月', 84, 4, 91, 85, 6],
    ]);
    const option = trendChartOption(dianzhong) as { xAxis: { data: string[] }; series: { name: string; data: unknown[] }[] };
    expect(option.xAxis.data).toEqual(['2026年3月\n第 5 名', '2026年4月\n缺席', '2026年5月\n第 4 名']);
    expect(option.series.find((s) => s.name === '本单位得分')!.data).toEqual([78, null, 84]);
    expect(option.series.find((s) => s.name === '本层级中位数')!.data).toEqual([83.13, 89, 85]);
  });
});

describe('series XLSX', () => {
  it('has the four sheets with numbers in the series’ decimals, the boards and the corrections', async () => {
    const generatedAt = new Date('2026-04-12T06:03:27Z');
    const buf = await seriesXlsx({ state: f.s.state, finals: f.finals, eventsHash: f.eventsHash, correctionReasons: correctionReasons(f.events), generatedAt });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['期次排名', '累计排名', '红黑榜', '积分明细', '说明']);
    // Empty cells read back as '' (written so) or as holes: both are "nothing" here.
    const rows = (name: string) => wb.getWorksheet(name)!.getSheetValues().slice(2).map((r) => Array.from((r as unknown[]).slice(1), (v) => (v === '' ? undefined : v)));
    const byUnit = (name: string, ...keys: unknown[]) => rows(name).find((r) => keys.every((k) => r.includes(k)));

    const period = wb.getWorksheet('期次排名')!;
    const tadian = byUnit('期次排名', '塔甸镇', '2026年4月')!;
    expect(tadian).toEqual(['科级干部', '2026年4月', 2, '是', '塔甸镇', 89, 0, 89, '红榜', '并列入榜', undefined, undefined]);
    expect(period.getRow(4).getCell(8).numFmt).toBe('0.00');
    expect(byUnit('期次排名', '富良棚乡', '2026年4月')!.slice(8, 11)).toEqual(['黑榜', undefined, '连续上黑榜']);
    expect(byUnit('期次排名', '甸中镇', '2026年4月')!.slice(2, 12)).toEqual([undefined, undefined, '甸中镇', undefined, 0, undefined, undefined, undefined, undefined, '缺席']);

    expect(byUnit('累计排名', '岔河乡')!.slice(0, 11)).toEqual(['科级干部', 1, '否', '岔河乡', 274.5, 3, 3, undefined, 94.5, 89, 91]);
    expect(byUnit('累计排名', '甸中镇')!.slice(8, 11)).toEqual([78, '缺席', 84]);

    expect(byUnit('红黑榜', '高平村', '2026年3月')).toEqual(['村(社区)干部', '2026年3月', '黑榜', 4, '高平村', 77, 0, '是', undefined]);
    expect(byUnit('红黑榜', '甸中镇', '缺席')!.slice(0, 5)).toEqual(['科级干部', '2026年4月', '缺席', undefined, '甸中镇']);

    const wrong = byUnit('积分明细', 'e2')!;
    expect(wrong.slice(0, 7)).toEqual(['e2', '科级干部', '2026年3月', '富良棚乡', new Date('2026-03-20T00:00:00Z'), '问题化解', -3]);
    // Read as the PDF reads them: the day in words, the points signed (numbers and dates still).
    const ledgerCell = (col: number) => wb.getWorksheet('积分明细')!.getRow(2).getCell(col).numFmt;
    expect([ledgerCell(5), ledgerCell(7)]).toEqual(['yyyy"年"m"月"d"日"', '+General;"\u2212"General;0']);
    expect(wrong[12]).toBe('已被 e6 更正，不计入');
    const fix = byUnit('积分明细', 'e6')!;
    expect([fix[6], fix[8], fix[10], fix[11], fix[12]]).toEqual([-1.5, '王主任', 'e2', '核实后按半数扣分', '计入']);
    // 积分 read the same in every sheet: signed with a true minus (+2, −1.5), as formatPoints prints
    // them on the console and in the PDFs — not 2 and -1.5 in 期次排名 and 红黑榜.
    for (const [name, col] of [['期次排名', 7], ['红黑榜', 7], ['积分明细', 7]] as const) {
      const ws = wb.getWorksheet(name)!;
      const formats = new Set<string>();
      ws.getColumn(col).eachCell((cell, r) => void (r > 1 && typeof cell.value === 'number' && formats.add(cell.numFmt)));
      expect([...formats], name).toEqual([POINTS_FORMAT]);
    }
    expect(byUnit('期次排名', '富良棚乡', '2026年3月')![6]).toBe(-1.5);
    expect(byUnit('红黑榜', '富良棚乡', '2026年3月')![6]).toBe(-1.5);
    expect([-1.5, 2, 0].map((x) => cellText(pointsCell(x)!))).toEqual([-1.5, 2, 0].map((x) => formatPoints(x)));
    expect(rows('说明').find((r) => r[0] === '记录指纹（SHA-256）')![1]).toBe(f.eventsHash);
    // Times are China time whatever zone the server runs in (the console and notices say 14:03 too).
    expect(rows('说明').find((r) => r[0] === '生成时间')![1]).toBe('2026年4月12日 14:03:27（北京时间）');
    const entered = new Date(f.s.state.ledger.find((e) => e.id === 'e6')!.at + 8 * 3_600_000).toISOString();
    expect(fix[9]).toBe(`${formatDate(entered.slice(0, 10))} ${entered.slice(11, 19)}（北京时间）`);
  });
});
