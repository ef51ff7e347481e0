// What a 对标 chart is drawn from, as a zod schema because the projector's view carries it
// (shared/protocol/views-public.ts): one comparison of a unit with one benchmark on one
// indicator, period by period, with the share already computed exactly on the server.
import { z } from 'zod';
import { BenchmarkKind } from './commands.ts';

export const SharePoint = z.object({
  period: z.string(),
  /** The values as entered (decimal text), null when not known. */
  own: z.string().nullable(),
  theirs: z.string().nullable(),
  /** own ÷ theirs × 100, rounded once to two places; null when it cannot be computed. */
  share: z.number().nullable(),
  /** Why there is no share: no benchmark value (missing or 0), or no value of the unit. */
  missing: z.enum(['benchmark', 'own']).nullable(),
  target: z.boolean(),
});
export type SharePoint = z.infer<typeof SharePoint>;

export const BenchmarkChart = z.object({
  benchmarkId: z.string(),
  benchmark: z.string(),
  kind: BenchmarkKind,
  indicatorId: z.string(),
  indicator: z.string(),
  measure: z.string(),
  /** The unit's own name, for the legend and the tooltip. */
  unit: z.string(),
  points: z.array(SharePoint),
});
export type BenchmarkChart = z.infer<typeof BenchmarkChart>;

/** The 对标 of the presenter on stage, while the projector shows the `benchmark` stage. */
export const PublicBenchmark = z.object({
  presenterId: z.string(),
  unit: z.string(),
  speaker: z.string(),
  charts: z.array(BenchmarkChart),
});
export type PublicBenchmark = z.infer<typeof PublicBenchmark>;
