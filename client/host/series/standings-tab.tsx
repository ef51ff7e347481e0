// 排名与红黑榜: a tier and period → the period standing, the cumulative standing up to it (its
// rule stated), the red and black boards — all as the server computed them (docs/series.md) —
// and a unit's trend across the periods with the series' printouts.
import { useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { NoticeList } from '../notice/notice-tab.tsx';
import { noticeStrings } from '../strings/notice.ts';
import { seriesStrings } from '../strings/series.ts';
import { NotLoaded, useLoaded } from '../ui/loaded.tsx';
import { Boards } from './boards.tsx';
import { CumulativeTable, PeriodTable } from './standing-tables.tsx';
import { seriesApi, type SeriesDetail } from './series-api.ts';
import { activeUnits, defaultPlace, nameOf } from './series-model.ts';
import { TrendPanel } from './trend-panel.tsx';
import { PlacePicker } from './place-picker.tsx';
import { periodRule } from './rules-summary.tsx';

export function StandingsTab({ series }: { series: SeriesDetail }) {
  const t = useT(seriesStrings);
  const tn = useT(noticeStrings);
  const [notice, setNotice] = useState(false);
  const def = series.definition;
  const [start] = useState(() => defaultPlace(series, true));
  const [tierId, setTierId] = useState(start.tierId);
  const [periodId, setPeriodId] = useState(start.periodId);
  // Loaded again with each new load of the series (after a command, or back in this window: a
  // contest revealed elsewhere changes the standing without changing the series), shown meanwhile.
  const { data: shown, failed, retry } = useLoaded(() => seriesApi.standings(series.id, tierId, periodId), `${series.id}/${tierId}/${periodId}`, series);
  // The trend's unit: the one picked while it is in this tier, else the first of the standing.
  const [picked, setPicked] = useState<string | null>(null);
  const inTier = activeUnits(series, tierId);
  const unitId = inTier.some((u) => u.id === picked) ? picked : (shown?.period.lines[0]?.unitId ?? inTier[0]?.id ?? null);
  return (
    <div className="series-page standings-page">
      <div className="ledger-toolbar panel">
        <PlacePicker def={def} tierId={tierId} periodId={periodId} setTierId={setTierId} setPeriodId={setPeriodId} />
        <p className="muted small standings-rule">{periodRule(def, t)}</p>
        <button type="button" className={notice ? 'btn btn-small active' : 'btn btn-small'} aria-pressed={notice} onClick={() => setNotice(!notice)}>
          {tn('seriesPublish')}
        </button>
      </div>
      {notice && (
        <div className="notice-series">
          <NoticeList key={`${tierId}/${periodId}`} subject={{ kind: 'series', seriesId: series.id, tierId, periodId }} issuer={def.issuer} />
        </div>
      )}
      {!shown ? (
        <NotLoaded failed={failed} retry={retry} />
      ) : (
        <div className="standings-layout">
          <div className="standings-col">
            <PeriodTable def={def} data={shown} selected={unitId} select={setPicked} title={t('periodStanding', { tier: nameOf(def.tiers, tierId), period: nameOf(def.periods, periodId) })} />
            <CumulativeTable def={def} data={shown} selected={unitId} select={setPicked} title={t('cumulativeStanding', { period: nameOf(def.periods, periodId) })} />
          </div>
          <div className="standings-col">
            <Boards def={def} data={shown} />
            <TrendPanel series={series} tierId={tierId} periodId={periodId} unitId={unitId} pick={setPicked} />
          </div>
        </div>
      )}
    </div>
  );
}
