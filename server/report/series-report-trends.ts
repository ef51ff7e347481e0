// Trend charts of every unit of a tier as small multiples, six to an A4 page (two across, three
// down): each the shared ECharts option (shared/series/trend-chart.ts) rendered to SVG on the
// server and drawn into the page, under a caption written by Writer (unit names may need the JP
// fallback font, which the chart's text does not have).
import { formatScore } from '../../shared/format.ts';
import { cumulativeStanding } from '../../shared/series/standings.ts';
import { trendChartOption, trendLabelsZhShort } from '../../shared/series/trend-chart.ts';
import { tierTrend, unitTrend } from '../../shared/series/trend.ts';
import { ellipsize } from './layout.ts';
import { GRAY, lineHeight } from './pdf-kit-helpers.ts';
import { chartSvg, drawSvg } from './series-chart.ts';
import type { SeriesReportContext } from './series-report-context.ts';

/**
 * Chart SVGs by what they show: rendering one takes ECharts tens of milliseconds, and a year's
 * report draws ninety, most of them unchanged since the last report (a ledger entry moves one
 * unit's line, not the others'). Bounded, oldest dropped first: a few MB at most.
 */
const svgCache = new Map<string, string>();
const SVG_CACHE_MAX = 400;
function trendSvg(trend: ReturnType<typeof unitTrend>, width: number): string {
  const key = `${width}:${JSON.stringify(trend)}`;
  let svg = svgCache.get(key);
  if (svg === undefined) {
    svg = chartSvg(trendChartOption(trend, { fontSize: 9, labels: trendLabelsZhShort }), width, CHART_HEIGHT);
    if (svgCache.size >= SVG_CACHE_MAX) svgCache.delete(svgCache.keys().next().value!);
    svgCache.set(key, svg);
  }
  return svg;
}

const COLUMNS = 2;
const GAP = 14;
/** Three rows of this height fit an A4 page; ensure() decides the breaks. */
const CHART_HEIGHT = 188;

export function drawTrends(c: SeriesReportContext, tierId: string, sectionLabel: string): void {
  const { w, state } = c;
  const trend = tierTrend(state, tierId, c.finals);
  const standing = cumulativeStanding(state, tierId, null, c.finals).lines;
  // In the order of the cumulative standing, so the page reads like the table before it.
  const units = standing.map((l) => l.unitId);
  w.section(sectionLabel);
  w.heading('单位趋势', 15);
  w.text('实线为本单位各期得分（数值标于点上），虚线为本层级各期最高分，点线为本层级中位数；右轴为名次（向上为好），各期名称下注明当期名次。缺席的期次不连线。', {
    size: 9,
    color: GRAY,
  });
  if (trend.periods.length === 0) {
    w.text('本层级尚无已举行的期次。', { size: 10 });
    return;
  }
  const cellWidth = (w.width - GAP * (COLUMNS - 1)) / COLUMNS;
  const caption = lineHeight(10.5) + 2;
  const cellHeight = caption + CHART_HEIGHT + GAP;
  units.forEach((unitId, i) => {
    const col = i % COLUMNS;
    if (col === 0) w.ensure(cellHeight);
    const x = w.left + col * (cellWidth + GAP);
    const y = w.y;
    const cumulative = standing.find((l) => l.unitId === unitId);
    const rank = cumulative?.rank ? `累计第 ${formatScore(cumulative.rank)} 名${cumulative.shared ? '（并列）' : ''}` : '累计：缺席';
    w.drawLine(ellipsize(c.unitName(unitId), cellWidth - 90, 10.5, true), x, y, cellWidth - 90, { size: 10.5, bold: true });
    w.drawLine(ellipsize(rank, 90, 8.5), x + cellWidth - 90, y + 2, 90, { size: 8.5, color: GRAY, align: 'right' });
    const svg = trendSvg(unitTrend(trend, unitId), Math.round(cellWidth));
    drawSvg(w.doc, w.fonts, svg, x, y + caption, cellWidth, CHART_HEIGHT);
    w.doc.save().lineWidth(0.5).strokeColor('#cccccc').rect(x, y + caption - 1, cellWidth, CHART_HEIGHT + 2).stroke().restore();
    // The next row starts below this one once the row is full (or the units run out).
    if (col === COLUMNS - 1 || i === units.length - 1) w.y = y + cellHeight;
  });
}
