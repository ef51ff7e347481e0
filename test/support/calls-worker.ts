// A worker for test/integration/worker-calls.test.ts: answers through answerCalls like the
// backup check and the render worker, and misbehaves on request.
import { parentPort } from 'node:worker_threads';
import { answerCalls } from '../../server/worker-calls.ts';

answerCalls(async (input: { say?: string; fail?: string; die?: true; garble?: true; wait?: number }) => {
  if (input.wait) await new Promise((resolve) => setTimeout(resolve, input.wait));
  if (input.fail) throw new Error(input.fail);
  if (input.die) process.exit(3);
  if (input.garble) {
    parentPort!.postMessage('not an answer');
    return 'unreachable';
  }
  return input.say ?? '';
});
