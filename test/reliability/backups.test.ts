// Backups: a copy of the database after every reveal and at the finish, the newest 30 kept,
// a failing backup never touches a command, and `npm run restore` puts one back.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listBackups, revisions } from '../../server/db/backup.ts';
import { integrityCheck } from '../../server/db/database.ts';
import type { Ack } from '../../shared/protocol/index.ts';
import { freePort } from '../support/child.ts';
import { api, startServer, tempDir, HOST_TOKEN } from '../support/server.ts';
import { definition, type Created } from '../integration/fixtures.ts';
import { compareWithReplay, hostViewOver, type LogRow } from './consistency.ts';

const root = path.resolve(import.meta.dirname, '../..');
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
  vi.restoreAllMocks();
});

async function serverWithContest(dataDir = tempDir(), def: object = definition) {
  const server = await startServer(dataDir);
  let open = true;
  cleanup.push(() => (open ? server.close() : undefined));
  const created = (await api<Created>(server.url, 'POST', '/api/contests', def)).body;
  const cmd = async (type: string, payload: object = {}) => {
    const res = await api<Ack>(server.url, 'POST', `/api/contests/${created.id}/commands`, { type, commandId: randomUUID(), ...payload });
    expect(res.body, `${type}`).toMatchObject({ ok: true });
    return res.body;
  };
  const rev = async () => (await api<{ rev: number }>(server.url, 'GET', `/api/contests/${created.id}`)).body.rev;
  /** Calls the next presenter and reveals them (with nobody's marks, which is allowed). */
  const turn = async () => {
    await cmd('presenter:next');
    await cmd('scoring:open');
    await cmd('scoring:reveal', { allowMissing: true });
  };
  const close = async () => {
    open = false;
    await server.close();
  };
  return { server, id: created.id, dir: path.join(dataDir, 'backups'), cmd, rev, turn, close, dataDir };
}

/** `npm run restore -- <file>`, as the docs tell the operator. */
function restoreCli(dataDir: string, port: number, file: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', 'restore', '--', file], { cwd: root, env: { ...process.env, DATA_DIR: dataDir, PORT: String(port) } }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code ?? 1) : 0, out: stdout + stderr }),
    );
  });
}

describe('backups', () => {
  it('copies the database after every reveal and at the finish, named by time, contest and revision', async () => {
    const c = await serverWithContest();
    await c.cmd('contest:start');
    const expected: number[] = [];
    for (let i = 0; i < 3; i++) {
      await c.turn();
      await c.server.forTests.backups.idle();
      expected.push(await c.rev());
      expect(listBackups(c.dir).map((b) => b.rev)).toEqual(expected);
    }
    await c.cmd('contest:finish');
    await c.server.forTests.backups.idle();
    expected.push(await c.rev());

    const backups = listBackups(c.dir);
    expect(backups.map((b) => b.rev)).toEqual(expected);
    for (const b of backups) {
      expect(b.name).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d{3}Z_${c.id}_rev${b.rev}\\.sqlite$`));
      // Each is a whole, sound database holding exactly the revision in its name.
      expect(integrityCheck(b.file)).toBe('ok');
      expect(revisions(b.file).get(c.id)).toBe(b.rev);
    }
    // Single files: nothing beside them (-wal, half-written copies).
    expect(fs.readdirSync(c.dir).sort()).toEqual(backups.map((b) => b.name));
  });

  it('keeps the newest 30', { timeout: 60_000 }, async () => {
    const many = { ...definition, judgeGroups: [], judges: [{ name: '评委一' }], presenters: Array.from({ length: 32 }, (_, i) => ({ unit: `第${i + 1}单位` })) };
    const c = await serverWithContest(tempDir(), many);
    await c.cmd('contest:start');
    const revs: number[] = [];
    for (let i = 0; i < 32; i++) {
      await c.turn();
      await c.server.forTests.backups.idle();
      revs.push(await c.rev());
    }
    await c.cmd('contest:finish');
    await c.server.forTests.backups.idle();
    revs.push(await c.rev());
    expect(revs).toHaveLength(33);
    expect(listBackups(c.dir).map((b) => b.rev)).toEqual(revs.slice(-30));
  });

  it('never breaks a command when a backup fails, and logs it', async () => {
    const dataDir = tempDir();
    // A file where the backups folder should be: every backup fails.
    fs.writeFileSync(path.join(dataDir, 'backups'), 'not a folder');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const c = await serverWithContest(dataDir);
    await c.cmd('contest:start');
    await c.turn();
    await c.server.forTests.backups.idle();
    expect(await c.rev()).toBe(5);
    expect(c.server.forTests.backups.stats).toMatchObject({ taken: 0, failed: 1 });
    expect(logged.mock.calls.flat().join(' ')).toMatch(/\[backup\] 备份失败/);

    // The show went on, and once the folder can be made the next reveal is backed up.
    fs.rmSync(path.join(dataDir, 'backups'));
    await c.turn();
    await c.server.forTests.backups.idle();
    expect(listBackups(c.dir).map((b) => b.rev)).toEqual([8]);
  });
});

describe('npm run restore', () => {
  it('puts a backup back: after a restart the contest is at the backup’s revision and equals a replay', { timeout: 60_000 }, async () => {
    const c = await serverWithContest();
    await c.cmd('contest:start');
    await c.turn();
    await c.server.forTests.backups.idle();
    const [backup] = listBackups(c.dir);
    await c.turn();
    await c.cmd('presenter:next');
    const revBefore = await c.rev();
    expect(revBefore).toBeGreaterThan(backup!.rev);
    await c.close();

    const port = await freePort();
    const restored = await restoreCli(c.dataDir, port, backup!.file);
    expect(restored.code, restored.out).toBe(0);
    expect(restored.out).toContain(`contest ${c.id}: revision ${backup!.rev}`);
    // The database that was in place is kept whole beside it, later revisions included.
    const aside = fs.readdirSync(c.dataDir).filter((n) => /^leitai\.sqlite\.before-restore-[\dTZ.-]+$/.test(n));
    expect(aside).toHaveLength(1);
    expect(integrityCheck(path.join(c.dataDir, aside[0]!))).toBe('ok');
    expect(revisions(path.join(c.dataDir, aside[0]!)).get(c.id)).toBe(revBefore);

    const again = await startServer(c.dataDir);
    cleanup.push(() => again.close());
    const rows = (await api<LogRow[]>(again.url, 'GET', `/api/contests/${c.id}/events`)).body;
    expect(rows).toHaveLength(backup!.rev);
    expect(compareWithReplay(await hostViewOver(again.url, HOST_TOKEN, c.id), rows)).toEqual([]);
    // And the show can go on from there.
    const next = await api<Ack>(again.url, 'POST', `/api/contests/${c.id}/commands`, { type: 'presenter:next', commandId: randomUUID() });
    expect(next.body).toMatchObject({ ok: true, rev: backup!.rev + 1 });
  });

  it('refuses while the server is running, and changes nothing', { timeout: 30_000 }, async () => {
    const c = await serverWithContest();
    await c.cmd('contest:start');
    await c.turn();
    await c.server.forTests.backups.idle();
    const [backup] = listBackups(c.dir);
    await c.cmd('presenter:next');
    const rev = await c.rev();

    const port = new URL(c.server.url).port;
    const refused = await restoreCli(c.dataDir, Number(port), backup!.file);
    expect(refused.code).not.toBe(0);
    expect(refused.out).toMatch(/仍在运行/);
    expect(fs.readdirSync(c.dataDir).some((n) => n.includes('before-restore'))).toBe(false);
    expect(await c.rev()).toBe(rev);
  });
});
