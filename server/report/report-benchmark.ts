// 对标 in the score report: for each presenter with benchmarks (in speaking order), every
// comparison as the console and the projector draw it (shared/benchmark/chart.ts rendered to SVG
// on the server, as the series trends are), under a caption written by Writer (unit names may
// need the JP fallback font). The chart's labels carry the absolute values (本单位 / 标杆 under
// each period), so print needs no tooltip.
import { benchmarkChartOption, benchmarkLabelsZh } from '../../shared/benchmark/chart.ts';
import type { BenchmarkChart } from '../../shared/benchmark/view.ts';
import { formatScore } from '../../shared/format.ts';
import { benchmarkLogName } from './fingerprint.ts';
import { GRAY, lineHeight } from './pdf-kit-helpers.ts';
import { inOrder, type ReportContext } from './report-context.ts';
import { chartSvg, drawSvg } from './series-chart.ts';

const CHART_HEIGHT = 230;

export function drawBenchmarks(c: ReportContext): void {
  const { w } = c;
  const charts = new Map((c.benchmarks ?? []).map((b) => [b.presenterId, b.charts]));
  const shown = inOrder(c.results, c.state).filter((p) => (charts.get(p.presenterId) ?? []).length > 0);
  if (shown.length === 0) return;
  w.section('对标');
  w.heading('对标（与标杆单位比较）', 15);
  w.text('柱高为本单位数值占标杆数值的百分比（精确计算后四舍五入，最多两位小数）；虚线柱为目标期次；各期名称下注明“本单位数值 / 标杆数值”。标杆数值为 0 或缺失的期次注明“无对标值”。', { size: 9, color: GRAY });
  // The 对标 data has its own log (not the contest's, whose fingerprint is on every page): a
  // board edited after this report gives another fingerprint (docs/report.md).
  const logs = c.benchmarkLogs ?? [];
  for (const l of logs) w.text(`${benchmarkLogName(l, logs)}（SHA-256，前 ${formatScore(l.fingerprint.count)} 条事件）：${l.fingerprint.sha256}`, { size: 8.5, color: GRAY });
  for (const p of shown) {
    w.heading(c.unitName(p.presenterId), 12.5);
    for (const chart of charts.get(p.presenterId)!) drawChart(c, chart);
  }
}

function drawChart(c: ReportContext, chart: BenchmarkChart): void {
  const { w } = c;
  const caption = lineHeight(10.5) + 2;
  w.ensure(caption + CHART_HEIGHT + 12);
  const kind = benchmarkLabelsZh.kind[chart.kind];
  w.text(`${chart.indicator}${chart.measure ? `（${chart.measure}）` : ''} · 标杆：${chart.benchmark}（${kind}）`, { size: 10.5, bold: true, gap: 2 });
  const svg = chartSvg(benchmarkChartOption(chart, { fontSize: 10 }), Math.round(w.width), CHART_HEIGHT);
  drawSvg(w.doc, w.fonts, svg, w.left, w.y, w.width, CHART_HEIGHT);
  w.y += CHART_HEIGHT + 12;
}
