// How long the server's thread stalls while a backup is taken after a reveal (server/backups.ts):
// the copy and its integrity check run in a worker (server/db/backup-check.ts).
// The longest gap between two 1 ms timers during the backup, on the 100,000-event data directory.
//
//   npx tsx bench/backup-stall.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backupDatabase } from '../server/db/backup.ts';
import { openDatabase } from '../server/db/database.ts';
import { writeLog } from './contest-log.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-backup-stall-'));
try {
  writeLog(dir, 100_000);
  const db = openDatabase(dir);
  console.log(`database ${(fs.statSync(path.join(dir, 'leitai.sqlite')).size / 1e6).toFixed(1)} MB`);
  // One timer for the whole run: the longest gap between its ticks that overlaps each backup.
  const gaps: { at: number; ms: number }[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const t = performance.now();
    gaps.push({ at: last, ms: t - last });
    last = t;
  }, 1);
  for (let i = 0; i < 4; i++) {
    const t0 = performance.now();
    await backupDatabase(db, path.join(dir, 'backups'), 'bench', new Date(Date.now() + i * 1000));
    const t1 = performance.now();
    const longest = Math.max(0, ...gaps.filter((g) => g.at + g.ms >= t0 && g.at <= t1).map((g) => g.ms));
    console.log(`backup ${i + 1}: ${(t1 - t0).toFixed(0)} ms in all; longest stall of the thread ${longest.toFixed(1)} ms`);
  }
  clearInterval(timer);
  db.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
