// Helpers for the restore and lock tests: the real `npm run restore`, real server processes on a
// data directory, and the live files' fingerprints (to prove a refusal left them byte for byte).
import { execFile, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { listBackups } from '../../../server/db/backup.ts';
import type { Ack } from '../../../shared/protocol/index.ts';
import { freePort, killHard, spawnServer } from '../../support/child.ts';
import { api, HOST_TOKEN, tempDir } from '../../support/server.ts';
import { definition, type Created } from '../../integration/fixtures.ts';

const root = path.resolve(import.meta.dirname, '../../..');
export const LIVE = ['leitai.sqlite', 'leitai.sqlite-wal', 'leitai.sqlite-shm'] as const;

/**
 * `npm run restore -- <file>`, as the docs tell the operator. PORT is always a free port, so the
 * old guard (asking /healthz on PORT) can never be what refuses: only the data directory counts.
 */
export async function restoreCli(dataDir: string, file: string, port?: number): Promise<{ code: number; out: string }> {
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port ?? (await freePort())) };
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', 'restore', '--', file], { cwd: root, env }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code ?? 1) : 0, out: stdout + stderr }),
    );
  });
}

/** SHA-256 of each live file (null when absent). */
export function fingerprint(dataDir: string): Record<string, string | null> {
  return Object.fromEntries(
    LIVE.map((n) => {
      const f = path.join(dataDir, n);
      return [n, fs.existsSync(f) ? createHash('sha256').update(fs.readFileSync(f)).digest('hex') : null];
    }),
  );
}

/**
 * The fingerprint of a running server's files once they are still: after writes, the server
 * checkpoints its -wal into the main file within a second (server/db/checkpoint.ts), which a
 * refused restore must not be blamed for.
 */
export async function settledFingerprint(dataDir: string): Promise<Record<string, string | null>> {
  let last = fingerprint(dataDir);
  for (let i = 0; i < 10; i++) {
    await new Promise((r) => setTimeout(r, 1500));
    const now = fingerprint(dataDir);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  throw new Error('the server kept changing its files for 15 s');
}

export const movedAside = (dataDir: string) => fs.readdirSync(dataDir).filter((n) => n.includes('before-restore'));

/** A refusal: non-zero exit, a Chinese message with its English after it, nothing moved. */
export function expectRefused(r: { code: number; out: string }, dataDir: string, before: Record<string, string | null>, why?: RegExp) {
  expect(r.code, r.out).not.toBe(0);
  expect(r.out).toMatch(/[\u4e00-\u9fff][\s\S]*[A-Za-z]{4,}/);
  if (why) expect(r.out).toMatch(why);
  expect(fingerprint(dataDir)).toEqual(before);
  expect(movedAside(dataDir)).toEqual([]);
}

export interface ServerProcess {
  child: ChildProcess;
  dataDir: string;
  port: number;
  base: string;
}

export async function serverProcess(kids: ChildProcess[], dataDir = tempDir()): Promise<ServerProcess> {
  const port = await freePort();
  const child = await spawnServer(dataDir, port, HOST_TOKEN);
  kids.push(child);
  return { child, dataDir, port, base: `http://127.0.0.1:${port}` };
}

export async function command(base: string, id: string, type: string, payload: object = {}): Promise<number> {
  const res = await api<Ack>(base, 'POST', `/api/contests/${id}/commands`, { type, commandId: randomUUID(), ...payload });
  expect(res.body, type).toMatchObject({ ok: true });
  return (res.body as { rev: number }).rev;
}

export async function revOf(base: string, id: string): Promise<number | null> {
  const res = await api<{ rev: number }>(base, 'GET', `/api/contests/${id}`);
  return res.status === 200 ? res.body.rev : null;
}

/**
 * A contest on a server process: started, one presenter revealed (so a backup is taken), then
 * more acknowledged commands after that backup. Returns the backup and the last acked revision.
 */
export async function contestWithBackup(s: ServerProcess) {
  const id = (await api<Created>(s.base, 'POST', '/api/contests', definition)).body.id;
  await command(s.base, id, 'contest:start');
  await command(s.base, id, 'presenter:next');
  await command(s.base, id, 'scoring:open');
  await command(s.base, id, 'scoring:reveal', { allowMissing: true });
  const dir = path.join(s.dataDir, 'backups');
  const deadline = Date.now() + 10_000;
  while (listBackups(dir).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const [backup] = listBackups(dir);
  expect(backup, 'a backup after the reveal').toBeDefined();
  await command(s.base, id, 'presenter:next');
  const rev = await command(s.base, id, 'scoring:open');
  expect(rev).toBeGreaterThan(backup!.rev);
  return { id, backup: backup!, rev };
}

/** Stops a server process the way Ctrl+C does, and waits for it to exit. */
export function stopGently(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

export { killHard };
