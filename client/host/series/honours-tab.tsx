// 表彰 of a series: a tier and period chosen as on 排名与红黑榜, then that standing's units to
// choose from (its 红榜, the top N, or by hand), the series' own wording and seal (kept apart
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
  const [start] = useState(() => defaultPlace(series));
  const [tierId, setTierId] = useState(start.tierId);
  const [periodId, setPeriodId] = useState(start.periodId);
  return (
    <div className="series-page series-honours">
      <div className="ledger-toolbar panel">
        <PlacePicker def={def} tierId={tierId} periodId={periodId} setTierId={setTierId} setPeriodId={setPeriodId} />
      </div>
      <HonoursPanel
        owner={{ kind: 'series', id: series.id }}
        place={{ tierId, periodId }}
        refresh={series.seq}
        first="red"
        provisional={false}
        fileStem={`${def.name}-${nameOf(def.tiers, tierId)}-${nameOf(def.periods, periodId)}`}
        defaultIssuer={def.issuer}
        empty={th('nobodySeries')}
      />
    </div>
  );
}
