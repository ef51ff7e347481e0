// Issue 17, "Bursts": twenty judges press 提交 at the same moment over real sockets. The server
// groups what arrives in one turn of the event loop into one transaction (server/pipeline.ts):
// fewer commits than commands, every ack ok with its own rev, each judge's view at least as new
// as its ack when the ack arrives, and a command refused or repeated inside a batch answered alone.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ack, HostView, JudgeView, PublicView } from '../../shared/protocol/index.ts';
import { refuseWrites } from '../../server/db/database.ts';
import { MAX_BATCH } from '../../server/pipeline.ts';
import { api, connect, startServer, tokenOf, HOST_TOKEN, type TestClient } from '../support/server.ts';
import { definition, type Created } from './fixtures.ts';

const JUDGES = 20;
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
});

const emit = (c: TestClient, type: string, body: unknown) =>
  new Promise<{ ack: Ack; viewRev: number }>((resolve) =>
    (c.socket.emit as (...a: unknown[]) => void)(type, body, (ack: Ack) => resolve({ ack, viewRev: c.view?.rev ?? 0 })),
  );

async function setup() {
  const server = await startServer();
  cleanup.push(() => server.close());
  const judges = Array.from({ length: JUDGES }, (_, i) => ({ name: `评委${i + 1}`, group: i % 2 ? '群众代表' : '县级领导' }));
  const created = (await api<Created>(server.url, 'POST', '/api/contests', { ...definition, judges })).body;
  const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
  const screen = await connect(server.url, { role: 'screen', token: tokenOf(created.screenUrl) });
  const pads = await Promise.all(created.judges.map((j) => connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) })));
  cleanup.push(() => [host, screen, ...pads].forEach((c) => c.close()));
  for (const type of ['contest:start', 'presenter:next', 'phase:qa', 'scoring:open'] as const) expect(await host.send(type, {})).toMatchObject({ ok: true });
  const presenterId = (host.view as HostView).current!.presenterId;
  return { server, created, host, screen, pads, presenterId };
}

describe('a burst of submissions is group-committed', () => {
  it(`stores ${JUDGES} simultaneous submissions in fewer transactions, each acked after its view`, { timeout: 30_000 }, async () => {
    const { server, host, screen, pads, presenterId } = await setup();
    const before = server.contests.store.commits;
    const answers = await Promise.all(pads.map((p, i) => emit(p, 'score:submit', { commandId: randomUUID(), presenterId, values: [30 + i, 20] })));
    const commits = server.contests.store.commits - before;

    expect(answers.every((a) => a.ack.ok)).toBe(true);
    const revs = answers.map((a) => (a.ack as { rev: number }).rev);
    expect(new Set(revs).size).toBe(JUDGES);
    expect(commits).toBeGreaterThanOrEqual(1);
    expect(commits).toBeLessThan(JUDGES);
    // The documented order: on the sending connection the view with rev ≥ ack.rev came first.
    for (const a of answers) expect(a.viewRev).toBeGreaterThanOrEqual((a.ack as { rev: number }).rev);
    for (const [i, p] of pads.entries()) expect((p.view as JudgeView).myMarks[presenterId]?.values).toEqual([30 + i, 20]);

    // Every ack's rev is in the log, carried by that command's event.
    const last = Math.max(...revs);
    const hostView = await host.waitFor<HostView>((v) => v.rev >= last);
    expect(hostView.rev).toBe(last);
    const screenView = await screen.waitFor<PublicView>((v) => v.rev >= last);
    expect(screenView.rev).toBe(last);
    expect(Object.keys(hostView.presenters.find((p) => p.id === presenterId)!.marks)).toHaveLength(JUDGES);
    const bySeq = new Map(server.contests.store.events(hostView.contest.id).map((e) => [e.seq, e.type]));
    for (const r of revs) expect(bySeq.get(r)).toBe('MarksSubmitted');
    console.log(`\n${JUDGES} simultaneous submissions: ${commits} transaction(s)\n`);
  });

  it('answers a repeat, a reused id and a refusal inside one batch on their own', { timeout: 30_000 }, async () => {
    const { server, pads, presenterId } = await setup();
    const [a, b, c] = pads as [TestClient, TestClient, TestClient];
    const id = randomUUID();
    const before = server.contests.store.commits;
    const [first, repeat, reused, refused, other] = await Promise.all([
      emit(a, 'score:submit', { commandId: id, presenterId, values: [40, 30] }),
      emit(a, 'score:submit', { commandId: id, presenterId, values: [40, 30] }),
      emit(a, 'score:submit', { commandId: id, presenterId, values: [41, 30] }),
      emit(b, 'score:submit', { commandId: randomUUID(), presenterId, values: [999, 30] }),
      emit(c, 'score:submit', { commandId: randomUUID(), presenterId, values: [42, 30] }),
    ]);
    expect(first.ack).toMatchObject({ ok: true });
    expect(repeat.ack).toEqual({ ok: true, rev: (first.ack as { rev: number }).rev, duplicate: true });
    expect(reused.ack).toMatchObject({ ok: false, code: 'duplicate_command_id' });
    expect(refused.ack).toMatchObject({ ok: false });
    expect(other.ack).toMatchObject({ ok: true });
    // Over sockets the five usually share one turn; they may split, which the answers above allow.
    expect(server.contests.store.commits - before).toBeLessThanOrEqual(2);
    expect((a.view as JudgeView).myMarks[presenterId]?.values).toEqual([40, 30]);
  });

  it('dedupes against an earlier command of the same batch, decided on the state it left', { timeout: 30_000 }, async () => {
    const { server, created, host, presenterId } = await setup();
    const pipeline = server.contests.get(created.id)!;
    const judge = (i: number) => ({ role: 'judge' as const, judgeId: created.judges[i]!.id });
    const answers: Ack[] = [];
    const reply = (ack: Ack) => answers.push(ack);
    const id = randomUUID();
    const before = server.contests.store.commits;
    // Queued in one turn on purpose, so all four are one batch whatever the network does.
    pipeline.submit(judge(0), 'score:submit', { commandId: id, presenterId, values: [40, 30] }, reply);
    pipeline.submit(judge(0), 'score:submit', { commandId: id, presenterId, values: [40, 30] }, reply);
    pipeline.submit(judge(0), 'score:submit', { commandId: id, presenterId, values: [41, 30] }, reply);
    pipeline.submit(judge(1), 'score:submit', { commandId: randomUUID(), presenterId, values: [999, 30] }, reply);
    pipeline.submit(judge(2), 'score:submit', { commandId: randomUUID(), presenterId, values: [42, 30] }, reply);
    expect(answers).toHaveLength(0);
    await new Promise((r) => setImmediate(r));
    expect(answers).toHaveLength(5);
    const rev = (answers[0] as { rev: number }).rev;
    expect(answers[1]).toEqual({ ok: true, rev, duplicate: true });
    expect(answers[2]).toMatchObject({ ok: false, code: 'duplicate_command_id' });
    expect(answers[3]).toMatchObject({ ok: false });
    expect(answers[4]).toEqual({ ok: true, rev: rev + 1 });
    expect(server.contests.store.commits - before).toBe(1);
    // An HTTP write flushes what is queued first, so it sees the batch applied.
    pipeline.submit(judge(3), 'score:submit', { commandId: randomUUID(), presenterId, values: [43, 30] }, reply);
    const locked = pipeline.execute({ role: 'host' }, 'scoring:lock', { commandId: randomUUID() });
    expect(answers[5]).toEqual({ ok: true, rev: rev + 2 });
    expect(locked).toMatchObject({ ok: true });
    expect((locked as { rev: number }).rev).toBeGreaterThan(rev + 2);
    await host.waitFor((v) => v.rev === (locked as { rev: number }).rev);
  });

  it(`takes at most ${MAX_BATCH} commands per batch, the rest on the next turns, each answered once and in order`, { timeout: 30_000 }, async () => {
    const { server, created, presenterId } = await setup();
    const pipeline = server.contests.get(created.id)!;
    const judge = (i: number) => ({ role: 'judge' as const, judgeId: created.judges[i % JUDGES]!.id });
    const answers: { k: number; ack: Ack }[] = [];
    const before = server.contests.store.commits;
    const total = 2 * MAX_BATCH + 44;
    // A flood queued in one turn: every judge's submission, then each judge sending again and again.
    for (let k = 0; k < total; k++) pipeline.submit(judge(k), 'score:submit', { commandId: randomUUID(), presenterId, values: [30 + (k % 10), 20] }, (ack) => answers.push({ k, ack }));
    const turn = () => new Promise((r) => setImmediate(r));
    await turn();
    expect(answers).toHaveLength(MAX_BATCH);
    await turn();
    expect(answers).toHaveLength(2 * MAX_BATCH);
    await turn();
    expect(answers.map((a) => a.k)).toEqual(Array.from({ length: total }, (_, k) => k));
    expect(server.contests.store.commits - before).toBeLessThanOrEqual(3);
    // The first submission of each judge is stored, one rev after the other.
    const firsts = answers.slice(0, JUDGES).map((a) => a.ack);
    expect(firsts.every((a) => a.ok)).toBe(true);
    const revs = firsts.map((a) => (a as { rev: number }).rev);
    expect(revs).toEqual(revs.map((_, i) => revs[0]! + i));
  });

  it('refuses every command of a batch whose transaction fails, and applies none', { timeout: 30_000 }, async () => {
    const { server, created, presenterId } = await setup();
    const pipeline = server.contests.get(created.id)!;
    const rev = pipeline.state.rev;
    const answers: Ack[] = [];
    // A read-only disk (PRAGMA query_only), as in test/reliability/disk.test.ts.
    refuseWrites(server.forTests.db, true);
    for (let i = 0; i < 5; i++)
      pipeline.submit({ role: 'judge', judgeId: created.judges[i]!.id }, 'score:submit', { commandId: randomUUID(), presenterId, values: [40 + i, 30] }, (a) => answers.push(a));
    await new Promise((r) => setImmediate(r));
    refuseWrites(server.forTests.db, false);
    expect(answers).toHaveLength(5);
    for (const a of answers) expect(a).toMatchObject({ ok: false, code: 'storage_failed' });
    expect(pipeline.state.rev).toBe(rev);
    expect(server.contests.store.events(created.id).at(-1)!.seq).toBe(rev);
  });
});
