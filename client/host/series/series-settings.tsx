// 设置: the series definition edited in place of the old (series:define keeps every id).
import { useT } from '../../common/i18n.tsx';
import { seriesFormStrings } from '../strings/series-form.ts';
import type { SeriesDetail } from './series-api.ts';
import { seriesDraftFrom } from './series-draft.ts';
import { SeriesForm } from './series-form.tsx';

export function SeriesSettings({ series, reload }: { series: SeriesDetail; reload: () => Promise<void> }) {
  const t = useT(seriesFormStrings);
  return (
    <div className="setup-page">
      <SeriesForm key={series.seq} initial={seriesDraftFrom(series.definition)} seriesId={series.id} heading={t('settingsHeading')} saved={reload} />
    </div>
  );
}
