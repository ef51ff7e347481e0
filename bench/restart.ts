// Restart: time from process start to a healthy /healthz, with logs of given lengths; and the
// contests' own share of it (loading every contest), measured in process.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Contests } from '../server/contests.ts';
import { openDatabase } from '../server/db/database.ts';
import { SnapshotStore } from '../server/db/snapshot-store.ts';
import { writeLog } from './contest-log.ts';
import { timeLeitaiStart } from './servers.ts';
import { now, rssMb, sleep } from './stats.ts';

export interface RestartPoint {
  events: number;
  contests: number;
  /** Writing the log with the pure domain (not a restart figure: how the log was made). */
  buildMs: number;
  /** spawn -> /healthz 200, one per start, in order (the first may build what later ones reuse). */
  startsMs: number[];
  rssMb: number;
  /** Loading every contest in process (new Contests(db)): replaying the logs, then from snapshots. */
  loadMs: number[];
}

/**
 * Loads every contest of DATA_DIR in this process, as server start does, and times it. With
 * `replay`, snapshots are dropped first, so the whole log is replayed (the code before snapshots).
 */
export function timeLoad(dataDir: string, replay = true): number {
  if (replay) {
    const db = openDatabase(dataDir);
    new SnapshotStore(db).clear();
    db.close();
  }
  const t0 = now();
  const db = openDatabase(dataDir);
  const contests = new Contests(db);
  const ms = now() - t0;
  if (contests.all().length === 0) throw new Error('nothing loaded');
  db.close();
  return ms;
}

export interface ReplayPoint {
  events: number;
  contests: number;
  /** Loading every contest with no snapshots: the whole log replayed (best of two). */
  replayMs: number;
  /** Loading every contest from its snapshot and the events after it (best of two). */
  snapshotMs: number;
  /** Then checking every snapshot against a replay of its log, in the background. */
  verifyMs: number;
}

/** Replay against log length, in process: the contests' share of a start, without and with snapshots. */
export async function measureReplayCurve(sizes: number[], log: (line: string) => void = console.log): Promise<ReplayPoint[]> {
  const out: ReplayPoint[] = [];
  for (const events of sizes) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-replay-'));
    try {
      const written = writeLog(dataDir, events);
      const replayMs = Math.min(timeLoad(dataDir), timeLoad(dataDir));
      const db = openDatabase(dataDir);
      new Contests(db).snapshotAll();
      db.close();
      const snapshotMs = Math.min(timeLoad(dataDir, false), timeLoad(dataDir, false));
      const verifyMs = await timeVerify(dataDir);
      out.push({ events: written.events, contests: written.contests, replayMs, snapshotMs, verifyMs });
      log(`  ${written.events} events: replay ${replayMs.toFixed(0)} ms, from snapshots ${snapshotMs.toFixed(0)} ms, background check ${verifyMs.toFixed(0)} ms`);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return out;
}

/** Time until the background check of every snapshot against its log is done. */
async function timeVerify(dataDir: string): Promise<number> {
  const db = openDatabase(dataDir);
  const contests = new Contests(db);
  const t0 = now();
  await contests.verified;
  const ms = now() - t0;
  db.close();
  return ms;
}

/**
 * Starts the server `starts` times on each log. Each run is left up for `upMs` before it is
 * killed, as a real one would be: a first start on a long log writes its snapshots a second
 * after it is healthy, and later starts load from them.
 */
export async function measureRestart(sizes: number[], starts = 3, upMs = 2000, log: (line: string) => void = console.log): Promise<RestartPoint[]> {
  const out: RestartPoint[] = [];
  for (const events of sizes) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-restart-'));
    try {
      const t0 = now();
      const written = events > 0 ? writeLog(dataDir, events) : { contests: 0, events: 0 };
      const buildMs = now() - t0;
      const startsMs: number[] = [];
      let rss = NaN;
      for (let i = 0; i < starts; i++) {
        const { ms, child } = await timeLeitaiStart(dataDir);
        startsMs.push(ms);
        await sleep(upMs);
        rss = rssMb(child.pid);
        await child.stop();
      }
      // In process, after the starts above (an empty DATA_DIR now holds the demo contest).
      const loadMs = [timeLoad(dataDir), timeLoad(dataDir, false)];
      out.push({ events: written.events, contests: written.contests, buildMs, startsMs, rssMb: rss, loadMs });
      log(`  ${written.events} events in ${written.contests} contests: healthy after ${startsMs.map((x) => x.toFixed(0)).join(', ')} ms`);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return out;
}
