// What the render worker makes (render-worker.ts, started by off-thread.ts): every printout and
// spreadsheet, each from one input the HTTP side reads at one instant and posts to the worker.
// Inputs cross the thread by structured clone: plain data, Maps and Dates arrive as they were
// sent, a Buffer arrives as a Uint8Array (the seal is made a Buffer again below). Each module is
// imported on its first job, as the HTTP side did before (pdfkit, exceljs and ECharts are not
// needed to run an evening).
import type { PublicNotice } from '../../shared/notice/views.ts';
import type { SeriesState } from '../../shared/series/state.ts';
import type { ContestFinals } from '../../shared/series/standings.ts';
import type { BallotSlip } from './ballot-slips-pdf.ts';
import type { CertificatesInput } from './certificates-pdf.ts';
import type { JudgeCard } from './judge-cards-pdf.ts';
import type { ReportInput } from './report-context.ts';
import type { PosterOptions } from './series-poster.ts';
import type { SeriesReportInput } from './series-report-context.ts';

const asBuffer = (b: Uint8Array | null): Buffer | null => (b === null ? null : Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength));

export const renderJobs = {
  'report.pdf': async (i: ReportInput) => (await import('./report-pdf.ts')).buildReportPdf(i),
  'results.xlsx': async (i: ReportInput) => (await import('./xlsx.ts')).resultsXlsx(i),
  'judge-cards.pdf': async (i: { title: string; judges: JudgeCard[]; generatedAt: Date }) => (await import('./judge-cards-pdf.ts')).buildJudgeCardsPdf(i.title, i.judges, i.generatedAt),
  'ballot-slips.pdf': async (i: { title: string; slips: BallotSlip[]; generatedAt: Date }) => (await import('./ballot-slips-pdf.ts')).buildBallotSlipsPdf(i.title, i.slips, i.generatedAt),
  'certificates.pdf': async (i: CertificatesInput) => (await import('./certificates-pdf.ts')).certificatesPdf({ ...i, seal: asBuffer(i.seal) }),
  'notice.pdf': async (i: { notice: PublicNotice; url: string; generatedAt: Date }) => (await import('./notice-pdf.ts')).buildNoticePdf(i.notice, i.url, i.generatedAt),
  'poster.pdf': async (i: { state: SeriesState; tierId: string; periodId: string; finals: ContestFinals; options: PosterOptions }) =>
    (await import('./series-poster.ts')).posterPdf(i.state, i.tierId, i.periodId, i.finals, i.options),
  'series-report.pdf': async (i: SeriesReportInput) => (await import('./series-report.ts')).seriesReportPdf(i),
  'series.xlsx': async (i: SeriesReportInput) => (await import('./series-xlsx.ts')).seriesXlsx(i),
};

export type RenderJobs = typeof renderJobs;
export type RenderKind = keyof RenderJobs;
export type RenderInput<K extends RenderKind> = Parameters<RenderJobs[K]>[0];

/** One call to the render worker. */
export type RenderCall = { kind: RenderKind; input: unknown };
