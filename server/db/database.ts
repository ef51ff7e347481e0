// Opens the one SQLite file: WAL with synchronous=FULL, so a committed transaction (and so an
// acknowledged command) survives a power cut or kill -9.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { APPLICATION_ID } from './identity.ts';
import { migrations } from './migrations.ts';

export type Db = Database.Database;

export function openDatabase(dataDir: string, file = 'leitai.sqlite'): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, file));
  // Never change (not even its journal mode), nor write Leitai's tables into another program's file.
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId !== 0 && appId !== APPLICATION_ID) {
    db.close();
    throw new Error(`${path.join(dataDir, file)} 不是 Leitai 数据库 — is not a Leitai database (application_id ${appId})`);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  // Databases made before the id existed (0.1, 0.2) are stamped at their first open by this version.
  if (appId === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
  return db;
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let v = current; v < migrations.length; v++) {
    db.transaction(() => {
      db.exec(migrations[v] as string);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

/** Runs `fn` in one transaction (nested calls become savepoints). */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn)();
}

/**
 * PRAGMA integrity_check on a database file, opened read-only on its own connection: 'ok', or
 * the problems SQLite found. For the crash tests and for checking a backup before restoring it.
 */
export function integrityCheck(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('\n');
  } finally {
    db.close();
  }
}

const unlimited = new WeakMap<Db, number>();

/**
 * Test hook for "the disk is full": lets the file grow by at most `pages` more pages (0: not at
 * all), so writes that need space fail with SQLITE_FULL as they would on a full disk; `null`
 * lifts the cap. Running as root, a read-only file would not stop writes, hence this.
 */
export function limitDatabaseGrowth(db: Db, pages: number | null): void {
  if (!unlimited.has(db)) unlimited.set(db, db.pragma('max_page_count', { simple: true }) as number);
  const used = db.pragma('page_count', { simple: true }) as number;
  db.pragma(`max_page_count = ${pages === null ? unlimited.get(db) : used + Math.max(0, Math.floor(pages))}`);
}

/** Test hook for "the disk went read-only": every write fails (SQLITE_READONLY) until switched back. */
export function refuseWrites(db: Db, refuse: boolean): void {
  db.pragma(`query_only = ${refuse ? 'ON' : 'OFF'}`);
}
