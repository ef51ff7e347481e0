// A series (e.g. 2026年度三级干部擂台赛): tiers, periods, the headings of its points ledger, and
// the rules that turn contests and ledger entries into standings and the 红黑榜. Everything is
// addressed by stable id (t1, m1, h1 …) so renaming a period or a tier moves nothing.
// docs/series.md is the prose version of these rules, with worked examples.
import { z } from 'zod';
import { text } from '../text.ts';

const SeriesId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'id: 1–32 letters, digits, _ or -');
const Named = (max: number) => z.strictObject({ id: SeriesId.optional(), name: text().trim().min(1, '不能为空 (must not be empty)').max(max) });

/** A ledger heading (责任落实、问题化解、服务成效 …) or a tier; a period also says what kind it is. */
const Period = Named(30).extend({ kind: z.enum(['month', 'quarter', 'issue']).default('month') });

/** Red: the best `count` (ties at the cut all in), or every score ≥ `score`. */
const RedRule = z.union([
  z.strictObject({ by: z.literal('top'), count: z.number().int().min(0).max(100) }),
  z.strictObject({ by: z.literal('atLeast'), score: z.number().finite() }),
]);
/** Black: the worst `count` (ties at the cut all in), or every score ≤ `score`. */
const BlackRule = z.union([
  z.strictObject({ by: z.literal('bottom'), count: z.number().int().min(0).max(100) }),
  z.strictObject({ by: z.literal('atMost'), score: z.number().finite() }),
]);

export const TieBreak = z.enum(['contest', 'ledger', 'latestPeriod']);
export type TieBreak = z.infer<typeof TieBreak>;

export const SeriesDef = z
  .strictObject({
    name: text().trim().min(1, '不能为空 (must not be empty)').max(100),
    /** 发布单位: printed on the poster and the series report (e.g. 中共某某乡委员会). */
    issuer: text().trim().max(100).default(''),
    tiers: z.array(Named(30)).min(1, '至少一个层级 (at least one tier)').max(10),
    /** In time order: "consecutive" and "the latest period" follow this order. */
    periods: z.array(Period).min(1, '至少一期 (at least one period)').max(120),
    headings: z.array(Named(30)).max(40).default([]),
    /** Decimals of period scores and cumulative standings, rounded half away from zero. */
    decimals: z.number().int().min(0).max(4).default(2),
    /** Period score = contest × C + ledger × L (C: the unit's contest final, L: its ledger total). */
    periodScore: z
      .strictObject({ contest: z.number().finite().min(0).max(100).default(1), ledger: z.number().finite().min(0).max(100).default(0) })
      .default({ contest: 1, ledger: 0 })
      .refine((w) => w.contest > 0 || w.ledger > 0, '比赛与积分的权重不能都为 0 (the weights cannot both be 0)'),
    cumulative: z
      .strictObject({
        method: z.enum(['sum', 'average', 'rankPoints']).default('sum'),
        /** Points for rank 1, 2, 3 … in each period (rankPoints); ranks beyond the list get 0. */
        rankPoints: z.array(z.number().finite().min(0).max(1000)).min(1).max(100).default([10, 8, 6, 5, 4, 3, 2, 1]),
        /** An absent period: left out of an average (`skip`) or counted as 0 (`zero`). */
        absent: z.enum(['skip', 'zero']).default('skip'),
      })
      .default({ method: 'sum', rankPoints: [10, 8, 6, 5, 4, 3, 2, 1], absent: 'skip' }),
    /** After the score: which part decides a tie, in order; still tied → a shared rank. */
    tieBreak: z.array(TieBreak).max(3).default([]),
    boards: z
      .strictObject({ red: RedRule.default({ by: 'top', count: 3 }), black: BlackRule.default({ by: 'bottom', count: 3 }) })
      .default({ red: { by: 'top', count: 3 }, black: { by: 'bottom', count: 3 } }),
  })
  .superRefine((d, ctx) => {
    const unique = (key: 'tiers' | 'periods' | 'headings', what: string) => {
      const items: { id?: string | undefined; name: string }[] = d[key];
      items.forEach((x, i) => {
        if (items.findIndex((y) => y.name === x.name) !== i) ctx.addIssue({ code: 'custom', path: [key, i, 'name'], message: `${what}重复: ${x.name} (duplicate)` });
        if (x.id && items.findIndex((y) => y.id === x.id) !== i) ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `编号重复: ${x.id} (duplicate id)` });
      });
    };
    unique('tiers', '层级');
    unique('periods', '期次');
    unique('headings', '积分项目');
    if (new Set(d.tieBreak).size !== d.tieBreak.length) ctx.addIssue({ code: 'custom', path: ['tieBreak'], message: '并列规则重复 (duplicate tie-break)' });
  });
export type SeriesDefInput = z.input<typeof SeriesDef>;
export type SeriesDef = z.output<typeof SeriesDef>;

/**
 * Whether 积分 count in the period score (a points weight above 0; the default 0 counts contests
 * only). Where they do not, the boards leave the 积分 column out — on the projector, the phones,
 * the poster and the host's boards — and the host's standing names it 积分（不计入）: a points
 * figure beside a score reads as counted.
 */
export const ledgerCounts = (def: { periodScore: { ledger: number } }): boolean => def.periodScore.ledger > 0;

type WithId<T> = T & { id: string };
export type StoredSeriesDef = Omit<SeriesDef, 'tiers' | 'periods' | 'headings'> & {
  tiers: WithId<SeriesDef['tiers'][number]>[];
  periods: WithId<SeriesDef['periods'][number]>[];
  headings: WithId<SeriesDef['headings'][number]>[];
};

/**
 * Gives every tier, period and heading without an id the next free one (t1…, m1…, h1…). An
 * edit passes the ids it was given back, so renamed items keep theirs; a new one never reuses
 * the id of one removed earlier (`taken`: every id the series has used).
 */
export function normaliseSeries(d: SeriesDef, taken: Partial<Record<'t' | 'm' | 'h', readonly string[]>> = {}): StoredSeriesDef {
  const assign = <T extends { id?: string | undefined }>(items: T[], prefix: 't' | 'm' | 'h'): WithId<T>[] => {
    const used = [...(taken[prefix] ?? []), ...items.flatMap((x) => (x.id ? [x.id] : []))];
    let n = Math.max(0, ...used.map((id) => Number(new RegExp(`^${prefix}(\\d{1,9})$`).exec(id)?.[1] ?? 0)));
    return items.map((x) => ({ ...x, id: x.id ?? `${prefix}${++n}` }));
  };
  return { ...d, tiers: assign(d.tiers, 't'), periods: assign(d.periods, 'm'), headings: assign(d.headings, 'h') };
}
