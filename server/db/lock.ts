// The lock on DATA_DIR: one process at a time may use a data directory — the running server, or
// a restore. Without it a restore run with another PORT swapped the database under a running
// server, which went on acknowledging commands that were gone at its next start.
//
// Why SQLite's own locking on a dedicated file (DATA_DIR/leitai.lock), held in an exclusive
// write transaction, rather than a pid file: the lock belongs to the process in the kernel
// (POSIX fcntl locks on Unix, LockFileEx on Windows), so it goes when the process goes, however
// it dies — a kill -9 or a power cut cannot leave it stale, and a restart right after a crash
// finds it free. A pid file survives its process and must be guessed at (is that pid alive? is
// it still Leitai?). SQLite also makes two connections in the same process see each other's
// locks, which raw fcntl locks would not. A separate file, not the database itself, so that
// backups and read-only checks can still open the database while the server runs.
// Limit: on a network share whose locks do not work, neither does this (DATA_DIR is local).
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'leitai.lock';

/** Another process (or another server in this one) holds the data directory. */
export class DataDirInUse extends Error {
  constructor(readonly dataDir: string) {
    super(
      `数据目录 ${dataDir} 正在被另一个 Leitai 使用 (服务器正在运行，或正在恢复备份)。\n` +
        `  The data directory (DATA_DIR) ${dataDir} is in use by another Leitai process (a server is running, or a restore is under way).`,
    );
    this.name = 'DataDirInUse';
  }
}

export interface DataDirLock {
  readonly file: string;
  /** Lets the directory go. Closing the connection drops the lock; the file stays (it is empty). */
  release(): void;
}

/** Takes the lock on `dataDir` at once, or throws DataDirInUse: it never waits. */
export function lockDataDir(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const db = new Database(file, { timeout: 0 });
  try {
    // EXCLUSIVE locking mode keeps the lock for the connection's life; BEGIN EXCLUSIVE takes it
    // now. Nothing is ever written, so no journal appears beside the file.
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
  } catch (e) {
    db.close();
    const code = (e as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) throw new DataDirInUse(dataDir);
    throw new Error(`无法锁定数据目录 — cannot lock the data directory: ${file}: ${(e as Error).message}`);
  }
  let held = true;
  return {
    file,
    release() {
      if (!held) return;
      held = false;
      db.close();
    },
  };
}
