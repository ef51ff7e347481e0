// 对标 during a presenter's report (issue 16): the unit's benchmarks as the board at the
// building site shows them — its value as a percentage of the benchmark's, period by period,
// the target dashed, the absolute values under each period. Each chart sits on a white card (the
// chart's colours are print colours) and is the very ECharts option the console and the PDF use.
// The server adds the charts of the presenter on stage to the view (view.benchmark).
import { useT } from '../../common/i18n.tsx';
import { BenchmarkChart } from '../../common/benchmark-chart.tsx';
import { benchmarkLabelsZh } from '../../../shared/benchmark/chart.ts';
import type { PublicView } from '../../../shared/protocol/index.ts';
import { benchmarkStageStrings } from '../benchmark-strings.ts';
import { useFit } from '../use-fit.ts';

/** At most four comparisons fit the wall legibly; a unit with more shows its first four. */
const MAX = 4;

export function BenchmarkStage({ view }: { view: PublicView }) {
  const t = useT(benchmarkStageStrings);
  const b = view.benchmark;
  const title = useFit<HTMLHeadingElement>(b ? b.unit : '', 6, 4);
  if (!b) {
    return (
      <section className="stage stage--benchmark" data-stage="benchmark">
        <p className="stage__empty">{t('unavailable')}</p>
      </section>
    );
  }
  const charts = b.charts.slice(0, MAX);
  // Chart text in px from the projector's height: one chart large, a grid of them smaller.
  const fontSize = Math.round((typeof window === 'undefined' ? 1080 : window.innerHeight) / (charts.length > 1 ? 56 : 40));
  return (
    <section className="stage stage--benchmark" data-stage="benchmark">
      <header className="benchmark__head">
        <p className="benchmark__kicker">{t('kicker')}</p>
        <h2 className="benchmark__title" ref={title}>
          {b.unit}
          {b.speaker && <span className="benchmark__speaker">{b.speaker}</span>}
        </h2>
      </header>
      {charts.length === 0 ? (
        <p className="stage__empty">{t('none')}</p>
      ) : (
        <div className={`benchmark__grid benchmark__grid--${charts.length}`}>
          {charts.map((c) => (
            <figure key={`${c.benchmarkId}:${c.indicatorId}`} className="benchmark__card" data-testid="benchmark-card">
              <figcaption className="benchmark__caption">
                {benchmarkLabelsZh.title(c)}
                <span className={`benchmark__kind benchmark__kind--${c.kind}`}>{benchmarkLabelsZh.kind[c.kind]}</span>
              </figcaption>
              <BenchmarkChart chart={c} fontSize={fontSize} failed={t('chartFailed')} className="benchmark__chart" />
            </figure>
          ))}
        </div>
      )}
      <p className="benchmark__legend">{t('legend')}</p>
    </section>
  );
}
