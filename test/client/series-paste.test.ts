// A month of ledger rows pasted from Excel into the series' 积分 tab: what the preview reads,
// which problems it names before anything is sent, and how the server's refusal (第 N 行 …)
// lands next to the row the host pasted.
import { describe, expect, it } from 'vitest';
import { checkAgainstSeries, issuesByLine, ledgerRows, normaliseDate, parseLedgerPaste, readPoints, serverIssueField } from '../../client/host/series/ledger-paste.ts';
import { dateOutsidePeriod } from '../../client/host/series/period-month.ts';
import { formatPoints } from '../../shared/format.ts';

const excel = ['日期\t单位\t项目\t分值\t事由', '2026-04-03\t甲乡\t责任落实\t3\t按期完成', '2026/4/12\t乙乡\t问题化解\t-4\t信访积案未化解', '2026年4月20日\t丁乡\t责任落实\t+2.5\t经验被推广'].join('\r\n');

describe('reading a paste', () => {
  it('skips the header row, numbers data rows as the server does, and reads dates and signs as written in Excel', () => {
    const rows = parseLedgerPaste(excel);
    expect(rows.map((r) => [r.line, r.date, r.unit, r.heading, r.points, r.reason])).toEqual([
      [1, '2026-04-03', '甲乡', '责任落实', 3, '按期完成'],
      [2, '2026-04-12', '乙乡', '问题化解', -4, '信访积案未化解'],
      [3, '2026-04-20', '丁乡', '责任落实', 2.5, '经验被推广'],
    ]);
    expect(rows.every((r) => r.problems.length === 0)).toBe(true);
    expect(ledgerRows(rows)).toEqual([
      { date: '2026-04-03', unit: '甲乡', heading: '责任落实', points: 3, reason: '按期完成' },
      { date: '2026-04-12', unit: '乙乡', heading: '问题化解', points: -4, reason: '信访积案未化解' },
      { date: '2026-04-20', unit: '丁乡', heading: '责任落实', points: 2.5, reason: '经验被推广' },
    ]);
  });

  it('takes the rows without a header too, and skips blank lines', () => {
    const rows = parseLedgerPaste('\n2026-04-03\t甲乡\t责任落实\t3\t按期完成\n\n');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.line).toBe(1);
  });

  it('reads rows typed by hand with spaces, keeping the reason whole', () => {
    const [row] = parseLedgerPaste('2026-04-03 甲乡 责任落实 3 按期 完成 台账');
    expect(row).toMatchObject({ unit: '甲乡', points: 3, reason: '按期 完成 台账', problems: [] });
  });

  it.each([
    ['2026-4-3', '2026-04-03'],
    ['2026.04.03', '2026-04-03'],
    ['２０２６年４月３日', '2026-04-03'],
    ['46115', '46115'],
    ['4/3', '4/3'],
  ])('date %s reads as %s', (cell, date) => expect(normaliseDate(cell)).toBe(date));

  it.each<[string, number | null]>([
    ['3', 3],
    ['+3', 3],
    ['-2.5', -2.5],
    ['\u22122', -2],
    ['－1', -1],
    ['５分', 5],
    ['三分', null],
    ['3,5', null],
    ['', null],
  ])('points %j read as %j', (cell, points) => expect(readPoints(cell)).toBe(points));
});

describe('problems found before sending', () => {
  const rows = parseLedgerPaste(
    [
      '2026-04-31\t甲乡\t责任落实\t3\t按期完成', // no such day
      '4月3日\t乙乡\t问题化解\t-4\t积案', // not a full date
      '2026-04-05\t丙乡\t责任落实\t三\t加分', // not a number
      '2026-04-06\t丁乡\t责任落实\t0\t无', // zero
      '2026-04-07\t戊乡\t责任落实\t1.255\t多位小数', // three decimals
      '2026-04-08\t己乡\t责任落实\t2', // reason missing (short row)
      '2026-04-09\t庚乡\t服务成效\t1\t正常',
    ].join('\n'),
  );
  it('names each wrong cell, and leaves the good rows alone', () => {
    expect(rows.map((r) => r.problems.map((p) => `${p.field}:${p.code}`))).toEqual([
      ['date:dateInvalid'],
      ['date:dateFormat'],
      ['points:pointsNumber'],
      ['points:pointsZero'],
      ['points:pointsForm'],
      ['reason:missing'],
      [],
    ]);
  });

  it('sends nothing while any row is wrong: all rows or none', () => {
    expect(ledgerRows(rows)).toBeNull();
    expect(ledgerRows([])).toBeNull();
    expect(ledgerRows(rows.slice(6))).toHaveLength(1);
  });
});

describe('checked against the series before sending', () => {
  const series = {
    units: [{ id: 'u1', name: '安居村', tierId: 't1', formerNames: [], mergedInto: null }],
    definition: { headings: [{ id: 'h1', name: '责任落实' }, { id: 'h2', name: '问题化解' }] },
  };
  const rows = checkAgainstSeries(
    parseLedgerPaste(['2026-03-03\t安居村\t责任落实\t2\t按期完成', '2026-03-04\t安居村\t服务成效\t1\t群众好评', '2026-02-28\t安居村\t问题化解\t-1\t整改逾期'].join('\n')),
    series,
    ['t1'],
    '2026年3月',
  );
  it('names a 项目 the series does not have, with its list: the server would refuse the paste', () => {
    expect(rows.map((r) => r.problems)).toEqual([[], [{ field: 'heading', code: 'headingUnknown', known: ['责任落实', '问题化解'] }], []]);
  });
  it('warns of a day outside the month the period names, and sends it all the same', () => {
    expect(rows.map((r) => r.warnings)).toEqual([[], [], [{ field: 'date', code: 'dateOutside', period: '2026年3月' }]]);
    expect(ledgerRows([rows[0]!, rows[2]!])).toHaveLength(2);
  });
  it.each<[string, string, boolean]>([
    ['2026-02-28', '2026年3月', true],
    ['2026-03-31', '2026年3月', false],
    ['2026-02-28', '2026年一季度', false],
    ['2月28日', '2026年3月', false],
  ])('%s outside %s: %s (the setup form’s rule for a contest’s date too)', (day, period, outside) => expect(dateOutsidePeriod(day, period)).toBe(outside));
});

describe("the server's refusal", () => {
  it('puts each 第 N 行 issue at its row and keeps the rest as general', () => {
    const { rows, general } = issuesByLine(['第 2 行: 没有单位「戊乡」 (unknown unit)', '第 2 行: 日期无效: 2026-04-31', '第 5 行：没有积分项目「服务」', '期次不存在 (unknown period)']);
    expect([...rows.entries()]).toEqual([
      [2, ['没有单位「戊乡」 (unknown unit)', '日期无效: 2026-04-31']],
      [5, ['没有积分项目「服务」']],
    ]);
    expect(general).toEqual(['期次不存在 (unknown period)']);
  });

  it('marks the cell each issue is about, as decide.ts words it', () => {
    expect(serverIssueField('没有单位「戊乡」 (unknown unit)')).toBe('unit');
    expect(serverIssueField('「甲乡」在多个层级中，请先选择层级 (unit in several tiers; choose a tier)')).toBe('unit');
    expect(serverIssueField('没有积分项目「服务」 (unknown heading)')).toBe('heading');
    expect(serverIssueField('日期无效: 2026-04-31，应为 2026-03-15 的格式 (date YYYY-MM-DD)')).toBe('date');
    expect(serverIssueField('分值无效: 0 (points …)')).toBe('points');
    expect(serverIssueField('请填写事由 (a reason is required)')).toBe('reason');
    expect(serverIssueField('期次不存在 (unknown period)')).toBeNull();
  });
});

describe('signed points', () => {
  it.each<[number | null, string]>([
    [3, '+3'],
    [-2.5, '\u22122.5'],
    [0, '0'],
    [1.25, '+1.25'],
    [null, '—'],
  ])('%j reads %s', (x, text) => expect(formatPoints(x)).toBe(text));
});
