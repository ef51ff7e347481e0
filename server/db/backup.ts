// Online backups of the one SQLite file (putting one back: restore.ts). SQLite's backup API
// copies a consistent snapshot while the server keeps writing, so a backup never stops the show;
// it copies the header too, so a backup carries the live database's application id.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { integrityCheck, type Db } from './database.ts';
import { checkRow } from './stored-data.ts';
import { WorkerCalls } from '../worker-calls.ts';

export const DB_FILE = 'leitai.sqlite';

/** `2026-11-21T08-30-00.123Z_<contestId>_rev123.sqlite`: sorts by time, says what it holds. */
const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(?:\.\d{3})?Z)_([A-Za-z0-9]+)_rev(\d+)\.sqlite$/;

export interface BackupFile {
  file: string;
  name: string;
  takenAt: string;
  contestId: string;
  rev: number;
}

export function parseBackupName(file: string): BackupFile | null {
  const name = path.basename(file);
  const m = NAME.exec(name);
  if (!m) return null;
  return { file, name, takenAt: m[1]!, contestId: m[2]!, rev: Number(m[3]) };
}

/** Backups in `dir`, oldest first (the names sort by time). Other files are ignored. */
export function listBackups(dir: string): BackupFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .sort()
    .flatMap((n) => parseBackupName(path.join(dir, n)) ?? []);
}

const Revisions = z.array(z.object({ id: z.string(), rev: z.int() }));

/** Revision (= last event seq) of every contest in a database file. */
export function revisions(file: string): Map<string, number> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return revisionsIn(db);
  } finally {
    db.close();
  }
}

/** The same, on an open connection. */
export function revisionsIn(db: Db): Map<string, number> {
  const rows = checkRow(Revisions, db.prepare('SELECT contest_id AS id, MAX(seq) AS rev FROM events GROUP BY contest_id').all(), null, `the revisions in ${path.basename(db.name)}`);
  return new Map(rows.map((r) => [r.id, r.rev]));
}

/**
 * Copies the live database into `dir` and names the copy after `contestId` and the revision it
 * really holds (read from the copy: commands may commit while the copy is being made). The copy
 * is written under a temporary name and renamed when complete and checked, so a file with a
 * backup's name is always a whole, sound database.
 */
export async function backupDatabase(db: Db, dir: string, contestId: string, now: Date): Promise<BackupFile> {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/:/g, '-');
  const partial = path.join(dir, `.${stamp}_${contestId}.partial`);
  try {
    const { check, rev } = await checker.call({ source: db.name, partial, contestId });
    if (check !== 'ok') throw new Error(`backup failed its integrity check: ${check}`);
    const file = path.join(dir, `${stamp}_${contestId}_rev${rev}.sqlite`);
    fs.renameSync(partial, file);
    return { file, name: path.basename(file), takenAt: stamp, contestId, rev };
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
}

export interface CopyJob {
  /** The live database file; the worker reads it through a connection of its own. */
  source: string;
  partial: string;
  contestId: string;
}

/**
 * Copies the live database (SQLite's backup API on a connection of its own, which reads one
 * consistent state while the server goes on writing), makes the copy one self-contained file (no
 * -wal beside it to lose when it is copied around), checks its integrity and reads the revision
 * it holds. Synchronous and as long as the file — for 32 MB, ~40 ms writing the copy to disk and
 * ~50 ms checking it — so the server runs it in a worker (backup-check.ts), never on the thread
 * that answers judges.
 */
export async function copyAndCheck({ source, partial, contestId }: CopyJob): Promise<{ check: string; rev: number }> {
  const live = new Database(source, { fileMustExist: true });
  try {
    // All pages in one step after the first: a step is one read transaction, so the copy cannot
    // be restarted by the server's commits meanwhile.
    await live.backup(partial, { progress: () => 1 << 30 });
  } finally {
    live.close();
  }
  const copy = new Database(partial);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const check = integrityCheck(partial);
  return { check, rev: check === 'ok' ? (revisions(partial).get(contestId) ?? 0) : 0 };
}

/**
 * copyAndCheck in a worker thread (worker-calls.ts), started on the first backup and kept. Backups
 * run one at a time (server/backups.ts), so one answer is awaited at a time.
 */
const checker = new WorkerCalls<CopyJob, { check: string; rev: number }>(import.meta.url, 'backup-check', z.strictObject({ check: z.string(), rev: z.int().min(0) }));

/** Deletes the oldest backups beyond the newest `keep`. Returns the names deleted. */
export function pruneBackups(dir: string, keep: number): string[] {
  const all = listBackups(dir);
  const old = all.slice(0, Math.max(0, all.length - keep));
  for (const b of old) fs.rmSync(b.file, { force: true });
  return old.map((b) => b.name);
}
