// 对标 on the phone while the projector shows a presenter's benchmark charts (issue 16): every
// comparison of the unit, one under another (the phone scrolls, where the wall shows four at
// most), each the very ECharts option the projector, the console and the PDF draw.
import { useLang, useT } from '../common/i18n.tsx';
import { BenchmarkChart } from '../common/benchmark-chart.tsx';
import { benchmarkLabelsEn, benchmarkLabelsZh } from '../../shared/benchmark/chart.ts';
import type { PublicView } from '../../shared/protocol/index.ts';
import { benchmarkStageStrings } from '../screen/benchmark-strings.ts';

export function WatchBenchmark({ benchmark }: { benchmark: NonNullable<PublicView['benchmark']> }) {
  const t = useT(benchmarkStageStrings);
  const labels = useLang((s) => s.lang) === 'en' ? benchmarkLabelsEn : benchmarkLabelsZh;
  return (
    <div className="watch__benchmark" data-testid="watch-benchmark">
      <p className="watch__words-label">{t('kicker')}</p>
      {benchmark.charts.length === 0 && <p className="watch__dim">{t('none')}</p>}
      {benchmark.charts.map((c) => (
        <figure key={`${c.benchmarkId}:${c.indicatorId}`} className="watch__benchmark-card">
          <figcaption className="watch__benchmark-caption">{labels.title(c)}</figcaption>
          <BenchmarkChart chart={c} labels={labels} fontSize={12} failed={t('chartFailed')} className="watch__benchmark-chart" />
        </figure>
      ))}
      {benchmark.charts.length > 0 && <p className="watch__dim">{t('legend')}</p>}
    </div>
  );
}
