// A unit's trend across the periods of its tier (issue 15 "Trend"): its period score and rank in
// each held period, beside the tier's best score and median. Pure and JSON-shaped, so the host
// console can chart what the series report charts. The median is exact and rounded like a period
// score (the series' decimals, half away from zero): 80 and 85 give 82.5, not a float's guess.
import * as R from '../scoring/rational.ts';
import { periodStanding, type ContestFinals } from './standings.ts';
import type { SeriesState } from './state.ts';

export interface TrendPeriod {
  periodId: string;
  name: string;
  /** The tier's best period score (null: nobody was present). */
  best: number | null;
  median: number | null;
  /** Units present, i.e. ranked: the worst possible rank of the period. */
  ranked: number;
}

export interface TrendPoint {
  /** null: absent from the period. */
  score: number | null;
  rank: number | null;
  shared: boolean;
}

export interface TierTrend {
  tierId: string;
  decimals: number;
  /** Held periods only, oldest first: a period nobody in the tier took part in is no point of a trend. */
  periods: TrendPeriod[];
  /** Each active unit's points, aligned with `periods`. */
  units: Record<string, TrendPoint[]>;
}

export interface UnitTrend {
  unitId: string;
  tierId: string;
  decimals: number;
  periods: (TrendPeriod & TrendPoint)[];
}

function median(scores: readonly number[], decimals: number): number | null {
  if (scores.length === 0) return null;
  const sorted = scores.map(R.fromNumber).sort(R.cmp);
  const mid = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 === 1 ? sorted[mid]! : R.mean([sorted[mid - 1]!, sorted[mid]!]);
  return R.toNumber(R.round(m, decimals));
}

/** Every unit's trend in a tier, from one pass over its held periods. */
export function tierTrend(state: SeriesState, tierId: string, finals: ContestFinals): TierTrend {
  const standings = state.def.periods.map((p) => ({ name: p.name, s: periodStanding(state, tierId, p.id, finals) }));
  const unitIds = state.units.filter((u) => u.tierId === tierId && u.mergedInto === null).map((u) => u.id);
  return trendOfStandings(tierId, state.def.decimals, unitIds, standings);
}

/** The period standing's fields a trend reads: what GET /api/series/:id/standings also answers. */
export interface StandingForTrend {
  periodId: string;
  held: boolean;
  lines: readonly { unitId: string; score: number | null; rank: number | null; shared: boolean }[];
}

/**
 * A tier's trend from its period standings in the series' order (unheld ones are skipped). The
 * host console, which has no finals, builds it from the standings the server sends; the report
 * builds it from the standings it computes — one rule for best, median and the points.
 */
export function trendOfStandings(tierId: string, decimals: number, unitIds: readonly string[], standings: readonly { name: string; s: StandingForTrend }[]): TierTrend {
  const units: Record<string, TrendPoint[]> = {};
  for (const id of unitIds) units[id] = [];
  const periods = standings
    .filter((x) => x.s.held)
    .map(({ name, s }) => {
      const scores = s.lines.flatMap((l) => (l.score === null ? [] : [l.score]));
      for (const l of s.lines) units[l.unitId]?.push({ score: l.score, rank: l.rank, shared: l.shared });
      return { periodId: s.periodId, name, best: scores.length ? Math.max(...scores) : null, median: median(scores, decimals), ranked: scores.length };
    });
  return { tierId, decimals, periods, units };
}

/** One unit's line out of its tier's trend (every period absent for a unit the tier does not know). */
export function unitTrend(tier: TierTrend, unitId: string): UnitTrend {
  const points = tier.units[unitId] ?? [];
  return {
    unitId,
    tierId: tier.tierId,
    decimals: tier.decimals,
    periods: tier.periods.map((p, i) => ({ ...p, ...(points[i] ?? { score: null, rank: null, shared: false }) })),
  };
}
