// How long the server's thread stalls while a backup is taken after a reveal (server/backups.ts):
// the copy and its integrity check run in a worker (server/db/backup-check.ts). Measured as the
// longest gap between two 1 ms timers during each backup, on the 100,000-event data directory
// (`npm run bench`, or alone: npx tsx bench/backup-stall.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { backupDatabase } from '../server/db/backup.ts';
import { openDatabase } from '../server/db/database.ts';
import { writeLog } from './contest-log.ts';

export interface BackupStallResult {
  events: number;
  databaseMb: number;
  /** Each backup: its whole time, and the longest the answering thread went without running a timer. */
  runs: { totalMs: number; stallMs: number }[];
}

export async function measureBackupStall(events = 100_000, backups = 4): Promise<BackupStallResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-backup-stall-'));
  try {
    writeLog(dir, events);
    const db = openDatabase(dir);
    const databaseMb = fs.statSync(path.join(dir, 'leitai.sqlite')).size / 1e6;
    // One timer for the whole run: the longest gap between its ticks that overlaps each backup.
    const gaps: { at: number; ms: number }[] = [];
    let last = performance.now();
    const timer = setInterval(() => {
      const t = performance.now();
      gaps.push({ at: last, ms: t - last });
      last = t;
    }, 1);
    const runs: BackupStallResult['runs'] = [];
    for (let i = 0; i < backups; i++) {
      const t0 = performance.now();
      await backupDatabase(db, path.join(dir, 'backups'), 'bench', new Date(Date.now() + i * 1000));
      const t1 = performance.now();
      runs.push({ totalMs: t1 - t0, stallMs: Math.max(0, ...gaps.filter((g) => g.at + g.ms >= t0 && g.at <= t1).map((g) => g.ms)) });
    }
    clearInterval(timer);
    db.close();
    return { events, databaseMb, runs };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await measureBackupStall();
  console.log(`database ${r.databaseMb.toFixed(1)} MB`);
  r.runs.forEach((b, i) => console.log(`backup ${i + 1}: ${b.totalMs.toFixed(0)} ms in all; longest stall of the thread ${b.stallMs.toFixed(1)} ms`));
  process.exit(0);
}
