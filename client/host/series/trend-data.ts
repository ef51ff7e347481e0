// A tier's trend for the console. The pure trend (shared/series/trend.ts) needs the contests'
// finals, which no host route sends; it needs no more than each period's standing, though, and
// GET /api/series/:id/standings answers that — one request per period, run together.
import { trendOfStandings, type TierTrend } from '../../../shared/series/trend.ts';
import { activeUnits } from './series-model.ts';
import { seriesApi, type SeriesDetail } from './series-api.ts';

export async function loadTierTrend(series: SeriesDetail, tierId: string): Promise<TierTrend> {
  const def = series.definition;
  const standings = await Promise.all(
    def.periods.map(async (p) => {
      const s = await seriesApi.standings(series.id, tierId, p.id);
      return { name: p.name, s: { periodId: p.id, held: s.period.held, lines: s.period.lines } };
    }),
  );
  const unitIds = activeUnits(series, tierId).map((u) => u.id);
  return trendOfStandings(tierId, def.decimals, unitIds, standings);
}
