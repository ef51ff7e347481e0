// The host's 对标 commands on one unit's board (docs/http-api.md "对标"), each a zod schema. Only
// the host acts on a board; they arrive over HTTP (server/http/benchmarks.ts), which names the
// unit (a presenter of the contest, or the series unit it stands for).
import { z } from 'zod';
import { text } from '../text.ts';

const Id = text().min(1).max(32);
const Name = text().trim().min(1, '不能为空 (must not be empty)').max(40);
/** 综合 (overall strength), 特色 (a signature industry) or 其他: the "2+3+N" of a district's targets. */
export const BenchmarkKind = z.enum(['overall', 'signature', 'other']);
export type BenchmarkKind = z.infer<typeof BenchmarkKind>;

/**
 * A value as typed: a plain decimal kept as text, so 3.21 stays exactly 3.21 through every
 * division (shared/scoring/rational.ts); null when not known (yet).
 */
export const DECIMAL = /^-?\d{1,12}(\.\d{1,6})?$/;
export const Amount = text()
  .trim()
  .regex(DECIMAL, '应为数字，如 3.21 (a plain decimal number)')
  .nullable();

/** One period of a comparison: the unit's value, the benchmark's, and whether it is a target. */
export const ValueRow = z.strictObject({
  period: text().trim().min(1, '请填写期次 (period is required)').max(20),
  own: Amount,
  theirs: Amount,
  /** A target for a future period (预期), drawn dashed. */
  target: z.boolean().default(false),
});
export type ValueRow = z.output<typeof ValueRow>;

const Pair = { benchmarkId: Id, indicatorId: Id };

export const BenchmarkCommands = {
  'benchmark:add': z.strictObject({ name: Name, kind: BenchmarkKind }),
  'benchmark:edit': z.strictObject({ benchmarkId: Id, name: Name, kind: BenchmarkKind }),
  'indicator:add': z.strictObject({ name: Name, measure: text().trim().max(20) }),
  'indicator:edit': z.strictObject({ indicatorId: Id, name: Name, measure: text().trim().max(20) }),
  /** One or many periods of one benchmark and indicator (a paste from Excel): all are set or none. */
  'values:set': z.strictObject({ ...Pair, rows: z.array(ValueRow).min(1).max(200) }),
  'value:remove': z.strictObject({ ...Pair, period: text().trim().min(1).max(20) }),
  /** Off the board with its values (the log keeps them); its id is never given again. */
  'benchmark:remove': z.strictObject({ benchmarkId: Id }),
  'indicator:remove': z.strictObject({ indicatorId: Id }),
} as const;
export type BenchmarkCommandName = keyof typeof BenchmarkCommands;
export type BenchmarkCommand = {
  [K in BenchmarkCommandName]: { type: K; unit: string; payload: z.output<(typeof BenchmarkCommands)[K]> };
}[BenchmarkCommandName];
