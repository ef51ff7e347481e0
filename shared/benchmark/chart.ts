// A 对标 chart as an Apache ECharts option: one bar per period, the unit's value as a percentage
// of the benchmark's, the share printed on the bar, a target period drawn dashed, and the
// absolute values under each period (for the projector and print, which have no tooltip) and in
// the tooltip. Pure like shared/series/trend-chart.ts: the host console renders this object in
// the browser, the projector too, and the report PDF renders it on the server as SVG.
import type { EChartsOption } from 'echarts';
import { formatAmount, formatShare } from '../format.ts';
import type { BenchmarkChart, SharePoint } from './view.ts';

export interface BenchmarkLabels {
  share: string;
  /** After a target period's name: （目标） in Chinese, " (target)" in English. */
  target: string;
  /** On a bar that has no share. */
  noBenchmark: string;
  noValue: string;
  title: (c: BenchmarkChart) => string;
  kind: Record<BenchmarkChart['kind'], string>;
}

export const benchmarkLabelsZh: BenchmarkLabels = {
  share: '占标杆比例',
  target: '（目标）',
  noBenchmark: '无对标值',
  noValue: '无本单位值',
  title: (c) => `${c.unit}${c.indicator}${c.measure ? `（${c.measure}）` : ''} 对标 ${c.benchmark}`,
  kind: { overall: '综合', signature: '特色', other: '其他' },
};

export const benchmarkLabelsEn: BenchmarkLabels = {
  share: 'Share of benchmark',
  target: ' (target)',
  noBenchmark: 'no benchmark value',
  noValue: 'no value',
  title: (c) => `${c.unit} ${c.indicator}${c.measure ? ` (${c.measure})` : ''} vs ${c.benchmark}`,
  kind: { overall: 'overall', signature: 'signature', other: 'other' },
};

export interface BenchmarkChartOptions {
  labels?: BenchmarkLabels;
  fontFamily?: string;
  /** Base text size in px: 12 in the console and the PDF, larger on the projector. */
  fontSize?: number;
  animation?: boolean;
  /** The title inside the chart (print); the console and the projector set their own heading. */
  title?: boolean;
}

const COLOR = '#1d4e89';

/** The text on a bar: the share, or why there is none. */
export function barText(p: SharePoint, L: BenchmarkLabels = benchmarkLabelsZh): string {
  return p.share !== null ? formatShare(p.share) : p.missing === 'own' ? L.noValue : L.noBenchmark;
}

/** The period's name under its bar, with the two values it was computed from. */
const periodLabel = (p: SharePoint, L: BenchmarkLabels) => `${p.period}${p.target ? L.target : ''}\n${formatAmount(p.own)} / ${formatAmount(p.theirs)}`;

export function benchmarkChartOption(c: BenchmarkChart, o: BenchmarkChartOptions = {}): EChartsOption {
  const L = o.labels ?? benchmarkLabelsZh;
  const size = o.fontSize ?? 12;
  const measure = c.measure ? ` ${c.measure}` : '';
  const tooltip = (i: number) => {
    const p = c.points[i];
    if (!p) return '';
    return [
      `<b>${p.period}${p.target ? L.target : ''}</b>`,
      `${c.unit}: ${formatAmount(p.own)}${measure}`,
      `${c.benchmark}: ${formatAmount(p.theirs)}${measure}`,
      `${L.share}: ${barText(p, L)}`,
    ].join('<br/>');
  };
  return {
    animation: o.animation ?? false,
    textStyle: { fontFamily: o.fontFamily ?? 'Noto Sans SC, sans-serif', fontSize: size },
    ...(o.title ? { title: { text: L.title(c), left: 'center', top: 0, textStyle: { fontSize: size * 1.1, fontWeight: 'bold' } } } : {}),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (ps: unknown) => tooltip((Array.isArray(ps) ? (ps[0] as { dataIndex: number }) : (ps as { dataIndex: number })).dataIndex) },
    grid: { left: 8, right: 8, top: size * (o.title ? 4 : 2.2), bottom: 4, containLabel: true },
    xAxis: {
      type: 'category',
      data: c.points.map((p) => periodLabel(p, L)),
      axisLabel: { fontSize: size * 0.9, interval: 0, lineHeight: size * 1.3 },
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: 'value',
      min: 0,
      axisLabel: { fontSize: size * 0.8, formatter: (v: number) => formatShare(v) },
      splitLine: { lineStyle: { color: '#e4e4e4' } },
    },
    series: [
      {
        name: L.share,
        type: 'bar',
        barMaxWidth: size * 5,
        // A missing share stands at 0 with its reason printed, rather than vanishing from the row.
        data: c.points.map((p) => ({
          value: p.share ?? 0,
          // A target is a plan, not a result: an outline, dashed, so it reads apart in print too.
          itemStyle: p.target ? { color: 'rgba(29,78,137,0.08)', borderColor: COLOR, borderWidth: Math.max(1.5, size / 8), borderType: 'dashed' as const } : { color: COLOR },
          label: { color: p.share === null ? '#8a8a8a' : COLOR },
        })),
        label: {
          show: true,
          position: 'top',
          distance: 4,
          fontSize: size * 1.05,
          fontWeight: 'bold',
          formatter: (p: { dataIndex: number }) => {
            const point = c.points[p.dataIndex];
            return point ? barText(point, L) : '';
          },
        },
      },
    ],
  };
}
