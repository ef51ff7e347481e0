// The series report (PDF, A4 portrait) of a series and some or all of its tiers: a cover with the
// rules in words and the fingerprint of the series' event log, then per tier its period
// standings, cumulative standing, 红黑榜 per period, ledger entries per unit and the units'
// trend charts. Every page carries the series' name and the start of the fingerprint.
import { formatScore } from '../../shared/format.ts';
import { cumulativeStanding } from '../../shared/series/standings.ts';
import { timestamp } from './format.ts';
import { finish, GRAY, newDocument, Writer } from './pdf-kit-helpers.ts';
import { seriesReportContext, type SeriesReportContext, type SeriesReportInput } from './series-report-context.ts';
import { drawBoards, drawCumulative, drawLedger, drawPeriodStandings } from './series-report-tables.ts';
import { loadCharts } from './series-chart.ts';
import { drawTrends } from './series-report-trends.ts';
import { boardRuleText, cumulativeText, periodScoreText, tieBreakText, tierName } from './series-text.ts';
import { FINGERPRINT, FINGERPRINT_COMPARE } from '../../shared/fingerprint-words.ts';
import { SERIES_WORDS } from '../../shared/series/words.ts';

export type { SeriesReportInput } from './series-report-context.ts';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function drawCover(c: SeriesReportContext, tierIds: readonly string[], input: SeriesReportInput): void {
  const { w, state } = c;
  const def = state.def;
  w.section(null);
  w.y = 120;
  w.text(def.name, { size: 24, bold: true, align: 'center', gap: 10 });
  w.text('系 列 成 绩 报 告', { size: 16, align: 'center', color: GRAY, gap: 8 });
  w.text(tierIds.map((t) => tierName(def, t)).join('　'), { size: 12, align: 'center', color: GRAY, gap: 30 });
  const entries = state.ledger.length;
  const corrections = state.ledger.filter((e) => e.corrects).length;
  const fields: [string, string][] = [];
  if (def.issuer) fields.push(['发布单位', def.issuer]);
  fields.push(['层级', def.tiers.map((t) => t.name).join('、')]);
  fields.push(['期次', def.periods.map((p) => p.name).join('、')]);
  fields.push(['单位', tierIds.map((t) => `${tierName(def, t)} ${formatScore(state.units.filter((u) => u.tierId === t && u.mergedInto === null).length)} 个`).join('；')]);
  fields.push(['比赛', `${formatScore(state.contests.filter((x) => tierIds.includes(x.tierId)).length)} 场`]);
  fields.push(['积分记录', `${formatScore(entries)} 条${corrections ? `（其中更正 ${formatScore(corrections)} 条）` : ''}`]);
  fields.push(['报告生成', timestamp(input.generatedAt)]);
  w.fields(fields);
  w.space(14);
  w.heading('计分与评选规则', 13);
  const rule = boardRuleText(def.boards);
  w.fields(
    [
      ['期次得分', periodScoreText(def)],
      ['累计排名', cumulativeText(def)],
      ['并列', tieBreakText(def)],
      ['红黑榜', `${rule.red}；${rule.black}。${SERIES_WORDS.tiesRule}；同时符合两榜条件的单位只列入红榜；缺席单位不列入；连续两期列入黑榜的单位标注“连续上黑榜”。`],
      ['缺席', '需要比赛成绩而某期无成绩的单位为缺席，不排名'],
    ],
    84,
    10,
  );
  w.space(10);
  w.heading(FINGERPRINT.zh, 13);
  w.text(`SHA-256：${input.eventsHash}`, { size: 9.5 });
  w.text(FINGERPRINT_COMPARE.zh, { size: 8.5, color: GRAY });
}

/** A tier's overview: the cumulative standing at a glance, before the details. */
function drawTier(c: SeriesReportContext, tierId: string, index: number): void {
  const { w, state } = c;
  const name = tierName(state.def, tierId);
  const label = `${NUMERALS[index] ?? formatScore(index + 1)}、${name}`;
  const { periods } = cumulativeStanding(state, tierId, null, c.finals);
  w.section(label);
  w.heading(label, 18);
  drawCumulative(c, tierId);
  drawBoards(c, tierId, periods);
  w.section(`${label} · 期次排名`);
  drawPeriodStandings(c, tierId, periods);
  w.section(`${label} · 积分明细`);
  drawLedger(c, tierId);
  drawTrends(c, tierId, `${label} · 单位趋势`);
}

export async function seriesReportPdf(input: SeriesReportInput): Promise<Buffer> {
  await loadCharts(); // the trend charts
  const def = input.state.def;
  const tierIds = input.tierIds ?? def.tiers.map((t) => t.id);
  const doc = newDocument(`${def.name} 系列成绩报告`, input.generatedAt);
  const w = new Writer(doc);
  const c = seriesReportContext(w, input);
  drawCover(c, tierIds, input);
  tierIds.forEach((t, i) => drawTier(c, t, i));
  w.stampPages(def.name, '系列成绩报告', `${FINGERPRINT.zh} ${input.eventsHash.slice(0, 16)}`);
  return finish(doc);
}

