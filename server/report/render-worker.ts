// The thread that makes printouts and spreadsheets (off-thread.ts): a contest report takes a
// third of a second, a series report several, and the first of either another second to read the
// fonts; on the thread that answers judges, that long every ack, view and timer would wait. Built
// as its own entry beside the server bundle, like the backup check.
import { parentPort } from 'node:worker_threads';
import { renderJobs, type RenderKind } from './render-jobs.ts';

type Job = { id: number; kind: RenderKind; input: unknown };

parentPort!.on('message', ({ id, kind, input }: Job) => {
  const make = renderJobs[kind] as (input: unknown) => Promise<Buffer>;
  make(input).then(
    // Copied, not transferred: a small Buffer may sit in Node's shared pool.
    (bytes) => parentPort!.postMessage({ id, bytes: new Uint8Array(bytes) }),
    (e: unknown) => parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) }),
  );
});
