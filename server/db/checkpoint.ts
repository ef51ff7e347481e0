// WAL checkpoints off the commit path. Under synchronous=FULL every commit fsyncs the -wal file,
// which is what makes an ack durable. But SQLite's automatic checkpoint runs inside whichever
// commit pushes the -wal past 1,000 pages: that commit also copies the pages back into the
// database file and fsyncs it, up to ~20 ms on the benchmark's VM (a submission's commit is
// ~1 ms), and the judge's ack and the projector's view wait for it (docs/benchmarks.md, issue 17).
// So the server's connection does not checkpoint itself; a worker thread with a connection of
// its own does, PASSIVE (it never blocks the writer, and the writer never waits for it), once a
// second while there were writes. Durability does not depend on checkpoints — a committed
// transaction is in the -wal, which SQLite replays on open — they only keep the -wal short.
// SQLite starts the -wal over only at a write that begins after a checkpoint copied all of it;
// under a long run of commits (a hall voting) each worker checkpoint ends with new frames, so
// past RESET_FRAMES the server's own connection checkpoints once, between commits: it copies only
// what the worker has not (a second's worth at most), and the next commit starts the -wal over.
// If the worker fails, SQLite's own automatic checkpoint is switched back on.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import type { Db } from './database.ts';

/** SQLite's default: what the connection goes back to if the worker cannot run. */
const AUTOCHECKPOINT_PAGES = 1000;
/** -wal frames (pages) past which the server's connection makes the -wal start over (~16 MB). */
export const RESET_FRAMES = 4000;

/**
 * The worker's whole code, plain JavaScript on purpose: a worker started from TypeScript source
 * would have to load tsx first (~0.2 s for each server the tests start), and this needs nothing
 * but better-sqlite3, whose path is handed over so that it resolves the same from source and from
 * the bundle. It answers each 'checkpoint' with SQLite's row (or `{ error }`), and closes its
 * connection on 'close'. synchronous = FULL as on the server's connection: the database file is
 * fsynced before SQLite may start the -wal over, whatever this build's default.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const said = (e) => String((e && e.message) || e);
let db = null;
try { db = new Database(workerData.file, { fileMustExist: true, timeout: 5000 }); db.pragma('synchronous = FULL'); }
catch (e) { parentPort.postMessage({ error: 'cannot open the database: ' + said(e) }); }
parentPort.on('message', (m) => {
  if (m === 'close') { if (db) db.close(); parentPort.close(); return; }
  try { parentPort.postMessage(db ? db.pragma('wal_checkpoint(PASSIVE)')[0] : { error: 'no database' }); }
  catch (e) { parentPort.postMessage({ error: said(e) }); }
});`;

/** SQLite's answer to PRAGMA wal_checkpoint: busy 1 if it could not finish, frames in the -wal, frames copied back. */
const Answer = z.union([
  z.strictObject({ busy: z.int(), log: z.int(), checkpointed: z.int() }),
  z.strictObject({ error: z.string() }),
]);
export type CheckpointResult = Extract<z.infer<typeof Answer>, { busy: number }>;

export class Checkpointer {
  private worker: Worker | null = null;
  private readonly timer: NodeJS.Timeout;
  private readonly changes;
  private seen: number;
  private waiting: ((r: CheckpointResult | null) => void) | null = null;
  /** The checkpoint under way: a second request waits for it, then asks for its own. */
  private running: Promise<CheckpointResult | null> | null = null;
  private failed = false;
  private closed = false;
  /** A worker being stopped after a failure: close() waits for it, so its connection is gone first. */
  private stopping: Promise<number> | null = null;
  /** Checkpoints the worker finished, for the tests and the benchmark. */
  done = 0;

  constructor(
    private readonly db: Db,
    everyMs = 1000,
    private readonly resetFrames = RESET_FRAMES,
  ) {
    db.pragma('wal_autocheckpoint = 0');
    this.changes = db.prepare('SELECT total_changes() AS n').pluck();
    this.seen = this.current();
    // Unref'd: a server that is otherwise done never waits for the next checkpoint.
    this.timer = setInterval(() => void this.tick(), everyMs).unref();
  }

  /**
   * Asks the worker for a checkpoint (after the one under way, if any); SQLite's answer, or null
   * when none ran (the worker failed, or the checkpointer was closed).
   */
  checkpoint(): Promise<CheckpointResult | null> {
    if (this.failed || this.closed) return Promise.resolve(null);
    if (this.running) return this.running.then(() => this.checkpoint());
    let worker: Worker;
    try {
      worker = this.worker ??= this.start();
    } catch (e) {
      this.fail(null, (e as Error).message);
      return Promise.resolve(null);
    }
    const running = new Promise<CheckpointResult | null>((resolve) => {
      this.waiting = resolve;
      worker.postMessage('checkpoint');
    }).then((result) => {
      this.running = null;
      if (result && result.log >= this.resetFrames) this.reset();
      return result;
    });
    this.running = running;
    return running;
  }

  /** Stops the timer and closes the worker's connection (before the server's own closes, which then folds the -wal in). */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    const worker = this.worker;
    this.worker = null;
    await this.stopping;
    if (!worker) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.postMessage('close');
    // A checkpoint under way finishes first; one stuck longer than this is cut off (SQLite's
    // checkpoints are crash-safe, so an interrupted one only leaves frames for the next).
    const timeout = setTimeout(() => void worker.terminate(), 5000);
    await exited;
    clearTimeout(timeout);
  }

  private current(): number {
    return this.changes.get() as number;
  }

  private async tick(): Promise<void> {
    // Nothing here may throw out of the timer: the process would die instead of falling back.
    try {
      const now = this.current();
      if (now === this.seen || this.running) return;
      this.seen = now;
      await this.checkpoint();
    } catch (e) {
      this.fail(null, (e as Error).message);
    }
  }

  /** The -wal has not started over for RESET_FRAMES frames: one checkpoint here, between commits, lets the next commit restart it. */
  private reset(): void {
    try {
      if (this.db.open && !this.closed) this.db.pragma('wal_checkpoint(PASSIVE)');
    } catch (e) {
      console.error(`[leitai] WAL checkpoint on the server's connection failed: ${(e as Error).message}`);
    }
  }

  private start(): Worker {
    const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(WORKER, { eval: true, workerData: { sqlite, file: this.db.name } });
    worker.unref();
    worker.on('message', (raw: unknown) => {
      const answer = Answer.safeParse(raw);
      const result = answer.success && 'busy' in answer.data ? answer.data : null;
      if (result) this.done++;
      else this.fail(worker, answer.success && 'error' in answer.data ? answer.data.error : 'unexpected answer');
      this.settle(result);
    });
    // SQLite's errors are caught in the worker (one thrown across loses its message); this is the rest.
    worker.on('error', (e) => this.fail(worker, e.message));
    worker.on('exit', () => {
      if (this.worker === worker) this.fail(worker, 'the checkpoint worker stopped');
      this.settle(null);
    });
    return worker;
  }

  private settle(result: CheckpointResult | null): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.(result);
  }

  /** The -wal must not grow for ever: SQLite checkpoints in the commits again, as it does by default. */
  private fail(worker: Worker | null, why: string): void {
    if (this.failed || this.closed) return;
    this.failed = true;
    this.worker = null;
    if (worker) this.stopping = worker.terminate().catch(() => 0);
    clearInterval(this.timer);
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    console.error(`[leitai] WAL checkpoints back in the commits: ${why}`);
  }
}
