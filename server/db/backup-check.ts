// The worker that takes backup copies (backup.ts copyAndCheck): writing a copy of the database to
// disk and checking its integrity take as long as the file is big (~90 ms for 32 MB), which on
// the thread that answers judges would stall every ack and view after a reveal. Built as its own
// entry beside the server bundle.
import { parentPort } from 'node:worker_threads';
import { copyAndCheck, type CopyJob } from './backup.ts';

parentPort!.on('message', (job: CopyJob) => {
  copyAndCheck(job).then(
    (answer) => parentPort!.postMessage(answer),
    (e: Error) => parentPort!.postMessage({ error: e.message }),
  );
});
