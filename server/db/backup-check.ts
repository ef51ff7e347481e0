// The worker that takes backup copies (backup.ts copyAndCheck): writing a copy of the database to
// disk and checking its integrity take as long as the file is big (~90 ms for 32 MB), which on
// the thread that answers judges would stall every ack and view after a reveal. Built as its own
// entry beside the server bundle.
import { answerCalls } from '../worker-calls.ts';
import { copyAndCheck } from './backup.ts';

answerCalls(copyAndCheck);
