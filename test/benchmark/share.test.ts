// 对标 arithmetic and the board's commands: exact shares, no division errors, all-or-none pastes.
import { describe, expect, it } from 'vitest';
import { benchmarkChartOption, benchmarkLabelsEn, barText } from '../../shared/benchmark/chart.ts';
import { decideBenchmark } from '../../shared/benchmark/decide.ts';
import type { BenchmarkCommand } from '../../shared/benchmark/commands.ts';
import { BenchmarkCommands } from '../../shared/benchmark/commands.ts';
import { boardCharts, shareOf } from '../../shared/benchmark/share.ts';
import { emptyBenchmarks, evolveBenchmarks, type BenchmarkState } from '../../shared/benchmark/state.ts';
import { BenchmarkEventSchema } from '../../shared/benchmark/event-schema.ts';
import { formatShare } from '../../shared/format.ts';

describe('shareOf: the unit as a percentage of its benchmark', () => {
  it.each([
    // 安居区 vs 溧阳, 锂电池产值 (亿元): the board at the building site
    ['3.21', '300', 1.07, '1.07%'],
    ['78', '520', 15, '15%'],
    ['36.8', '160', 23, '23%'],
    ['220', '800', 27.5, '27.5%'],
    // exact where a double is not: 0.1 + 0.2 style noise never shows
    ['0.3', '0.1', 300, '300%'],
    ['1', '3', 33.33, '33.33%'],
    ['2', '3', 66.67, '66.67%'],
    ['0.0005', '1', 0.05, '0.05%'],
    ['0.00004', '1', 0, '0%'],
    ['-5', '200', -2.5, '-2.5%'],
  ])('%s of %s → %s', (own, theirs, share, text) => {
    expect(shareOf(own, theirs)).toEqual({ share, missing: null });
    expect(formatShare(share)).toBe(text);
  });

  it.each([
    ['5', '0', 'benchmark'],
    ['5', '0.000', 'benchmark'],
    ['5', null, 'benchmark'],
    [null, '5', 'own'],
    [null, null, 'benchmark'],
  ] as const)('%s of %s has no share (%s missing), shown as such', (own, theirs, missing) => {
    const r = shareOf(own, theirs);
    expect(r).toEqual({ share: null, missing });
    expect(formatShare(r.share)).toBe('—');
    expect(barText({ period: 'x', own, theirs, target: false, ...r })).toBe(missing === 'own' ? '无本单位值' : '无对标值');
  });
});

const U = 'p1';
function run(commands: Omit<BenchmarkCommand, 'unit'>[], unit = U): BenchmarkState {
  return commands.reduce((s, c) => {
    const parsed = { ...c, unit, payload: BenchmarkCommands[c.type].parse(c.payload) } as BenchmarkCommand;
    const d = decideBenchmark(s, parsed, 1000);
    if (!d.ok) throw new Error(d.message);
    for (const e of d.events) BenchmarkEventSchema.parse(e);
    return d.events.reduce(evolveBenchmarks, s);
  }, emptyBenchmarks());
}

const ANJU: Omit<BenchmarkCommand, 'unit'>[] = [
  { type: 'benchmark:add', payload: { name: '溧阳市', kind: 'signature' } },
  { type: 'indicator:add', payload: { name: '锂电池产值', measure: '亿元' } },
  {
    type: 'values:set',
    payload: {
      benchmarkId: 'b1',
      indicatorId: 'i1',
      rows: [
        { period: '2020', own: '3.21', theirs: '300', target: false },
        { period: '2021', own: '78', theirs: '520', target: false },
        { period: '2022Q1', own: '36.8', theirs: '160', target: false },
        { period: '2022', own: '220', theirs: '800', target: true },
      ],
    },
  },
];

describe('a unit board', () => {
  it('given the 安居 board, its chart is 1.07 %, 15 %, 23 % and a dashed 27.5 % target', () => {
    const s = run(ANJU);
    const [chart, ...more] = boardCharts(s.units[U]!, '安居区');
    expect(more).toEqual([]);
    expect(chart!.points.map((p) => [p.period, formatShare(p.share), p.target])).toEqual([
      ['2020', '1.07%', false],
      ['2021', '15%', false],
      ['2022Q1', '23%', false],
      ['2022', '27.5%', true],
    ]);
    const option = benchmarkChartOption(chart!) as { series: { data: { itemStyle: { borderType?: string } }[] }[]; xAxis: { data: string[] } };
    expect(option.series[0]!.data.map((d) => d.itemStyle.borderType ?? 'solid')).toEqual(['solid', 'solid', 'solid', 'dashed']);
    expect(option.xAxis.data[0]).toBe('2020\n3.21 / 300');
    // The target period is named in each language's own brackets (English said 2022（target）).
    expect(option.xAxis.data[3]).toBe('2022（目标）\n220 / 800');
    const en = benchmarkChartOption(chart!, { labels: benchmarkLabelsEn }) as { xAxis: { data: string[] } };
    expect(en.xAxis.data[3]).toBe('2022 (target)\n220 / 800');
  });

  it('a period entered again replaces its row where it stands', () => {
    const s = run([...ANJU, { type: 'values:set', payload: { benchmarkId: 'b1', indicatorId: 'i1', rows: [{ period: '2021', own: '80', theirs: '0', target: false }] } }]);
    const points = boardCharts(s.units[U]!, '安居区')[0]!.points;
    expect(points.map((p) => p.period)).toEqual(['2020', '2021', '2022Q1', '2022']);
    expect(points[1]).toMatchObject({ own: '80', theirs: '0', share: null, missing: 'benchmark' });
  });

  it('a paste with a bad row imports nothing and names every bad row', () => {
    const s = run(ANJU.slice(0, 2));
    const d = decideBenchmark(
      s,
      {
        type: 'values:set',
        unit: U,
        payload: { benchmarkId: 'b1', indicatorId: 'i1', rows: [
          { period: '2020', own: '1', theirs: '2', target: false },
          { period: '2020', own: '1', theirs: '2', target: false },
          { period: '2021', own: null, theirs: null, target: false },
        ] },
      },
      1,
    );
    expect(d).toMatchObject({ ok: false, code: 'invalid' });
    expect(!d.ok && d.issues).toEqual([expect.stringContaining('第 2 行'), expect.stringContaining('第 3 行')]);
  });

  it('refuses values that are not plain decimals at the schema', () => {
    const bad = BenchmarkCommands['values:set'].safeParse({ benchmarkId: 'b1', indicatorId: 'i1', rows: [{ period: '2020', own: '1e3', theirs: 'NaN' }] });
    expect(bad.success).toBe(false);
  });

  it('refuses a duplicate benchmark name and an unknown benchmark; ids are unique across the scope', () => {
    const s = run(ANJU);
    expect(decideBenchmark(s, { type: 'benchmark:add', unit: U, payload: { name: ' 溧阳市', kind: 'overall' } }, 1)).toMatchObject({ ok: false, code: 'wrong_state' });
    expect(decideBenchmark(s, { type: 'values:set', unit: 'p2', payload: { benchmarkId: 'b1', indicatorId: 'i1', rows: [{ period: 'x', own: '1', theirs: '1', target: false }] } }, 1)).toMatchObject({ ok: false, code: 'not_found' });
    const other = decideBenchmark(s, { type: 'benchmark:add', unit: 'p2', payload: { name: '溧阳市', kind: 'overall' } }, 1);
    expect(other.ok && other.events[0]).toMatchObject({ type: 'BenchmarkAdded', benchmark: { id: 'b2' } });
  });

  it('removes a benchmark or an indicator with its values, and never gives its id again', () => {
    const withTwo = run([...ANJU, { type: 'benchmark:add', payload: { name: '宁德市', kind: 'signature' } }, { type: 'values:set', payload: { benchmarkId: 'b2', indicatorId: 'i1', rows: [{ period: '2021', own: '78', theirs: '1000', target: false }] } }]);
    expect(boardCharts(withTwo.units[U]!, '安居区')).toHaveLength(2);
    const s = run([...ANJU, { type: 'benchmark:add', payload: { name: '宁德市', kind: 'signature' } }, { type: 'values:set', payload: { benchmarkId: 'b2', indicatorId: 'i1', rows: [{ period: '2021', own: '78', theirs: '1000', target: false }] } }, { type: 'benchmark:remove', payload: { benchmarkId: 'b2' } }]);
    expect(s.units[U]!.benchmarks.map((b) => b.id)).toEqual(['b1']);
    expect(s.units[U]!.values.every((v) => v.benchmarkId === 'b1')).toBe(true);
    expect(boardCharts(s.units[U]!, '安居区').map((c) => c.benchmark)).toEqual(['溧阳市']);
    // The next benchmark is b3: an event naming b2 can only ever mean the removed one.
    const next = decideBenchmark(s, { type: 'benchmark:add', unit: U, payload: { name: '宁德市', kind: 'overall' } }, 1);
    expect(next.ok && next.events[0]).toMatchObject({ benchmark: { id: 'b3' } });
    const noIndicator = run([...ANJU, { type: 'indicator:remove', payload: { indicatorId: 'i1' } }]);
    expect(noIndicator.units[U]).toMatchObject({ indicators: [], values: [] });
    expect(boardCharts(noIndicator.units[U]!, '安居区')).toEqual([]);
    expect(decideBenchmark(s, { type: 'benchmark:remove', unit: U, payload: { benchmarkId: 'b2' } }, 1)).toMatchObject({ ok: false, code: 'not_found' });
    expect(decideBenchmark(s, { type: 'indicator:remove', unit: 'p2', payload: { indicatorId: 'i1' } }, 1)).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('removes one period', () => {
    const s = run([...ANJU, { type: 'value:remove', payload: { benchmarkId: 'b1', indicatorId: 'i1', period: '2022Q1' } }]);
    expect(boardCharts(s.units[U]!, '安居区')[0]!.points.map((p) => p.period)).toEqual(['2020', '2021', '2022']);
  });
});
