// 新建系列: the series form, blank but for the tiers and headings a county usually keeps.
import { useT } from '../../common/i18n.tsx';
import { seriesFormStrings } from '../strings/series-form.ts';
import { TopBar } from '../ui/top-bar.tsx';
import { newSeriesDraft } from './series-draft.ts';
import { SeriesForm } from './series-form.tsx';

export function NewSeries() {
  const t = useT(seriesFormStrings);
  return (
    <div className="page">
      <TopBar />
      <main className="setup-page">
        <SeriesForm initial={newSeriesDraft()} heading={t('newSeriesHeading')} />
      </main>
    </div>
  );
}
