// The 对标 boards of one scope (a contest without a series, or a series), folded from the
// scope's own append-only log like a contest's: nothing is edited in place, an edit is an event.
// A board belongs to a unit: a presenter id in a contest, a series unit id in a series (so a
// district's benchmarks follow it from one period's contest to the next).
import type { BenchmarkKind, ValueRow } from './commands.ts';

export interface Benchmark {
  id: string;
  name: string;
  kind: BenchmarkKind;
}

export interface Indicator {
  id: string;
  name: string;
  /** Unit of measure as people write it: 亿元, 万吨, %. */
  measure: string;
}

export interface BoardValue extends ValueRow {
  benchmarkId: string;
  indicatorId: string;
}

export interface UnitBoard {
  benchmarks: Benchmark[];
  indicators: Indicator[];
  /** In the order periods were first entered: 2020, 2021, 2022Q1, then the 2022 target. */
  values: BoardValue[];
}

export interface BenchmarkState {
  seq: number;
  units: Record<string, UnitBoard>;
  /** The highest benchmark (b…) and indicator (i…) number ever given in the scope, removed ones too. */
  issued: { b: number; i: number };
}

type Pair = { benchmarkId: string; indicatorId: string };
export type BenchmarkEvent =
  | { type: 'BenchmarkAdded'; unit: string; benchmark: Benchmark; at: number }
  | { type: 'BenchmarkEdited'; unit: string; benchmark: Benchmark; at: number }
  | { type: 'IndicatorAdded'; unit: string; indicator: Indicator; at: number }
  | { type: 'IndicatorEdited'; unit: string; indicator: Indicator; at: number }
  | ({ type: 'ValuesSet'; unit: string; rows: ValueRow[]; at: number } & Pair)
  | ({ type: 'ValueRemoved'; unit: string; period: string; at: number } & Pair)
  | { type: 'BenchmarkRemoved'; unit: string; benchmarkId: string; at: number }
  | { type: 'IndicatorRemoved'; unit: string; indicatorId: string; at: number };

export const emptyBenchmarks = (): BenchmarkState => ({ seq: 0, units: {}, issued: { b: 0, i: 0 } });
export const emptyBoard = (): UnitBoard => ({ benchmarks: [], indicators: [], values: [] });

export const samePair = (v: Pair, p: Pair) => v.benchmarkId === p.benchmarkId && v.indicatorId === p.indicatorId;

const replaceById = <T extends { id: string }>(xs: T[], x: T) => xs.map((y) => (y.id === x.id ? x : y));

function evolveBoard(b: UnitBoard, e: BenchmarkEvent): UnitBoard {
  switch (e.type) {
    case 'BenchmarkAdded':
      return { ...b, benchmarks: [...b.benchmarks, e.benchmark] };
    case 'BenchmarkEdited':
      return { ...b, benchmarks: replaceById(b.benchmarks, e.benchmark) };
    case 'IndicatorAdded':
      return { ...b, indicators: [...b.indicators, e.indicator] };
    case 'IndicatorEdited':
      return { ...b, indicators: replaceById(b.indicators, e.indicator) };
    case 'ValuesSet': {
      // A period entered again replaces its row where it stands, so the order of periods holds.
      let values = b.values;
      for (const row of e.rows) {
        const v = { ...row, benchmarkId: e.benchmarkId, indicatorId: e.indicatorId };
        const at = values.findIndex((x) => samePair(x, e) && x.period === row.period);
        values = at < 0 ? [...values, v] : values.map((x, i) => (i === at ? v : x));
      }
      return { ...b, values };
    }
    case 'ValueRemoved':
      return { ...b, values: b.values.filter((x) => !(samePair(x, e) && x.period === e.period)) };
    case 'BenchmarkRemoved':
      return { ...b, benchmarks: b.benchmarks.filter((x) => x.id !== e.benchmarkId), values: b.values.filter((x) => x.benchmarkId !== e.benchmarkId) };
    case 'IndicatorRemoved':
      return { ...b, indicators: b.indicators.filter((x) => x.id !== e.indicatorId), values: b.values.filter((x) => x.indicatorId !== e.indicatorId) };
  }
}

/** The number in an id such as b3; 0 for any other shape. */
const idNumber = (id: string) => Number(/^[bi](\d+)$/.exec(id)?.[1] ?? 0);

function issued(s: BenchmarkState['issued'], e: BenchmarkEvent): BenchmarkState['issued'] {
  if (e.type === 'BenchmarkAdded') return { ...s, b: Math.max(s.b, idNumber(e.benchmark.id)) };
  if (e.type === 'IndicatorAdded') return { ...s, i: Math.max(s.i, idNumber(e.indicator.id)) };
  return s;
}

export function evolveBenchmarks(s: BenchmarkState, e: BenchmarkEvent): BenchmarkState {
  return { seq: s.seq + 1, units: { ...s.units, [e.unit]: evolveBoard(s.units[e.unit] ?? emptyBoard(), e) }, issued: issued(s.issued, e) };
}

export const replayBenchmarks = (events: readonly BenchmarkEvent[]): BenchmarkState => events.reduce(evolveBenchmarks, emptyBenchmarks());
