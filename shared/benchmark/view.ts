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

/** GET /api/contests/:id/benchmarks: every presenter's board, in the definition's order. */
export const BenchmarkBoards = z.object({
  contestId: z.string(),
  presenters: z.array(
    z.object({
      presenterId: z.string(),
      unit: z.string(),
      speaker: z.string(),
      /** `series`: the board belongs to the series unit and is shared with its other contests. */
      scope: z.enum(['contest', 'series']),
      benchmarks: z.array(z.object({ id: z.string(), name: z.string(), kind: BenchmarkKind })),
      indicators: z.array(z.object({ id: z.string(), name: z.string(), measure: z.string() })),
      values: z.array(
        z.object({ benchmarkId: z.string(), indicatorId: z.string(), period: z.string(), own: z.string().nullable(), theirs: z.string().nullable(), target: z.boolean() }),
      ),
      charts: z.array(BenchmarkChart),
    }),
  ),
});
export type BenchmarkBoards = z.infer<typeof BenchmarkBoards>;
export type PresenterBoardLine = BenchmarkBoards['presenters'][number];

/** POST /api/contests/:id/benchmarks/commands, accepted. */
export const BenchmarkCommandAnswer = z.object({ ok: z.literal(true), seq: z.number(), duplicate: z.literal(true).optional() });
