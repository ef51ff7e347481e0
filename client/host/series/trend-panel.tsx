// 趋势与下载: the chosen unit's trend across the tier's held periods (its period scores and
// ranks beside the tier's best and median — the chart the series PDF prints), and the series'
// printouts. The unit is chosen here or by clicking its row in the period standing.
import { useMemo } from 'react';
import { useLang, useT } from '../../common/i18n.tsx';
import { formatScore } from '../../../shared/format.ts';
import type { TrendLabels } from '../../../shared/series/trend-chart.ts';
import { unitTrend } from '../../../shared/series/trend.ts';
import { seriesTrendStrings } from '../strings/series-trend.ts';
import { NotLoaded, useLoaded } from '../ui/loaded.tsx';
import type { SeriesDetail } from './series-api.ts';
import { SeriesDownloads } from './series-downloads.tsx';
import { activeUnits, nameOf } from './series-model.ts';
import { TrendChart } from './trend-chart.tsx';
import { loadTierTrend } from './trend-data.ts';

type Props = { series: SeriesDetail; tierId: string; periodId: string; unitId: string | null; pick: (unitId: string) => void };

export function TrendPanel({ series, tierId, periodId, unitId, pick }: Props) {
  const t = useT(seriesTrendStrings);
  const lang = useLang((s) => s.lang);
  // Loaded again with each new load of the series, like the standing beside it.
  const { data: trend, failed, retry } = useLoaded(() => loadTierTrend(series, tierId), `${series.id}/${tierId}`, series);
  const labels = useMemo<TrendLabels>(
    () => ({
      score: t('score'),
      best: t('best'),
      median: t('median'),
      rank: t('rank'),
      scoreAxis: t('scoreAxis'),
      rankAxis: t('rankAxis'),
      absent: t('absent'),
      place: (rank, shared) => t(shared ? 'placeShared' : 'place', { rank: formatScore(rank) }),
    }),
    // t changes identity each render; the words change only with the language.
    [lang],
  );
  const units = activeUnits(series, tierId);
  const shown = trend;
  const line = useMemo(() => (shown && unitId ? unitTrend(shown, unitId) : null), [shown, unitId]);
  const tier = nameOf(series.definition.tiers, tierId);
  return (
    <section className="panel trend-panel" data-testid="trend-panel">
      <header className="panel-head">
        <h2>{t('heading')}</h2>
        <label className="field inline">
          <span>{t('unit')}</span>
          <select className="input" aria-label={t('unit')} title={t('pickHint')} value={unitId ?? ''} onChange={(e) => pick(e.target.value)}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
      </header>
      {!shown ? (
        <NotLoaded failed={failed} retry={retry} />
      ) : !line ? (
        // No unit to follow: the tier has none yet (units join with a contest or on 单位).
        <p className="muted pad-x">{t('noUnits')}</p>
      ) : shown.periods.length === 0 ? (
        <p className="muted pad-x">{t('noPeriods')}</p>
      ) : (
        <figure className="trend-figure">
          <figcaption className="strong" data-testid="trend-caption">
            {t('caption', { unit: nameOf(series.units, line.unitId), tier })}
          </figcaption>
          <TrendChart trend={line} labels={labels} failed={t('chartFailed')} />
        </figure>
      )}
      <SeriesDownloads series={series} tierId={tierId} periodId={periodId} />
    </section>
  );
}
