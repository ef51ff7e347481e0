// Finished contests at rest (server/contests.ts): a restart loads the contests still to run and
// leaves the finished ones whose snapshot ends their log on disk until first use, or until the
// background loads them a moment after start. Nothing a user sees may differ: the same states,
// the same list in the same order, join codes that still lead to them; and one whose stored data
// turns out unreadable is not served, and is named.
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeLog } from '../../bench/contest-log.ts';
import { Contests } from '../../server/contests.ts';
import { openDatabase } from '../../server/db/database.ts';
import { joinCode } from '../../server/join-code.ts';
import type { ContestState } from '../../shared/domain/state.ts';
import { withDatabase } from '../support/raw-log.ts';
import { api, startServer, tempDir } from '../support/server.ts';

let cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
  vi.restoreAllMocks();
});

/** Four contests (three finished, one left mid-show), every one snapshotted at its last event. */
function county(): { dir: string; states: ContestState[] } {
  const dir = tempDir();
  cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  writeLog(dir, 3000);
  const db = openDatabase(dir);
  const contests = new Contests(db);
  contests.snapshotAll();
  const states = contests.all();
  db.close();
  return { dir, states };
}

function load(dir: string): Contests {
  const db = openDatabase(dir);
  cleanup.push(() => db.close());
  return new Contests(db);
}

describe('finished contests at rest', () => {
  it('wait on disk at start, load on first use or in the background, and equal what was stored', async () => {
    const { dir, states } = county();
    const finished = states.filter((s) => s.status === 'finished');
    expect(finished.length).toBe(3);
    const contests = load(dir);
    expect(contests.loaded().map((s) => s.id)).toEqual(states.filter((s) => s.status !== 'finished').map((s) => s.id));
    expect(contests.ids()).toEqual(states.map((s) => s.id));
    // First use: loaded there and then.
    expect(contests.get(finished[1]!.id)!.state).toEqual(finished[1]);
    // The background loads the rest, and checks their snapshots against their logs.
    await contests.verified;
    expect(contests.loaded()).toHaveLength(states.length);
    expect(contests.all()).toEqual(states);
    expect(contests.unreadable.size).toBe(0);
  });

  it('is not what a finished contest is whose log goes on past its snapshot: that one loads at start', () => {
    const { dir, states } = county();
    const [first] = states.filter((s) => s.status === 'finished') as [ContestState];
    withDatabase(dir, (db) => db.prepare('UPDATE snapshots SET seq = seq - 1 WHERE contest_id = ?').run(first.id));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const contests = load(dir);
    expect(contests.loaded().map((s) => s.id)).toContain(first.id);
    expect(contests.get(first.id)!.state).toEqual(first);
  });

  it('keeps the list, its order and the join codes the same across a restart of the real server', async () => {
    const { dir, states } = county();
    const app = await startServer(dir);
    cleanup.push(() => app.close());
    const listed = (await api<{ id: string; status: string; title: string; rev: number }[]>(app.url, 'GET', '/api/contests')).body;
    expect(listed.map((c) => [c.id, c.status, c.rev])).toEqual(states.map((s) => [s.id, s.status, s.rev]));
    const finished = states.find((s) => s.status === 'finished')!;
    const res = await fetch(`${app.url}/j/${joinCode(finished.id)}`, { redirect: 'manual' });
    expect(res.headers.get('location')).toBe(`/watch#${finished.id}`);
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ ok: true, contests: states.length, unreadable: [] });
  });

  it('one found unreadable when it loads is not served, and is named in the log and in /healthz', async () => {
    const { dir, states } = county();
    const [bad, good] = states.filter((s) => s.status === 'finished') as [ContestState, ContestState];
    // Its snapshot no longer the text written (so the log is replayed) and a row of the log damaged.
    withDatabase(dir, (db) => {
      db.prepare("UPDATE snapshots SET state = replace(state, '\"rev\"', '\"rev\" ') WHERE contest_id = ?").run(bad.id);
      db.prepare("UPDATE events SET data = '{\"type\":' WHERE contest_id = ? AND seq = 5").run(bad.id);
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const app = await startServer(dir);
    cleanup.push(() => app.close());
    await app.contests.verified;
    expect(app.contests.get(bad.id)).toBeUndefined();
    expect(app.contests.get(good.id)!.state).toEqual(good);
    expect((await api(app.url, 'GET', `/api/contests/${bad.id}`)).status).toBe(404);
    expect(errors.mock.calls.map((c) => String(c[0])).find((l) => l.includes(bad.id))).toMatch(/event 5.*not served/);
    expect(await (await fetch(`${app.url}/healthz`)).json()).toMatchObject({ ok: true, unreadable: [bad.id] });
  });
});
