// Puts a database back in place of DATA_DIR/leitai.sqlite: a backup, a database moved aside by
// an earlier restore (to undo it), or a copy brought from elsewhere. Nothing is ever deleted.
//
// The order is what makes it safe: take the data directory's lock (no server may be running);
// refuse the live files themselves, under any name; read the source through SQLite (so what its
// -wal holds comes too) into a temporary copy in DATA_DIR; check that copy (integrity, Leitai's
// application id and schema, the same revisions as the source) — all before the live database is
// touched. Then the live database is folded into one file by SQLite (its -wal checkpointed into
// it), hard-linked aside, and the copy renamed over it: at every instant leitai.sqlite is either
// the old database or the new one, whole.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { DB_FILE, parseBackupName, revisionsIn } from './backup.ts';
import { identityProblem } from './identity.ts';
import { lockDataDir } from './lock.ts';

/** A refusal: nothing was changed. Said in Chinese, then in English. */
export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh}\n${en}`);
  }
}

const SUFFIXES = ['-wal', '-shm', '-journal'] as const;
/** `leitai.sqlite.before-restore-<time>`, as restores name the database they move aside. */
const MOVED_ASIDE = /^leitai\.sqlite\.before-restore-[\dTZ.-]+$/;
const TEMP = /^\.leitai\.sqlite\.restoring-[\dTZ.-]+$/;

export interface Restored {
  /** The source file as restored (symlinks resolved). */
  source: string;
  /** Where the database that was in place went, or null if there was none. */
  movedAside: string | null;
  /** Revision of every contest in the database now in place (read from it). */
  revisions: Map<string, number>;
}

/** Databases moved aside by earlier restores, oldest first: each can be restored to undo one. */
export function listMovedAside(dataDir: string): string[] {
  if (!fs.existsSync(dataDir)) return [];
  return fs.readdirSync(dataDir).filter((n) => MOVED_ASIDE.test(n)).sort().map((n) => path.join(dataDir, n));
}

export async function restoreDatabase(dataDir: string, file: string, now: Date): Promise<Restored> {
  const lock = lockDataDir(dataDir); // throws DataDirInUse while a server runs on this directory
  const dir = fs.realpathSync(dataDir);
  const stamp = now.toISOString().replace(/:/g, '-');
  const temp = path.join(dir, `.${DB_FILE}.restoring-${stamp}`);
  try {
    const source = checkSource(dir, file);
    // A copy left by a restore that was killed half-way is garbage: no other restore can be
    // writing one, since we hold the lock.
    for (const n of fs.readdirSync(dir)) if (TEMP.test(n.replace(/-(wal|shm|journal)$/, ''))) fs.rmSync(path.join(dir, n), { force: true });
    const revisions = await copyThroughSqlite(source, temp);
    const movedAside = putInPlace(dir, temp, stamp);
    return { source, movedAside, revisions };
  } finally {
    for (const s of ['', ...SUFFIXES]) fs.rmSync(temp + s, { force: true });
    lock.release();
  }
}

/**
 * The real path of `file` if it may be restored. Refused: the live database's own files, by any
 * path, symlink or hard link (a restore would move the source aside and then find nothing), and
 * anything else inside DATA_DIR but backups and moved-aside databases (the lock, half-written
 * copies, stray files): those are Leitai's working state, not something to restore.
 */
function checkSource(dir: string, file: string): string {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    throw new RestoreRefused(`找不到文件：${file}`, `File not found: ${file}`);
  }
  const stat = fs.statSync(real);
  if (!stat.isFile()) throw new RestoreRefused(`这不是一个文件：${file}`, `Not a file: ${file}`);
  const live = path.join(dir, DB_FILE);
  for (const own of [live, ...SUFFIXES.map((s) => live + s)]) {
    const st = fs.statSync(own, { throwIfNoEntry: false });
    if (own === real || (st && st.dev === stat.dev && st.ino === stat.ino))
      throw new RestoreRefused(
        `${file} 就是正在使用的数据库文件 ${path.basename(own)}，不能用它恢复自己。`,
        `${file} is the live database's own file ${path.basename(own)}: it cannot be restored over itself.`,
      );
  }
  const rel = path.relative(dir, real);
  const inside = rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
  if (inside) {
    const backups = fs.existsSync(path.join(dir, 'backups')) ? fs.realpathSync(path.join(dir, 'backups')) : path.join(dir, 'backups');
    const isBackup = path.dirname(real) === backups && parseBackupName(real) !== null;
    const isMovedAside = path.dirname(real) === dir && MOVED_ASIDE.test(path.basename(real));
    if (!isBackup && !isMovedAside)
      throw new RestoreRefused(
        `数据目录中只能恢复 backups/ 里的备份或此前移开的数据库 (leitai.sqlite.before-restore-…)，不能恢复 ${rel}。`,
        `Inside DATA_DIR only a backup in backups/ or a database moved aside by a restore (leitai.sqlite.before-restore-…) can be restored, not ${rel}.`,
      );
  }
  return real;
}

/**
 * Copies `source` into `temp` with SQLite's backup API on a read-only connection: the copy is the
 * database as SQLite sees it, -wal included, and the source is never written (only SQLite's index
 * of its -wal, the -shm, may be rebuilt). The copy is checked before anything is replaced.
 */
async function copyThroughSqlite(source: string, temp: string): Promise<Map<string, number>> {
  let expected: Map<string, number>;
  let appId: number;
  const src = new Database(source, { readonly: true, fileMustExist: true });
  try {
    try {
      const problem = identityProblem(src);
      if (problem) throw new RestoreRefused(problem.zh, problem.en);
      appId = src.pragma('application_id', { simple: true }) as number;
      expected = revisionsIn(src);
    } catch (e) {
      if (e instanceof RestoreRefused) throw e;
      throw new RestoreRefused(`该文件无法作为 SQLite 数据库读取 (${(e as Error).message})。`, `This file cannot be read as a SQLite database: ${(e as Error).message}.`);
    }
    if (expected.size === 0) throw new RestoreRefused('该文件中没有任何比赛。', 'There is no contest in this file.');
    await src.backup(temp);
  } finally {
    src.close();
  }

  const copy = new Database(temp, { fileMustExist: true });
  try {
    // One self-contained file: nothing beside it (-wal) that the rename below would leave behind.
    copy.pragma('journal_mode = DELETE');
    const check = (copy.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('\n');
    if (check !== 'ok') throw new RestoreRefused(`该文件已损坏 (integrity_check: ${check})。`, `The file is damaged: its integrity check says ${check}.`);
    const problem = identityProblem(copy);
    if (problem) throw new RestoreRefused(problem.zh, problem.en);
    if (copy.pragma('application_id', { simple: true }) !== appId) throw new Error('the copy lost its application id');
    const got = revisionsIn(copy);
    const same = got.size === expected.size && [...expected].every(([id, rev]) => got.get(id) === rev);
    if (!same) throw new Error(`the copy holds other revisions than its source (${[...got].join(' ')} vs ${[...expected].join(' ')})`);
    return got;
  } finally {
    copy.close();
    fsync(temp);
  }
}

/** Moves the live database aside and puts `temp` in its place; returns where the old one went. */
function putInPlace(dir: string, temp: string, stamp: string): string | null {
  const live = path.join(dir, DB_FILE);
  const present = ['', ...SUFFIXES].filter((s) => fs.existsSync(live + s));
  if (present.length === 0) {
    fs.renameSync(temp, live);
    fsync(dir);
    return null;
  }
  const aside = `${live}.before-restore-${stamp}`;
  if (['', ...SUFFIXES].some((s) => fs.existsSync(aside + s))) throw new Error(`${path.basename(aside)} already exists`);
  if (foldIntoOneFile(live)) {
    // The old database is one file now: a second name for it, then one atomic rename.
    linkOrCopy(live, aside);
    fsync(dir);
    try {
      fs.renameSync(temp, live);
    } catch (e) {
      fs.rmSync(aside, { force: true }); // the old database is still in place under its own name
      throw e;
    }
  } else {
    // SQLite cannot open the live file (damaged, or the disk refuses writes): move its files
    // aside as they are, the main file first by a second name so it is never missing, then its
    // journals, then the new database in. Only a crash between these renames could leave the
    // old main file in place without its -wal — and that database was unreadable anyway.
    linkOrCopy(live, aside);
    for (const s of SUFFIXES) if (fs.existsSync(live + s)) fs.renameSync(live + s, aside + s);
    fs.renameSync(temp, live);
  }
  fsync(dir);
  return aside;
}

/**
 * Checkpoints the live database's -wal into its main file and leaves WAL mode, so the database is
 * that one file (SQLite deletes -wal and -shm). False if SQLite cannot do it; a database another
 * program holds open is refused instead (moving it under that program would lose its writes).
 */
function foldIntoOneFile(live: string): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(live, { fileMustExist: true, timeout: 0 });
    db.pragma('wal_checkpoint(TRUNCATE)');
    const mode = db.pragma('journal_mode = DELETE', { simple: true });
    db.close();
    db = null;
    return mode === 'delete' && !SUFFIXES.some((s) => fs.existsSync(live + s));
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
      throw new RestoreRefused('当前数据库正被其他程序打开，请先关闭该程序。', 'The live database is open in another program: close that program first.');
    return false;
  } finally {
    db?.close();
  }
}

/** A hard link keeps the very same file under a second name; where links are not supported (FAT), a copy. */
function linkOrCopy(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch (e) {
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
    fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
    fsync(to);
  }
}

/** Flushes a file, or a directory's entries (renames), to the disk, so a power cut keeps them. */
function fsync(file: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a directory; NTFS journals renames itself. A missing file: nothing to keep.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
