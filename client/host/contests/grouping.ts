// The contest list by series → tier → period, as the year is run; contests of no series apart.
import type { ContestSummary, SeriesDetail } from '../../../shared/protocol/http.ts';

export interface PeriodGroup { periodId: string; name: string; contests: ContestSummary[] }
export interface TierGroup { tierId: string; name: string; periods: PeriodGroup[] }
export interface SeriesGroup { series: SeriesDetail; tiers: TierGroup[]; count: number }

/**
 * Each series with its tiers and periods in the series' order, keeping only periods that hold a
 * contest; `loose`: every contest no series lists, newest first.
 */
export function groupContests(contests: readonly ContestSummary[], series: readonly SeriesDetail[]): { series: SeriesGroup[]; loose: ContestSummary[] } {
  const byId = new Map(contests.map((c) => [c.id, c]));
  const placed = new Set<string>();
  const groups = series.map((s) => {
    const tiers = s.definition.tiers.map((tier) => ({
      tierId: tier.id,
      name: tier.name,
      periods: s.definition.periods
        .map((p) => ({
          periodId: p.id,
          name: p.name,
          contests: s.contests.filter((c) => c.tierId === tier.id && c.periodId === p.id).flatMap((c) => byId.get(c.contestId) ?? []),
        }))
        .filter((p) => p.contests.length > 0),
    }));
    for (const c of s.contests) placed.add(c.contestId);
    return { series: s, tiers: tiers.filter((t) => t.periods.length > 0), count: s.contests.filter((c) => byId.has(c.contestId)).length };
  });
  const loose = contests.filter((c) => !placed.has(c.id)).sort((a, b) => b.createdAt - a.createdAt);
  return { series: groups.sort((a, b) => a.series.definition.name.localeCompare(b.series.definition.name, 'zh')), loose };
}
