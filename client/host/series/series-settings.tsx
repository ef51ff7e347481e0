// 设置: the series definition edited in place of the old (series:define keeps every id).
import { useT } from '../../common/i18n.tsx';
import { seriesFormStrings } from '../strings/series-form.ts';
import type { SeriesDetail } from './series-api.ts';
import { seriesDraftFrom } from './series-draft.ts';
import { SeriesForm } from './series-form.tsx';

export function SeriesSettings({ series, reload }: { series: SeriesDetail; reload: () => Promise<void> }) {
  const t = useT(seriesFormStrings);
  // Keyed by the definition, not the series' seq: points entered or a contest revealed elsewhere
  // (the page reloads on return and every 30 s) must not wipe settings being typed; a saved
  // definition (here or elsewhere) starts the form afresh from it.
  const key = JSON.stringify(series.definition);
  return (
    <div className="setup-page">
      <SeriesForm key={key} initial={seriesDraftFrom(series.definition)} seriesId={series.id} heading={t('settingsHeading')} saved={reload} />
    </div>
  );
}
