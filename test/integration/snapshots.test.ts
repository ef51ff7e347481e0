// Snapshots are a cache of a contest's state: one in another state format (as every earlier
// version wrote them), one whose text is not the one written (its SHA-256 differs), or one
// written without a hash that fails the state's schema is not used, the log is replayed, and
// the server says why when it is not the expected upgrade. bench smoke tests cover the rest
// (a start from snapshots, the log overruling a snapshot that disagrees with it).
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeLog } from '../../bench/contest-log.ts';
import { SNAPSHOT_FORMAT } from '../../server/db/snapshot-store.ts';
import type { ContestState } from '../../shared/domain/state.ts';
import type { HostView } from '../../shared/protocol/index.ts';
import { withDatabase } from '../support/raw-log.ts';
import { connect, HOST_TOKEN, startServer, tempDir } from '../support/server.ts';

let cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
  vi.restoreAllMocks();
});

/** A 700-event contest left mid-show, snapshotted by a first start; its state and a revealed presenter. */
async function snapshotted() {
  const dir = tempDir();
  cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  writeLog(dir, 700);
  const first = await startServer(dir);
  const [state] = first.contests.all() as [ContestState];
  first.contests.snapshotAll();
  await first.close();
  const revealed = Object.values(state.presenters).find((p) => p.phase === 'revealed')!;
  return { dir, state, revealed, logged: revealed.marks.j1!.values };
}

/**
 * Rewrites the stored snapshot: its format column and its state (given the state as stored).
 * `unhashed`: as a snapshot written before state hashes (migration 8), whose hash is NULL.
 */
function tamper(dir: string, id: string, format: string | null, edit: (state: Record<string, unknown>) => void, unhashed = false) {
  withDatabase(dir, (db) => {
    const text = db.prepare('SELECT state FROM snapshots WHERE contest_id = ?').pluck().get(id) as string;
    const state = JSON.parse(text) as Record<string, unknown>;
    edit(state);
    db.prepare('UPDATE snapshots SET state = ?, format = COALESCE(?, format) WHERE contest_id = ?').run(JSON.stringify(state), format, id);
    if (unhashed) db.prepare('UPDATE snapshots SET state_sha256 = NULL WHERE contest_id = ?').run(id);
  });
}
/** Marks of j1 for a revealed presenter set to zero: what a host would see if the snapshot were used. */
const zeroMarks = (presenterId: string) => (s: Record<string, unknown>) => {
  const marks = (s.presenters as Record<string, { marks: Record<string, { values: number[] }> }>)[presenterId]!.marks.j1!;
  marks.values = marks.values.map(() => 0);
};

async function restart(dir: string, id: string) {
  const said = { warn: vi.spyOn(console, 'warn').mockImplementation(() => {}), error: vi.spyOn(console, 'error').mockImplementation(() => {}) };
  const app = await startServer(dir);
  cleanup.push(() => app.close());
  const host = await connect(app.url, { role: 'host', token: HOST_TOKEN, contestId: id });
  cleanup.push(() => host.close());
  await app.contests.verified;
  const lines = (spy: typeof said.warn) => spy.mock.calls.map((c) => String(c[0]));
  return { app, host, warnings: lines(said.warn), errors: lines(said.error) };
}

const marksOf = (v: HostView, presenterId: string) => v.presenters.find((p) => p.id === presenterId)?.marks.j1?.values;

describe('a snapshot that may not be used', () => {
  it('in another state format (as the previous version wrote it): ignored without a word, the log replayed, a new snapshot written', async () => {
    const { dir, state, revealed, logged } = await snapshotted();
    tamper(dir, state.id, '4f1c2b9a0d8e7f6a5b4c3d2e1f0a9b8c', zeroMarks(revealed.id));

    const { app, host, warnings, errors } = await restart(dir, state.id);
    expect(marksOf(host.view as HostView, revealed.id)).toEqual(logged);
    expect(app.contests.get(state.id)!.state).toEqual(state);
    // Had it been used, the background check would have found it wrong and said so.
    expect(errors.filter((l) => l.includes('snapshot'))).toEqual([]);
    expect(warnings.filter((l) => l.includes('snapshot'))).toEqual([]);
    // A long log replayed gets a new snapshot a moment after start, in this version's format.
    await expect.poll(() => withDatabase(dir, (db) => db.prepare('SELECT format FROM snapshots WHERE contest_id = ?').pluck().get(state.id)), { timeout: 5000 }).toBe(SNAPSHOT_FORMAT);
  });

  it('its text changed since it was written: ignored with a warning, the log replayed', async () => {
    const { dir, state, revealed, logged } = await snapshotted();
    tamper(dir, state.id, null, zeroMarks(revealed.id));

    const { app, host, warnings, errors } = await restart(dir, state.id);
    expect(warnings).toContainEqual(expect.stringContaining(`contest ${state.id}: snapshot at event ${state.rev} not used (its text is not the one written); replaying the log`));
    expect(marksOf(host.view as HostView, revealed.id)).toEqual(logged);
    expect(app.contests.get(state.id)!.state).toEqual(state);
    expect(errors.filter((l) => l.includes('snapshot'))).toEqual([]);
  });

  it('written without a hash (before migration 8) and failing the state schema: ignored with a warning naming the field, the log replayed', async () => {
    const { dir, state, revealed, logged } = await snapshotted();
    tamper(dir, state.id, null, (s) => {
      zeroMarks(revealed.id)(s);
      s.screenMuted = 'no';
    }, true);

    const { app, host, warnings, errors } = await restart(dir, state.id);
    expect(warnings).toContainEqual(expect.stringContaining(`contest ${state.id}: snapshot at event ${state.rev} not used (not a valid state: screenMuted: Invalid input: expected boolean, received string); replaying the log`));
    expect(marksOf(host.view as HostView, revealed.id)).toEqual(logged);
    expect(app.contests.get(state.id)!.state).toEqual(state);
    expect(errors.filter((l) => l.includes('snapshot'))).toEqual([]);
  });
});
