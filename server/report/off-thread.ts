// Printouts and spreadsheets made off the thread that answers judges (render-worker.ts, through
// worker-calls.ts): the HTTP side reads its input at one instant, as before, and awaits the file.
// The worker is started on the first export and kept, so the fonts are read once.
import { z } from 'zod';
import { WorkerCalls } from '../worker-calls.ts';
import type { RenderCall, RenderInput, RenderKind } from './render-jobs.ts';

const renderer = new WorkerCalls<RenderCall, Uint8Array>(import.meta.url, 'render-worker', z.instanceof(Uint8Array));

/** The file `kind` made from `input` in the render worker. */
export async function render<K extends RenderKind>(kind: K, input: RenderInput<K>): Promise<Buffer> {
  const bytes = await renderer.call({ kind, input });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
