// A stored event that cannot be read stops the start with a message naming the contest and the
// row (docs/reliability.md, "A log that cannot be read"), and changes nothing on disk. Written
// by a real server, then damaged through SQLite as a disk or a hand edit would.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STATE_FORMAT } from '../../shared/domain/state-schema.ts';
import type { HostView } from '../../shared/protocol/index.ts';
import { withDatabase } from '../support/raw-log.ts';
import { api, connect, HOST_TOKEN, startServer, tempDir } from '../support/server.ts';
import { definition, type Created } from './fixtures.ts';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
  vi.restoreAllMocks();
});

/** Two contests on a real server: `a` run up to Q&A of its first presenter, `b` only started. */
async function twoContests() {
  const dir = tempDir();
  const server = await startServer(dir);
  const make = async () => (await api<Created>(server.url, 'POST', '/api/contests', definition)).body.id;
  const [a, b] = [await make(), await make()];
  const run = (id: string, type: string) => api(server.url, 'POST', `/api/contests/${id}/commands`, { type, commandId: randomUUID() });
  for (const type of ['contest:start', 'presenter:next', 'phase:qa']) expect((await run(a, type)).status).toBe(200);
  expect((await run(b, 'contest:start')).status).toBe(200);
  await server.close();
  return { dir, a, b };
}

const seqOf = (dir: string, id: string, type: string) =>
  withDatabase(dir, (db) => db.prepare('SELECT seq FROM events WHERE contest_id = ? AND type = ?').pluck().get(id, type) as number);
const dump = (dir: string) => withDatabase(dir, (db) => db.prepare('SELECT contest_id, seq, type, data FROM events ORDER BY contest_id, seq').all());
const setRow = (dir: string, id: string, seq: number, type: string, data: string) =>
  withDatabase(dir, (db) => db.prepare('UPDATE events SET type = ?, data = ? WHERE contest_id = ? AND seq = ?').run(type, data, id, seq));

async function refusedStart(dir: string): Promise<string> {
  const start = startServer(dir);
  await expect(start).rejects.toThrow();
  return ((await start.catch((e: unknown) => e)) as Error).message;
}

describe('a stored event that cannot be read', () => {
  const qaRow = (dir: string, id: string) => {
    const seq = seqOf(dir, id, 'QaStarted');
    const text = withDatabase(dir, (db) => db.prepare('SELECT data FROM events WHERE contest_id = ? AND seq = ?').pluck().get(id, seq) as string);
    return { seq, event: JSON.parse(text) as Record<string, unknown> };
  };

  it.each([
    ['bad JSON', (e: Record<string, unknown>) => ['QaStarted', JSON.stringify(e).slice(0, 40)], /event \d+ \(QaStarted\) is not valid JSON: /],
    ['an unknown type', (e: Record<string, unknown>) => ['ScoresFlipped', JSON.stringify({ ...e, type: 'ScoresFlipped' })], /event \d+ \(ScoresFlipped\) is not a valid event: unknown event type "ScoresFlipped"/],
    [
      'a field of the wrong type',
      (e: Record<string, unknown>) => ['QaStarted', JSON.stringify({ ...e, timer: { ...(e.timer as object), kind: 'lunch' } })],
      /event \d+ \(QaStarted\) is not a valid event: timer\.kind: Invalid option/,
    ],
    ['a type column that disagrees with the event', (e: Record<string, unknown>) => ['ScoringOpened', JSON.stringify(e)], /event \d+ \(ScoringOpened\) holds a QaStarted event/],
  ])('%s: the start is refused, naming the contest and the row; nothing on disk changes', async (_what, damage, problem) => {
    const { dir, a, b } = await twoContests();
    const { seq, event } = qaRow(dir, a);
    const [type, data] = damage(event) as [string, string];
    setRow(dir, a, seq, type, data);
    const before = dump(dir);

    const message = await refusedStart(dir);
    expect(message).toMatch(new RegExp(`^Leitai cannot start: the stored log of 1 contest cannot be read`));
    expect(message).toContain(`\n  contest ${a}: event ${seq} (${type}) `);
    expect(message).toMatch(problem);
    expect(message).not.toContain(b);
    expect(dump(dir)).toEqual(before);
  });

  it('every contest with a bad row is named, each with its first bad row', async () => {
    const { dir, a, b } = await twoContests();
    const started = seqOf(dir, b, 'ContestStarted');
    setRow(dir, b, started, 'ContestStarted', JSON.stringify({ type: 'ContestStarted', at: 'yesterday' }));
    // A hole in a's log: the event after the first is gone.
    withDatabase(dir, (db) => db.prepare('DELETE FROM events WHERE contest_id = ? AND seq = 2').run(a));

    const message = await refusedStart(dir);
    expect(message).toContain('the stored log of 2 contests cannot be read');
    expect(message).toContain(`contest ${a}: event 2 is missing (the log goes on at event 3)`);
    expect(message).toContain(`contest ${b}: event ${started} (ContestStarted) is not a valid event: at: Invalid input: expected number, received string`);
  });

  it('a row before a snapshot that went bad later: the contest runs from its snapshot and the check reports the row', async () => {
    const { dir, a } = await twoContests();
    const server = await startServer(dir);
    server.contests.snapshotAll();
    const state = server.contests.get(a)!.state;
    await server.close();
    const formats = withDatabase(dir, (db) => db.prepare('SELECT format FROM snapshots WHERE contest_id = ?').pluck().get(a));
    expect(formats).toBe(`state-${STATE_FORMAT}`);
    const seq = seqOf(dir, a, 'ContestStarted');
    setRow(dir, a, seq, 'ContestStarted', '{"type":"ContestStarted"');

    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const again = await startServer(dir);
    cleanup.push(() => again.close());
    await again.contests.verified;
    expect(errors.mock.calls.map((c) => String(c[0]))).toContainEqual(expect.stringContaining(`contest ${a}: event ${seq} (ContestStarted) is not valid JSON`));
    const host = await connect(again.url, { role: 'host', token: HOST_TOKEN, contestId: a });
    cleanup.push(() => host.close());
    expect((host.view as HostView).rev).toBe(state.rev);
    expect(again.contests.get(a)!.state).toEqual(state);
  });
});
