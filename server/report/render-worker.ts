// The thread that makes printouts and spreadsheets (off-thread.ts): a contest report takes a
// third of a second, a series report several, and the first of either another second to read the
// fonts; on the thread that answers judges, that long every ack, view and timer would wait. Built
// as its own entry beside the server bundle, like the backup check.
import { answerCalls } from '../worker-calls.ts';
import { renderJobs, type RenderCall } from './render-jobs.ts';

answerCalls(async ({ kind, input }: RenderCall) => {
  const bytes = await (renderJobs[kind] as (input: unknown) => Promise<Buffer>)(input);
  // Copied, not transferred: a small Buffer may sit in Node's shared pool.
  return new Uint8Array(bytes);
});
