// 表彰 of a series: a tier and period chosen as on 排名与红黑榜, then that standing's units to
// choose from (its 红榜, the top N, or by hand) — or the year so far up to that period (年度表彰,
// the cumulative standing: the top N or by hand) — the series' own wording and seal (kept apart
// from any contest's), and the PDF. The units are read again whenever the series changes.
import { useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { HonoursPanel } from '../honours/honours-panel.tsx';
import { honoursStrings } from '../strings/honours.ts';
import type { SeriesDetail } from './series-api.ts';
import { PlacePicker } from './place-picker.tsx';
import { defaultPlace, nameOf } from './series-model.ts';

export function SeriesHonoursTab({ series }: { series: SeriesDetail }) {
  const th = useT(honoursStrings);
  const def = series.definition;
  const [start] = useState(() => defaultPlace(series, true));
  const [tierId, setTierId] = useState(start.tierId);
  const [periodId, setPeriodId] = useState(start.periodId);
  const [cumulative, setCumulative] = useState(false);
  const period = nameOf(def.periods, periodId);
  return (
    <div className="series-page series-honours">
      <div className="ledger-toolbar panel">
        <PlacePicker def={def} tierId={tierId} periodId={periodId} setTierId={setTierId} setPeriodId={setPeriodId} />
        <label className="field choice-field">
          <span>{th('scope')}</span>
          <select className="input" value={cumulative ? 'year' : 'period'} onChange={(e) => setCumulative(e.target.value === 'year')} data-testid="honours-scope">
            <option value="period">{th('scopePeriod')}</option>
            <option value="year">{th('scopeYear', { period })}</option>
          </select>
        </label>
      </div>
      {/* Its own panel per scope: the choice starts again at 红榜 for a period, at 前 N 名 for a year. */}
      <HonoursPanel
        key={cumulative ? 'year' : 'period'}
        owner={{ kind: 'series', id: series.id }}
        place={{ tierId, periodId, cumulative }}
        refresh={series.seq}
        first={cumulative ? null : 'red'}
        provisional={false}
        fileStem={`${def.name}-${nameOf(def.tiers, tierId)}-${cumulative ? `截至${period}累计` : period}`}
        defaultIssuer={def.issuer}
        empty={th('nobodySeries')}
      />
    </div>
  );
}
