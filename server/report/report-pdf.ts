// GET /api/contests/:id/report.pdf: the score report the office files and the judges sign.
// A4 portrait; cover, ranking, 民主测评 (when held), one section per presenter, 对标 (when any),
// one sheet per judge, audit.
import { newDocument, finish, Writer } from './pdf-kit-helpers.ts';
import { drawAppraisal } from './report-appraisal.ts';
import { drawBenchmarks } from './report-benchmark.ts';
import { drawCover, drawRanking } from './report-cover.ts';
import { reportContext, type ReportInput } from './report-context.ts';
import { drawAudit, drawJudgeSheets } from './report-judges.ts';
import { drawPresenters } from './report-presenter.ts';
import { unfinished } from './format.ts';
import { loadCharts } from './series-chart.ts';
import { FINGERPRINT } from '../../shared/fingerprint-words.ts';

export type { ReportInput } from './report-context.ts';

export async function buildReportPdf(input: ReportInput): Promise<Buffer> {
  if ((input.benchmarks ?? []).some((b) => b.charts.length > 0)) await loadCharts();
  const doc = newDocument(`${input.state.def.title} 成绩报告`, input.generatedAt);
  const w = new Writer(doc);
  const c = reportContext(w, input);
  drawCover(c);
  drawRanking(c);
  drawAppraisal(c);
  drawPresenters(c);
  drawBenchmarks(c);
  drawJudgeSheets(c);
  drawAudit(c);
  const kind = unfinished(input.state) ? '成绩报告（未完成）' : '成绩报告';
  w.stampPages(input.state.def.title, kind, `${FINGERPRINT.zh} ${c.audit.fingerprint.sha256.slice(0, 16)}`);
  return finish(doc);
}
