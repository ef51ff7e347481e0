// A tier and period of a series: what a series page shows (排名与红黑榜, 表彰), or where a contest
// goes (the setup form's 所属系列). Two selects over the series' own lists, by stable id.
import { useT } from '../../common/i18n.tsx';
import { seriesStrings } from '../strings/series.ts';
import type { SeriesDetail } from './series-api.ts';

type Props = { def: Pick<SeriesDetail['definition'], 'tiers' | 'periods'>; tierId: string; periodId: string; setTierId: (id: string) => void; setPeriodId: (id: string) => void };

export function PlacePicker({ def, tierId, periodId, setTierId, setPeriodId }: Props) {
  const t = useT(seriesStrings);
  const pick = (label: string, value: string, set: (v: string) => void, options: readonly { id: string; name: string }[]) => (
    <label className="field choice-field">
      <span>{label}</span>
      <select className="input" value={value} onChange={(e) => set(e.target.value)}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      {pick(t('tier'), tierId, setTierId, def.tiers)}
      {pick(t('period'), periodId, setPeriodId, def.periods)}
    </>
  );
}
