// One 对标 comparison drawn by ECharts from the very option the report PDF draws
// (shared/benchmark/chart.ts), in the host console and on the projector. ECharts is imported on
// first use; the chart follows its box's size and is disposed with the component.
import { useEffect, useRef, useState } from 'react';
import { benchmarkChartOption, benchmarkLabelsZh, type BenchmarkLabels } from '../../shared/benchmark/chart.ts';
import type { BenchmarkChart as Chart } from '../../shared/benchmark/view.ts';

type Instance = { setOption: (o: object, notMerge?: boolean) => void; resize: () => void; dispose: () => void };

export function BenchmarkChart({ chart, labels = benchmarkLabelsZh, fontSize = 13, failed, className = 'benchmark-chart' }: { chart: Chart; labels?: BenchmarkLabels; fontSize?: number; failed: string; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const instance = useRef<Instance | null>(null);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState(false);

  useEffect(() => {
    let live = true;
    let observer: ResizeObserver | null = null;
    import('./echarts-bar.ts')
      .then(({ echarts }) => {
        if (!live || !box.current) return;
        instance.current = echarts.init(box.current, null, { renderer: 'svg' });
        observer = new ResizeObserver(() => instance.current?.resize());
        observer.observe(box.current);
        setReady(true);
      })
      .catch(() => live && setError(true));
    return () => {
      live = false;
      observer?.disconnect();
      instance.current?.dispose();
      instance.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a comparison with fewer periods must not keep the last one's extra bars.
    if (ready) instance.current?.setOption(benchmarkChartOption(chart, { labels, fontSize, animation: false }), true);
  }, [ready, chart, labels, fontSize]);

  if (error) return <p className="muted">{failed}</p>;
  return <div ref={box} className={className} data-testid="benchmark-chart" data-benchmark={chart.benchmarkId} data-indicator={chart.indicatorId} />;
}
