// The 红榜 / 黑榜 of the contest's series tier and period, as the projector and the audience see
// it while the screen's stage is `boards` (issue 15, docs/series.md "红黑榜"). The server adds it
// to the public view (server/series-boards.ts): the pure view functions cannot see the series.
import { z } from 'zod';
import type { StoredSeriesDef } from '../series/definition.ts';

/** Mirrors shared/series/definition.ts: red `top N` or `atLeast X`, black `bottom M` or `atMost Y`. */
export const BoardsRule = z.object({
  red: z.union([z.object({ by: z.literal('top'), count: z.number() }), z.object({ by: z.literal('atLeast'), score: z.number() })]),
  black: z.union([z.object({ by: z.literal('bottom'), count: z.number() }), z.object({ by: z.literal('atMost'), score: z.number() })]),
});
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const ruleMatches: Same<z.infer<typeof BoardsRule>, StoredSeriesDef['boards']> = true;
void ruleMatches;

export const BoardsLine = z.object({
  /** The unit's name now (after renames and merges). */
  unit: z.string(),
  rank: z.number(),
  /** The period score, rounded to `decimals`. */
  score: z.number(),
  /** The unit's ledger total (积分) in the period, rounded to `decimals`. */
  ledger: z.number(),
  /** Level at the cut with more units than N (or M): all of them are on the board (并列入榜). */
  tiedAtCut: z.boolean(),
});

export const PublicBoards = z.object({
  seriesName: z.string(),
  tierName: z.string(),
  periodName: z.string(),
  /** 发布单位, '' when the series names none. */
  issuer: z.string(),
  rule: BoardsRule,
  /** Best first. */
  red: z.array(BoardsLine),
  /** Worst first; `consecutive`: also on the tier's black board of the period before (连续上黑榜). */
  black: z.array(BoardsLine.extend({ consecutive: z.boolean() })),
  /** Units of the tier absent from the period, by name: on neither board. */
  absent: z.array(z.string()),
  /** The series' decimals: scores and points read with these. */
  decimals: z.number().int(),
  /**
   * 积分 count in the period score (the series' points weight is above 0): else the boards show no
   * 积分 column (shared/series/definition.ts ledgerCounts). Absent from servers before it: true.
   */
  ledgerCounts: z.boolean().default(true),
});
export type PublicBoards = z.infer<typeof PublicBoards>;
