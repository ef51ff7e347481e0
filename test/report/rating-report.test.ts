// A finished 评比 (kind "rating") in its exports, over the real server: the report the leaders sign,
// the CSV and the XLSX describe a contest that was scored only — no report time, Q&A, comments,
// overtime or speaking order, units called 评比单位, and its best called 第一名 as the projector
// says, never 擂主. (A 擂台赛's exports are checked unchanged by exports.test.ts.)
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstPlaceWord } from '../../shared/contest-kind.ts';
import { formatRank } from '../../shared/format.ts';
import { startServer, HOST_TOKEN } from '../support/server.ts';
import { runRatingContest } from '../support/rating-contest.ts';
import { parseCsv, row } from './helpers.ts';
import { pdfPages, tmpPdf } from './poppler.ts';

const UNITS = [
  { unit: '安居村', speaker: '李文', title: '党总支书记' },
  { unit: '岔河村', speaker: '王海' },
  { unit: '甸中社区', speaker: '普志强', title: '党委书记' },
  { unit: '大石村', speaker: '杨丽' },
  { unit: '坝心村', speaker: '张平' },
];
/** Each judge's total per unit (one criterion): every judge agrees, so the score is that total. */
const TOTALS = [88, 85, 94, 80, 76];
const definition = {
  kind: 'rating',
  title: '2026年3月 村（社区）评比',
  criteria: [{ name: '综合', max: 100 }],
  judges: [{ name: '李明华', title: '县委副书记' }, { name: '王建国' }, { name: '张丽' }],
  presenters: UNITS,
  // Rules a 评比 has nothing to act on: they must not be printed as if they applied.
  rules: { reportSeconds: 300, qaSeconds: 180, overtimePenalty: { everySeconds: 30, points: 1, max: 5 }, tieBreak: ['lessOvertime'] },
};
/** What a 擂台赛 prints and a 评比 never had. */
const ARENA_ONLY = ['擂主', '汇报单位', '汇报限时', '提问答复', '提问与答复', '无提问', '点评', '汇报用时', '未计时', '超时', '扣分', '出场顺序'];

let server: Awaited<ReturnType<typeof startServer>>;
let id: string;

async function get(file: string): Promise<Buffer> {
  const res = await fetch(`${server.url}/api/contests/${id}/${file}`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } });
  expect(res.status, file).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

beforeAll(async () => {
  server = await startServer();
  id = await runRatingContest(server.url, definition, TOTALS, true);
}, 30_000);
afterAll(() => server?.close());

describe('a finished 评比', () => {
  it('report.pdf: a cover, ranking and unit pages with no report time, Q&A, comments or overtime, and 第一名', async () => {
    const file = tmpPdf(await get('report.pdf'));
    const pages = pdfPages(file, true);
    const flat = (t: string) => t.replace(/\s+/g, '');
    const cover = pages[0]!;
    expect(flat(cover)).toContain('评比单位5个');
    expect(cover).toMatch(row('第一名', '甸中社区（普志强）'));
    const all = flat(pages.join(''));
    for (const word of ARENA_ONLY) expect(all, word).not.toContain(word);
    // The rules that do apply are still there.
    expect(flat(cover)).toContain('综合100分');
    expect(flat(cover)).toContain('最终得分相同者名次并列');

    const ranking = pages.find((t) => t.includes('最终排名'))!;
    expect(ranking).toMatch(row('名次', '评比单位', '汇报人', '最终得分', '备注'));
    expect(ranking).toMatch(row('1', '甸中社区', '普志强', '94.00', '★ 第一名'));
    expect(ranking).toMatch(row('2', '安居村', '李文', '88.00'));
    expect(ranking).toContain('★ 为第一名');

    // A unit's page: its score and the judges' marks, no line about a report that never was.
    const unit = pages.find((t) => t.includes('甸中社区') && t.includes('各项得分'))!;
    expect(unit).toMatch(/最终得分\s+94\.00\s+名次 1/);
    expect(unit).toMatch(row('李明华', '94', '94'));
    expect(unit).not.toMatch(/\d\. 甸中社区/);

    const sheet = pages.find((t) => t.includes('评委评分表') && t.includes('王建国'))!;
    expect(sheet).toMatch(row('评比单位', '汇报人', '综合（100）', '总分', '备注'));
    expect(sheet).toMatch(row('甸中社区', '普志强', '94', '94'));
  });

  it('results.csv: no order or penalty columns, the units as 评比单位', async () => {
    const rows = parseCsv((await get('results.csv')).toString('utf8').replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['单位编号', '评比单位', '汇报人', '单位状态', '名次', '并列', '最终得分', '评委编号', '评委', '评委组', '综合（100）', '评委总分', '去掉', '去掉的细则', '评分状态', '修改次数', '主持人更正原因']);
    const dianzhong = rows.find((r) => r[1] === '甸中社区' && r[7] === 'j1')!;
    expect(dianzhong.slice(0, 12)).toEqual(['p3', '甸中社区', '普志强', '已亮分', '1', '否', '94.00', 'j1', '李明华', '', '94', '94']);
    expect(rows).toHaveLength(1 + UNITS.length * 3);
  });

  it('results.xlsx: no 问答 sheet, 排名 without penalty or order, 备注 第一名, no timer rules', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await get('results.xlsx')) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['排名', '评分明细', '报告信息']);
    const values = (name: string) => {
      const out: unknown[][] = [];
      wb.getWorksheet(name)!.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
      return out;
    };
    const ranking = values('排名');
    expect(ranking[0]).toEqual(['名次', '并列', '评比单位', '汇报人', '最终得分', '状态', '备注']);
    expect(ranking[1]).toEqual([1, '否', '甸中社区', '普志强', 94, '已亮分', '第一名']);
    expect(ranking.slice(2).map((r) => r[6] || null), 'only the first is 第一名').toEqual([null, null, null, null]);
    expect(values('评分明细')[0]!.slice(0, 7)).toEqual(['单位编号', '评比单位', '汇报人', '单位状态', '名次', '并列', '最终得分']);
    const info = values('报告信息').map((r) => String(r[0]));
    expect(info).toContain('评分细则');
    expect(info).not.toContain('时间');
    expect(info).not.toContain('超时扣分');
    const text = JSON.stringify([ranking, values('评分明细'), values('报告信息')]);
    for (const word of ['擂主', '汇报单位', '超时', '出场顺序', '汇报限时']) expect(text, word).not.toContain(word);
  });

  it('finished early: the units not revealed are 未亮分 (a 评比 has no stage to be 未汇报 from)', async () => {
    const early = await runRatingContest(server.url, { ...definition, title: '提前结束的评比' }, TOTALS.slice(0, 3), 'early');
    const fetchOf = async (file: string) => (await fetch(`${server.url}/api/contests/${early}/${file}`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } })).arrayBuffer();
    const pdf = tmpPdf(Buffer.from(await fetchOf('report.pdf')));
    const text = pdfPages(pdf).join('\n');
    expect(text).toContain('比赛已提前结束，2 个单位未亮分');
    expect(text).toContain('未亮分：该单位尚未亮分，不计分、不排名。');
    expect(text).not.toContain('未汇报');
    const rows = parseCsv(Buffer.from(await fetchOf('results.csv')).toString('utf8').replace(/^\uFEFF/, ''));
    expect([...new Set(rows.slice(1).map((r) => r[3]))].sort()).toEqual(['已亮分', '未亮分']);
  });

  it('has one word for its first place wherever a rank is written: 第一名, as the projector says', () => {
    expect([firstPlaceWord('rating'), firstPlaceWord('rating', 'en'), formatRank(1, true, 'zh', 'rating')]).toEqual(['第一名', 'First place', '第一名']);
    expect([firstPlaceWord('arena'), firstPlaceWord('arena', 'en'), formatRank(1, true)]).toEqual(['擂主', 'Champion', '擂主']);
  });
});
