// The 对标 arithmetic, exact: values are decimals typed as text, so 3.21 ÷ 300 is the fraction
// 321/30000 and its percentage 1.07 exactly; rounded once, half away from zero, to two places.
// A benchmark value of 0 or none gives no share (shown "—"), never a division error.
import { div, mul, rat, round, toNumber, type Rational } from '../scoring/rational.ts';
import { DECIMAL } from './commands.ts';
import type { UnitBoard } from './state.ts';
import type { BenchmarkChart, SharePoint } from './view.ts';

/** The exact value of a decimal as typed; null for anything else. */
export function decimalOf(text: string | null): Rational | null {
  if (text === null || !DECIMAL.test(text)) return null;
  const [int = '', frac = ''] = text.replace('-', '').split('.');
  const n = BigInt(int + frac) * (text.startsWith('-') ? -1n : 1n);
  return rat(n, 10n ** BigInt(frac.length));
}

const HUNDRED = rat(100n);

/** The unit's value as a percentage of the benchmark's, two places; null with the reason. */
export function shareOf(own: string | null, theirs: string | null): Pick<SharePoint, 'share' | 'missing'> {
  const b = decimalOf(theirs);
  if (b === null || b.n === 0n) return { share: null, missing: 'benchmark' };
  const a = decimalOf(own);
  if (a === null) return { share: null, missing: 'own' };
  return { share: toNumber(round(mul(div(a, b), HUNDRED), 2)), missing: null };
}

/** Every comparison of a board that has values: by benchmark, then indicator, in entry order. */
export function boardCharts(board: UnitBoard, unit: string): BenchmarkChart[] {
  return board.benchmarks.flatMap((b) =>
    board.indicators.flatMap((i) => {
      const rows = board.values.filter((v) => v.benchmarkId === b.id && v.indicatorId === i.id);
      if (rows.length === 0) return [];
      const points = rows.map((r) => ({ period: r.period, own: r.own, theirs: r.theirs, target: r.target, ...shareOf(r.own, r.theirs) }));
      return [{ benchmarkId: b.id, benchmark: b.name, kind: b.kind, indicatorId: i.id, indicator: i.name, measure: i.measure, unit, points }];
    }),
  );
}
