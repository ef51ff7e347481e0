// Opens the one SQLite file: WAL with synchronous=FULL, so a committed transaction (and so an
// acknowledged command) survives a power cut or kill -9.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { migrations } from './migrations.ts';

export type Db = Database.Database;

export function openDatabase(dataDir: string, file = 'leitai.sqlite'): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, file));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
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
