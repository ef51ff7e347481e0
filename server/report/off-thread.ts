// Printouts and spreadsheets made off the thread that answers judges (render-worker.ts): the
// HTTP side reads its input at one instant, as before, and awaits the file. One worker per
// process, started on the first export and kept (unref'd: it never holds the process open), so
// the fonts are read once; exports asked for together are answered by id, in any order. A worker
// that dies fails the exports it held, and the next export starts a new one.
import type { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { workerBeside } from '../worker-beside.ts';
import type { RenderInput, RenderKind } from './render-jobs.ts';

const Answer = z.union([z.strictObject({ id: z.int(), bytes: z.instanceof(Uint8Array) }), z.strictObject({ id: z.int(), error: z.string() })]);

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, { w: Worker; resolve: (b: Buffer) => void; reject: (e: Error) => void }>();

/** The file `kind` made from `input` in the render worker. */
export function render<K extends RenderKind>(kind: K, input: RenderInput<K>): Promise<Buffer> {
  const w = (worker ??= start());
  const id = nextId++;
  return new Promise<Buffer>((resolve, reject) => {
    waiting.set(id, { w, resolve, reject });
    try {
      w.postMessage({ id, kind, input });
    } catch (e) {
      // An input that cannot be cloned (a function slipped in): this export fails, not the worker.
      waiting.delete(id);
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}

function start(): Worker {
  const w = workerBeside(import.meta.url, 'render-worker');
  w.on('message', (raw: unknown) => {
    const m = Answer.safeParse(raw);
    if (!m.success) return failAll(w, new Error('the render worker answered something unexpected'));
    const job = waiting.get(m.data.id);
    waiting.delete(m.data.id);
    if (!job) return;
    if ('error' in m.data) job.reject(new Error(m.data.error));
    else job.resolve(Buffer.from(m.data.bytes.buffer, m.data.bytes.byteOffset, m.data.bytes.byteLength));
  });
  w.on('error', (e) => failAll(w, e));
  w.on('exit', (code) => failAll(w, new Error(`the render worker stopped (exit ${code})`)));
  return w;
}

/** Fails the exports `w` held (not those of a worker started since) and lets it go. */
function failAll(w: Worker, e: Error): void {
  if (worker === w) worker = null;
  for (const [id, job] of waiting) {
    if (job.w !== w) continue;
    waiting.delete(id);
    job.reject(e);
  }
  void w.terminate();
}
