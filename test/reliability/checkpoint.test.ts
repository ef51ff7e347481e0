// WAL checkpoints happen in a worker, never inside a commit (server/db/checkpoint.ts): a judge's
// commit no longer pays for copying the -wal back into the database file. The -wal still starts
// over after each checkpoint, everything committed stays, a failing worker hands checkpoints back
// to SQLite, and a server that stops leaves one file.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { Checkpointer } from '../../server/db/checkpoint.ts';
import { openDatabase, type Db } from '../../server/db/database.ts';
import { definition } from '../integration/fixtures.ts';
import { api, startServer, tempDir } from '../support/server.ts';

const PAGE = 4096;
let open: { db: Db; cp: Checkpointer }[] = [];

function scratch(everyMs = 60_000, resetFrames?: number) {
  const db = openDatabase(tempDir());
  db.exec('CREATE TABLE scratch (x BLOB)');
  const cp = new Checkpointer(db, everyMs, resetFrames);
  open.push({ db, cp });
  // One row of nearly a page per transaction, as a judge's submission is one small commit.
  const insert = db.prepare('INSERT INTO scratch (x) VALUES (?)');
  const write = (rows: number) => {
    for (let i = 0; i < rows; i++) insert.run(Buffer.alloc(PAGE - 200, i % 251));
  };
  const walBytes = () => fs.statSync(`${db.name}-wal`).size;
  return { db, cp, write, walBytes };
}

afterEach(async () => {
  for (const { db, cp } of open) {
    await cp.close();
    db.close();
  }
  open = [];
});

describe('WAL checkpoints', () => {
  it('are not made by the commits: the -wal passes SQLite’s 1,000 pages until the worker checkpoints, then starts over', async () => {
    const { db, cp, write, walBytes } = scratch();
    write(1200);
    // With SQLite's automatic checkpoint a commit would have folded the -wal at 1,000 pages.
    expect(walBytes()).toBeGreaterThan(1200 * PAGE);
    const first = await cp.checkpoint();
    expect(first).toMatchObject({ busy: 0 });
    expect(first!.checkpointed).toBe(first!.log);
    expect(first!.log).toBeGreaterThan(1200);
    write(3);
    // The next commit wrote from the start of the -wal again: only its frames are in it.
    const second = await cp.checkpoint();
    expect(second!.log).toBeLessThan(20);
    expect(db.prepare('SELECT count(*) FROM scratch').pluck().get()).toBe(1203);
  });

  it('run by themselves a moment after writes, and not while nothing is written', async () => {
    const { cp, write } = scratch(20);
    write(5);
    const until = Date.now() + 5000;
    while (cp.done === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    expect(cp.done).toBe(1);
    await new Promise((r) => setTimeout(r, 150));
    expect(cp.done).toBe(1);
    write(1);
    while (cp.done === 1 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    expect(cp.done).toBe(2);
  });

  it('keep the -wal bounded while commits never stop (a hall voting for minutes)', async () => {
    const { cp, write, walBytes } = scratch(10, 300);
    // 3,000 one-page commits, 20 at a time with the event loop turning in between, as a server's
    // would: the worker's checkpoints always end with new frames, so the -wal never starts over
    // by itself; past 300 frames the server's connection makes it.
    for (let i = 0; i < 150; i++) {
      write(20);
      await new Promise((r) => setTimeout(r, 1));
    }
    await cp.checkpoint();
    expect(cp.done).toBeGreaterThan(5);
    expect(walBytes()).toBeLessThan(1000 * PAGE);
  });

  it('go back into the commits when the worker cannot work, so the -wal never grows for ever', async () => {
    const { db, cp, write } = scratch();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    // The worker opens the file by its name: moved away, it cannot, while the server's own connection goes on.
    fs.renameSync(db.name, `${db.name}.moved`);
    expect(await cp.checkpoint()).toBeNull();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(await cp.checkpoint()).toBeNull();
    write(2);
    expect(db.prepare('SELECT count(*) FROM scratch').pluck().get()).toBe(2);
  });

  it('a server that stops leaves its database as one file, with every command in it', async () => {
    const dir = tempDir();
    const server = await startServer(dir);
    let created;
    try {
      created = await api<{ id: string }>(server.url, 'POST', '/api/contests', definition);
      expect(created.status).toBe(201);
      // Waits for one the timer may have started, then makes its own.
      expect(await server.forTests.checkpoints.checkpoint()).toMatchObject({ busy: 0 });
    } finally {
      await server.close();
    }
    // Closed, it starts no worker again (one would hold the file open after the server let it go).
    expect(await server.forTests.checkpoints.checkpoint()).toBeNull();
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('leitai.sqlite'))).toEqual(['leitai.sqlite']);
    const again = await startServer(dir);
    try {
      const got = await api<{ id: string }>(again.url, 'GET', `/api/contests/${created.body.id}`);
      expect(got.status).toBe(200);
    } finally {
      await again.close();
    }
  });
});
