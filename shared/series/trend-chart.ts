// The trend chart of one unit as an Apache ECharts option: its period scores (a line, values
// printed), the tier's best and median beside it, and its rank on a second, inverted axis (1 at
// the top, so "up" is better on both). Pure — no DOM, no echarts runtime, only its types — so
// the host console renders this very object in the browser and the series PDF renders it on the
// server (server/report/series-chart.ts). Every number goes through shared/format.ts.
import type { EChartsOption } from 'echarts';
import { formatFinal, formatScore } from '../format.ts';
import type { UnitTrend } from './trend.ts';

export interface TrendLabels {
  score: string;
  best: string;
  median: string;
  rank: string;
  scoreAxis: string;
  rankAxis: string;
  absent: string;
  /** The rank under a period's name: 第 2 名 / 并列第 2 名. */
  place: (rank: number, shared: boolean) => string;
}

export const trendLabelsZh: TrendLabels = {
  score: '本单位得分',
  best: '本层级最高分',
  median: '本层级中位数',
  rank: '名次',
  scoreAxis: '得分',
  rankAxis: '名次',
  absent: '缺席',
  place: (rank, shared) => `${shared ? '并列' : ''}第 ${formatScore(rank)} 名`,
};

/** For small multiples, where the legend must fit one line and a caption names the unit. */
export const trendLabelsZhShort: TrendLabels = { ...trendLabelsZh, score: '本单位', best: '最高分', median: '中位数' };

/** Colours and dash patterns that stay apart in black-and-white print too. */
const STYLE = {
  score: '#1d4e89',
  best: '#2f855a',
  median: '#8a8a8a',
  rank: '#c05621',
};

export interface TrendChartOptions {
  labels?: TrendLabels;
  /** The chart's font (the PDF maps every family to its embedded CJK font). */
  fontFamily?: string;
  /** Base text size in px; small multiples use a smaller one. */
  fontSize?: number;
  /** Off for print and server rendering: a frozen frame of an animation is no chart. */
  animation?: boolean;
}

export function trendChartOption(trend: UnitTrend, o: TrendChartOptions = {}): EChartsOption {
  const L = o.labels ?? trendLabelsZh;
  const size = o.fontSize ?? 12;
  const score = (v: number | null) => formatFinal(v, trend.decimals);
  const field = Math.max(1, ...trend.periods.map((p) => p.ranked));
  const line = (name: string, data: (number | null)[], color: string, type: 'solid' | 'dashed' | 'dotted', width: number) => ({
    name,
    type: 'line' as const,
    data,
    color,
    lineStyle: { color, type, width },
    itemStyle: { color },
    symbolSize: width * 2.5,
    connectNulls: false, // an absence is a gap, not a slope
  });
  return {
    animation: o.animation ?? false,
    textStyle: { fontFamily: o.fontFamily ?? 'Noto Sans SC, sans-serif', fontSize: size },
    legend: { top: 2, left: 'center', itemWidth: 18, itemHeight: 8, itemGap: 8, textStyle: { fontSize: size * 0.85 } },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? score(v) : '—') },
    grid: { left: 8, right: 8, top: size * 4.6, bottom: 4, containLabel: true },
    xAxis: {
      type: 'category',
      boundaryGap: true,
      data: trend.periods.map((p) => `${p.name}\n${p.rank === null ? L.absent : L.place(p.rank, p.shared)}`),
      axisLabel: { fontSize: size * 0.85, interval: 0, lineHeight: size * 1.2 },
      axisTick: { alignWithLabel: true },
    },
    yAxis: [
      {
        type: 'value',
        name: L.scoreAxis,
        scale: true, // scores sit between 70 and 95: an axis from 0 would flatten every change
        nameTextStyle: { fontSize: size * 0.85, align: 'left' },
        axisLabel: { fontSize: size * 0.8, formatter: (v: number) => formatScore(v) },
        splitLine: { lineStyle: { color: '#e4e4e4' } },
      },
      {
        type: 'value',
        name: L.rankAxis,
        inverse: true,
        min: 1,
        max: field,
        minInterval: 1,
        position: 'right',
        nameLocation: 'start', // the top, the axis being inverted
        nameTextStyle: { fontSize: size * 0.85, align: 'right' },
        axisLabel: { fontSize: size * 0.8, formatter: (v: number) => formatScore(v) },
        splitLine: { show: false },
      },
    ],
    series: [
      { ...line(L.best, trend.periods.map((p) => p.best), STYLE.best, 'dashed', 1.2), symbol: 'triangle' },
      { ...line(L.median, trend.periods.map((p) => p.median), STYLE.median, 'dotted', 1.2), symbol: 'rect' },
      { ...line(L.rank, trend.periods.map((p) => p.rank), STYLE.rank, 'dashed', 1.2), yAxisIndex: 1, symbol: 'diamond' },
      {
        ...line(L.score, trend.periods.map((p) => p.score), STYLE.score, 'solid', 2.4),
        symbol: 'circle',
        z: 10,
        // A white box rather than a text halo: svg-to-pdfkit does not know paint-order, and the box
        // keeps the value legible where the other lines cross it, in print as on screen.
        label: {
          show: true,
          position: 'top',
          distance: 4,
          fontSize: size * 0.85,
          fontWeight: 'bold',
          color: STYLE.score,
          backgroundColor: 'rgba(255,255,255,0.85)',
          padding: [1, 2],
          formatter: (p: { value: unknown }) => score(typeof p.value === 'number' ? p.value : null),
        },
      },
    ],
  };
}
