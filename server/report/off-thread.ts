// Printouts and spreadsheets made off the thread that answers judges (render-worker.ts, through
// worker-calls.ts): the HTTP side reads its input at one instant, as before, and awaits the file.
// The worker is started on the first export (or by `warmRenderer`) and kept, so the fonts are
// read once.
import { z } from 'zod';
import { WorkerCalls } from '../worker-calls.ts';
import type { RenderCall, RenderInput, RenderKind } from './render-jobs.ts';
import type { ReportInput } from './report-context.ts';

const renderer = new WorkerCalls<RenderCall, Uint8Array>(import.meta.url, 'render-worker', z.instanceof(Uint8Array));

let warmed: Promise<boolean> | null = null;
/** A report was asked of the worker already: what a warm-up would load is loaded, or loading. */
let reported = false;

/** The file `kind` made from `input` in the render worker. */
export async function render<K extends RenderKind>(kind: K, input: RenderInput<K>): Promise<Buffer> {
  if (kind === 'report.pdf') reported = true;
  const bytes = await renderer.call({ kind, input });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Has the render worker make `input`'s report and spreadsheet once and throws them away: the
 * first of each in a process waits another second or so (pdfkit, exceljs and the fonts loading,
 * the glyphs of the names parsed, the code paths compiled), and this is what the office prints
 * next. Once per process; resolves to whether it worked — a failure costs nothing but the
 * speed-up (the first export then does that work itself).
 */
export function warmRenderer(input: ReportInput): Promise<boolean> {
  // A report printed already (during the evening, or within the second after the finish) did the
  // loading; a second one would only take the other core from the room's views.
  if (reported && !warmed) return (warmed = Promise.resolve(true));
  warmed ??= (async () => {
    await render('report.pdf', input);
    await render('results.xlsx', input);
    return true;
  })().catch((e: unknown) => {
    console.error(`[leitai] the printouts' worker could not get ready ahead (the first export will): ${e instanceof Error ? e.message : String(e)}`);
    warmed = null;
    return false;
  });
  return warmed;
}

/** Whether the warm-up has been asked for and is done (for tests). */
export async function rendererWarm(): Promise<boolean> {
  return warmed !== null && (await warmed);
}
