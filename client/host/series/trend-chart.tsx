// One unit's trend drawn by ECharts from the very option the series PDF draws
// (shared/series/trend-chart.ts). ECharts is imported on first use; the chart follows its
// box's size and is disposed with the component.
import { useEffect, useRef, useState } from 'react';
import { trendChartOption, trendLabelsZh, type TrendLabels } from '../../../shared/series/trend-chart.ts';
import type { UnitTrend } from '../../../shared/series/trend.ts';

type Chart = { setOption: (o: object, notMerge?: boolean) => void; resize: () => void; dispose: () => void };

export function TrendChart({ trend, labels = trendLabelsZh, failed }: { trend: UnitTrend; labels?: TrendLabels; failed: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const [chartReady, setChartReady] = useState(false);
  const [error, setError] = useState(false);

  useEffect(() => {
    let live = true;
    let observer: ResizeObserver | null = null;
    import('./echarts-lite.ts')
      .then(({ echarts }) => {
        if (!live || !box.current) return;
        chart.current = echarts.init(box.current, null, { renderer: 'svg' });
        observer = new ResizeObserver(() => chart.current?.resize());
        observer.observe(box.current);
        setChartReady(true);
      })
      .catch(() => live && setError(true));
    return () => {
      live = false;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a unit with fewer periods must not keep the last unit's extra points. A size up
    // from the PDF's 12: a laptop screen is read from further away than a page.
    if (chartReady) chart.current?.setOption(trendChartOption(trend, { labels, fontSize: 13, animation: false }), true);
  }, [chartReady, trend, labels]);

  if (error) return <p className="muted">{failed}</p>;
  return <div ref={box} className="trend-chart" data-testid="trend-chart" data-unit={trend.unitId} />;
}
