// 对标 during a presenter's report (issue 16): the unit's benchmarks as the board at the
// building site shows them — its value as a percentage of the benchmark's, period by period,
// the target dashed, the absolute values under each period. Each chart sits on a white card (the
// chart's colours are print colours) and is the very ECharts option the console and the PDF use.
// The server adds the charts of the presenter on stage to the view (view.benchmark).
import { useState } from 'react';
import { useNow } from '../../common/clock.ts';
import { useT } from '../../common/i18n.tsx';
import { BenchmarkChart } from '../../common/benchmark-chart.tsx';
import { benchmarkLabelsZh } from '../../../shared/benchmark/chart.ts';
import type { BenchmarkChart as BenchmarkChartView } from '../../../shared/benchmark/view.ts';
import type { PublicView } from '../../../shared/protocol/index.ts';
import { benchmarkStageStrings } from '../benchmark-strings.ts';
import { useFit } from '../use-fit.ts';

/** At most four comparisons fit the wall legibly; a unit with more shows them four at a time. */
const MAX = 4;
/** How long each group of four stays up before the next, long enough to read one chart aloud. */
export const BENCHMARK_PAGE_MS = 15_000;

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
  return (
    <section className="stage stage--benchmark" data-stage="benchmark">
      <header className="benchmark__head">
        <p className="benchmark__kicker">{t('kicker')}</p>
        <h2 className="benchmark__title" ref={title}>
          {b.unit}
          {b.speaker && <span className="benchmark__speaker">{b.speaker}</span>}
        </h2>
      </header>
      {b.charts.length === 0 ? <p className="stage__empty">{t('none')}</p> : <ChartPages key={b.presenterId} charts={b.charts} />}
      <p className="benchmark__legend">{t('legend')}</p>
    </section>
  );
}

/**
 * The charts four at a time, the groups in turn from the first whenever a presenter comes up (keyed
 * by presenter). Screens that show the stage together start together, so they turn together.
 */
function ChartPages({ charts: all }: { charts: BenchmarkChartView[] }) {
  const t = useT(benchmarkStageStrings);
  const pages = Math.ceil(all.length / MAX);
  const [start] = useState(() => Date.now());
  const now = useNow(pages > 1, 500);
  const page = pages > 1 ? Math.floor(Math.max(0, now - start) / BENCHMARK_PAGE_MS) % pages : 0;
  const charts = all.slice(page * MAX, page * MAX + MAX);
  // Chart text in px from the projector's height: one chart large, a grid of them smaller.
  const fontSize = Math.round((typeof window === 'undefined' ? 1080 : window.innerHeight) / (charts.length > 1 ? 56 : 40));
  return (
    <>
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
      {pages > 1 && (
        <p className="benchmark__page" data-testid="benchmark-page">
          {t('page', { n: String(page + 1), total: String(pages) })}
        </p>
      )}
    </>
  );
}
