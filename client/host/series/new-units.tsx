// The presenters' names a tier does not know yet, said before a link makes each a new unit: the
// setup form's 所属系列 and 关联已有比赛 on a series' 概览.
import { unitByName, unitsLike } from '../../../shared/series/state.ts';
import { useT } from '../../common/i18n.tsx';
import { setupSeriesStrings } from '../strings/series-form.ts';
import { useLoaded } from '../ui/loaded.tsx';
import type { SeriesLinkDef } from '../../../shared/definition.ts';
import { seriesApi } from './series-api.ts';

/**
 * The presenters' names the tier does not know yet, before saving makes each a new unit: a typo
 * (石桥乡 for 石桥镇) would otherwise split a unit in two, found only in the standings. Said once
 * the tier has units; in its first contest every name is new by design.
 */
export function NewUnits({ place, units }: { place: SeriesLinkDef; units: string[] }) {
  const t = useT(setupSeriesStrings);
  const { data: detail } = useLoaded(() => seriesApi.get(place.seriesId), place.seriesId);
  if (!detail || !detail.units.some((u) => u.tierId === place.tierId)) return null;
  const fresh = [...new Set(units.map((u) => u.trim()).filter(Boolean))].filter((name) => !unitByName(detail, place.tierId, name));
  if (fresh.length === 0) return null;
  const tier = detail.definition.tiers.find((x) => x.id === place.tierId)?.name ?? '';
  return (
    <div className="banner" data-testid="series-new-units">
      <p>{t('newUnits', { tier })}</p>
      <ul>
        {fresh.map((name) => {
          const like = unitsLike(detail, place.tierId, name).map((u) => u.name);
          return (
            <li key={name}>
              {name}
              {like.length > 0 && t('likeUnit', { names: like.join('、') })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
