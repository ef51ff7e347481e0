import type { Strings } from '../common/i18n.tsx';

// The 对标 stage. The chart's own words stay Chinese (the hall reads Chinese; shared/benchmark/chart.ts).
const zh = {
  kicker: '对标晒成绩',
  none: '该单位尚未录入对标数据',
  unavailable: '暂无正在汇报的单位',
  chartFailed: '图表加载失败',
  legend: '柱高：本单位占标杆的百分比 · 虚线柱：目标 · 期次下方：本单位 / 标杆',
  page: '第 {n}/{total} 组',
} as const;

export const benchmarkStageStrings: Strings<keyof typeof zh> = {
  zh,
  en: {
    kicker: 'Benchmarking',
    none: 'This unit has entered no benchmark values',
    unavailable: 'Nobody is on stage',
    chartFailed: 'The chart could not be loaded',
    legend: 'Bars: this unit as a share of the benchmark · dashed: target · under each period: unit / benchmark',
    page: 'Group {n} of {total}',
  },
};
