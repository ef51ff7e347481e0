// Restore that cannot lose data, and the lock on DATA_DIR (issue 12, items 1–3). Every case runs
// the real `npm run restore` against real files — a -wal left by kill -9, the live file by
// another name, foreign files, a server running on another port — and compares the live files'
// SHA-256 before and after each refusal. Figures and the rules: docs/reliability.md.
import Database from 'better-sqlite3';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups, revisions } from '../../server/db/backup.ts';
import { freePort, spawnServer } from '../support/child.ts';
import { HOST_TOKEN, startServer, tempDir } from '../support/server.ts';
import type { Leitai } from '../../server/app.ts';
import { ContestDefinition } from '../../shared/definition.ts';
import { definition } from '../integration/fixtures.ts';
import {
  command,
  contestWithBackup,
  expectRefused,
  settledFingerprint,
  fingerprint,
  killHard,
  movedAside,
  restoreCli,
  revOf,
  serverProcess,
  stopGently,
} from './support/restore-kit.ts';

/** 'LTAI' in ASCII: the application id Leitai stamps on its databases. */
const LEITAI_APP_ID = 0x4c544149;

const kids: ChildProcess[] = [];
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const k of kids.splice(0)) await killHard(k);
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
});

/** The server in this process, as the operator would find it after a restore. */
async function startedOn(dataDir: string): Promise<Leitai & { dataDir: string }> {
  const s = await startServer(dataDir);
  cleanup.push(() => s.close());
  return s;
}

const pragma = (file: string, name: string) => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma(name, { simple: true }) as number;
  } finally {
    db.close();
  }
};

const walSize = (file: string) => (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);

describe('npm run restore brings a database as SQLite sees it', () => {
  it('undoing a restore after a kill -9 brings back the acknowledged writes that were in the -wal', { timeout: 90_000 }, async () => {
    const s = await serverProcess(kids);
    const { id, backup, rev } = await contestWithBackup(s);
    await killHard(s.child);
    const live = path.join(s.dataDir, 'leitai.sqlite');
    expect(walSize(live), 'acknowledged writes wait in the -wal').toBeGreaterThan(0);

    const first = await restoreCli(s.dataDir, backup.file);
    expect(first.code, first.out).toBe(0);
    const [aside] = movedAside(s.dataDir).filter((n) => !/-(wal|shm)$/.test(n));
    expect(aside).toBeDefined();

    // The operator changes their mind: the database moved aside goes back in place.
    const undo = await restoreCli(s.dataDir, path.join(s.dataDir, aside!));
    expect(undo.code, undo.out).toBe(0);
    expect(undo.out).toContain(`contest ${id}: revision ${rev}`);
    const server = await startedOn(s.dataDir);
    expect(await revOf(server.url, id)).toBe(rev);
  });

  it('restores a database left with its -wal beside it (named as a moved-aside one) whole, and leaves the source as it was', { timeout: 90_000 }, async () => {
    const crashed = await serverProcess(kids);
    const { id, rev } = await contestWithBackup(crashed);
    await killHard(crashed.child);
    // Where Leitai 0.2 put the live files on a restore: main, -wal and -shm under one new name.
    const dataDir = tempDir();
    const aside = path.join(dataDir, 'leitai.sqlite.before-restore-2026-01-01T00-00-00.000Z');
    for (const suffix of ['', '-wal', '-shm']) fs.renameSync(path.join(crashed.dataDir, `leitai.sqlite${suffix}`), aside + suffix);
    expect(walSize(aside)).toBeGreaterThan(0);
    const sourceBytes = [fs.readFileSync(aside), fs.readFileSync(`${aside}-wal`)];

    const r = await restoreCli(dataDir, aside);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain(`contest ${id}: revision ${rev}`);
    // The source is read, never written (its -shm is only SQLite's index of the -wal).
    expect([fs.readFileSync(aside), fs.readFileSync(`${aside}-wal`)]).toEqual(sourceBytes);
    // What is in place is one self-contained file holding every write, stamped as Leitai's.
    const live = path.join(dataDir, 'leitai.sqlite');
    expect(walSize(live)).toBe(0);
    expect(revisions(live).get(id)).toBe(rev);
    expect(pragma(live, 'application_id')).toBe(LEITAI_APP_ID);
    const server = await startedOn(dataDir);
    expect(await revOf(server.url, id)).toBe(rev);
  });
});

describe('npm run restore refuses, and leaves the live files byte for byte', () => {
  it('the live database by another path, through symlinks, by a hard link, its -wal, and files in DATA_DIR that are not backups', { timeout: 120_000 }, async () => {
    const s = await serverProcess(kids);
    const { id, rev, backup } = await contestWithBackup(s);
    await killHard(s.child);
    const live = path.join(s.dataDir, 'leitai.sqlite');
    expect(walSize(live)).toBeGreaterThan(0);
    const before = fingerprint(s.dataDir);

    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-links-'));
    fs.symlinkSync(live, path.join(elsewhere, 'backup.sqlite'));
    fs.symlinkSync(s.dataDir, path.join(elsewhere, 'data'));
    fs.linkSync(live, path.join(elsewhere, 'hard.sqlite'));
    fs.copyFileSync(backup.file, path.join(s.dataDir, 'copy.sqlite'));
    const candidates = [
      path.join(s.dataDir, '..', path.basename(s.dataDir), 'leitai.sqlite'),
      path.relative(path.resolve(import.meta.dirname, '../..'), live),
      '../leitai.sqlite', // a bare name is looked up in DATA_DIR/backups
      path.join(elsewhere, 'backup.sqlite'),
      path.join(elsewhere, 'data', 'leitai.sqlite'),
      path.join(elsewhere, 'hard.sqlite'),
      `${live}-wal`,
      path.join(s.dataDir, 'copy.sqlite'),
    ];
    for (const file of candidates) {
      const r = await restoreCli(s.dataDir, file);
      expectRefused(r, s.dataDir, before);
    }
    const server = await startedOn(s.dataDir);
    expect(await revOf(server.url, id)).toBe(rev);
  });

  it('a foreign SQLite file, another program’s application id, a newer Leitai’s database and a file that is no database', { timeout: 90_000 }, async () => {
    const setup = await startedOn(tempDir());
    const dataDir = setup.dataDir;
    setup.contests.create(ContestDefinition.parse(definition));
    await setup.close();
    cleanup.pop();
    const before = fingerprint(dataDir);
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-foreign-'));

    // Another program's file with an `events` table that even has contest_id and seq.
    const foreign = path.join(elsewhere, 'foreign.sqlite');
    const f = new Database(foreign);
    f.exec("CREATE TABLE events (contest_id TEXT, seq INTEGER, payload BLOB); INSERT INTO events VALUES ('x', 3, 'hello');");
    f.close();
    // Leitai's own tables, but another program's application id; and one from a newer Leitai.
    const copyWith = (name: string, set: string) => {
      const file = path.join(elsewhere, name);
      fs.copyFileSync(path.join(dataDir, 'leitai.sqlite'), file);
      const db = new Database(file);
      db.pragma(set);
      db.close();
      return file;
    };
    const otherApp = copyWith('other-app.sqlite', 'application_id = 305419896');
    const newer = copyWith('newer.sqlite', 'user_version = 99');
    const text = path.join(elsewhere, 'notes.sqlite');
    fs.writeFileSync(text, '这不是数据库 not a database\n'.repeat(200));

    expectRefused(await restoreCli(dataDir, foreign), dataDir, before, /Leitai/);
    expectRefused(await restoreCli(dataDir, otherApp), dataDir, before, /application_id|application id/);
    expectRefused(await restoreCli(dataDir, newer), dataDir, before, /newer|更新/);
    expectRefused(await restoreCli(dataDir, text), dataDir, before);
  });
});

describe('application_id', () => {
  it('is set on Leitai databases (0x4C544149, "LTAI"), carried by backups, and a 0.1 database (id 0) is still restored', { timeout: 90_000 }, async () => {
    const s = await serverProcess(kids);
    const { backup } = await contestWithBackup(s);
    await stopGently(s.child);
    expect(pragma(path.join(s.dataDir, 'leitai.sqlite'), 'application_id')).toBe(LEITAI_APP_ID);
    expect(pragma(backup.file, 'application_id')).toBe(LEITAI_APP_ID);

    const legacy = path.join(import.meta.dirname, '../fixtures/legacy-0.1');
    const expected = JSON.parse(fs.readFileSync(path.join(legacy, 'expected.json'), 'utf8')) as { contestId: string; hostView: { rev: number } };
    const from = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-legacy-')), 'leitai-0.1.sqlite');
    fs.copyFileSync(path.join(legacy, 'leitai.sqlite'), from);
    expect(pragma(from, 'application_id')).toBe(0);
    const r = await restoreCli(s.dataDir, from);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain(`contest ${expected.contestId}: revision ${expected.hostView.rev}`);
    const server = await startedOn(s.dataDir);
    expect(await revOf(server.url, expected.contestId)).toBe(expected.hostView.rev);
    // Opened by this version, it is stamped as Leitai's.
    expect(pragma(path.join(s.dataDir, 'leitai.sqlite'), 'application_id')).toBe(LEITAI_APP_ID);
  });
});

describe('the lock on DATA_DIR', () => {
  it('makes a restore refuse while a server runs on the same DATA_DIR on another port; what it acks later survives', { timeout: 90_000 }, async () => {
    const s = await serverProcess(kids);
    const { id, backup, rev } = await contestWithBackup(s);
    const before = await settledFingerprint(s.dataDir);
    const otherPort = await freePort();
    expect(otherPort).not.toBe(s.port);
    const r = await restoreCli(s.dataDir, backup.file, otherPort);
    expectRefused(r, s.dataDir, before, /仍在运行[\s\S]*running/);

    // The server goes on, and what it acknowledges is there after the next start.
    const later = await command(s.base, id, 'scoring:reveal', { allowMissing: true });
    expect(later).toBeGreaterThan(rev);
    expect(await stopGently(s.child)).toBe(0);
    const again = await serverProcess(kids, s.dataDir);
    expect(await revOf(again.base, id)).toBe(later);
  });

  it('makes a second server on the same DATA_DIR refuse to start with a clear message, in its own process or another', { timeout: 90_000 }, async () => {
    const s = await serverProcess(kids);
    const { id, rev } = await contestWithBackup(s);
    const second = await spawnServer(s.dataDir, await freePort(), HOST_TOKEN).then(
      (c) => (kids.push(c), 'started'),
      (e: Error) => e.message,
    );
    expect(second).toMatch(/数据目录[\s\S]*DATA_DIR[\s\S]*in use/);
    await expect(startServer(s.dataDir)).rejects.toThrow(/in use/);
    // The first never noticed.
    expect(await command(s.base, id, 'scoring:reveal', { allowMissing: true })).toBe(rev + 1);
  });

  it('is released on a normal stop: a restart and a restore work right after, in a process or in this one', { timeout: 90_000 }, async () => {
    const s = await serverProcess(kids);
    const { id, backup } = await contestWithBackup(s);
    expect(await stopGently(s.child)).toBe(0);
    const again = await serverProcess(kids, s.dataDir);
    expect(await stopGently(again.child)).toBe(0);
    const r = await restoreCli(s.dataDir, backup.file);
    expect(r.code, r.out).toBe(0);
    const inProcess = await startServer(s.dataDir);
    await inProcess.close();
    const thenAgain = await startedOn(s.dataDir);
    expect(await revOf(thenAgain.url, id)).toBe(backup.rev);
  });

  it('is not left behind by kill -9: a restart and a restore work at once', { timeout: 90_000 }, async () => {
    const s = await serverProcess(kids);
    const { id, backup, rev } = await contestWithBackup(s);
    await killHard(s.child);
    const again = await serverProcess(kids, s.dataDir);
    expect(await revOf(again.base, id)).toBe(rev);
    await killHard(again.child);
    const r = await restoreCli(s.dataDir, backup.file);
    expect(r.code, r.out).toBe(0);
    expect(listBackups(path.join(s.dataDir, 'backups')).length).toBeGreaterThan(0);
  });
});
