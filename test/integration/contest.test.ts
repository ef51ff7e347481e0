// A whole contest over the real server with real socket.io clients: host, seven judges, screen.
import { afterEach, describe, expect, it } from 'vitest';
import type { HostView, JudgeView, PublicView, View } from '../../shared/protocol/index.ts';
import { api, connect, startServer, tokenOf, HOST_TOKEN, type TestClient } from '../support/server.ts';
import { definition, type Created } from './fixtures.ts';

let cleanup: (() => Promise<void> | void)[] = [];
const freshView = (c: TestClient) => new Promise<View>((resolve) => c.socket.emit('view:get', resolve));
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
});

async function setup() {
  const server = await startServer();
  cleanup.push(() => server.close());
  const created = (await api<Created>(server.url, 'POST', '/api/contests', definition)).body;
  const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
  const judges: TestClient[] = [];
  for (const j of created.judges) judges.push(await connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) }));
  const screen = await connect(server.url, { role: 'screen', token: tokenOf(created.screenUrl) });
  cleanup.push(() => [host, screen, ...judges].forEach((c) => c.close()));
  return { server, created, host, judges, screen };
}

/** Marks per judge for one presenter: [工作成效, 汇报表现]. */
const marksA = [
  [50, 35], // 85
  [55, 36], // 91  highest in 县级领导
  [45, 30], // 75  lowest in 县级领导
  [52, 34.5], // 86.5
  [48, 32], // 80
  [58, 38], // 96  highest in 群众代表
  [40, 30], // 70  lowest in 群众代表
];
// 县级领导 kept: 85, 86.5 → 85.75; 群众代表 kept: 80 → 80 (3 marks, drop 2 → 1 left)
// final = 0.6*85.75 + 0.4*80 = 51.45 + 32 = 83.45

async function runPresenter(host: TestClient, judges: TestClient[], marks: number[][]) {
  expect(await host.send('presenter:next', {})).toMatchObject({ ok: true });
  expect(await host.send('phase:qa', {})).toMatchObject({ ok: true });
  expect(await host.send('scoring:open', {})).toMatchObject({ ok: true });
  const hv = await host.waitFor<HostView>((v) => v.role === 'host' && v.current?.phase === 'scoring');
  const presenterId = hv.current!.presenterId;
  for (let i = 0; i < judges.length; i++) {
    const ack = await judges[i]!.send('score:submit', { presenterId, values: marks[i]! });
    expect(ack).toMatchObject({ ok: true });
  }
  return presenterId;
}

describe('a whole contest over the real protocol', () => {
  it('runs from setup to champion with each role seeing only what it may', async () => {
    const { server, created, host, judges, screen } = await setup();
    expect(created.judges).toHaveLength(7);
    expect(created.judges[0]!.joinUrl).toMatch(/^http:\/\/leitai\.test\/judge#[A-Za-z0-9_-]{32}$/);

    expect(await host.send('contest:start', {})).toMatchObject({ ok: true });
    expect(await host.send('order:draw', {})).toMatchObject({ ok: true });
    const drawn = await screen.waitFor<PublicView>((v) => v.role === 'screen' && v.orderMethod === 'drawn');
    expect(drawn.stage).toBe('order');
    expect([...drawn.order].sort()).toEqual(['p1', 'p2', 'p3']);

    // First presenter: the report runs, then Q&A, then scoring.
    expect(await host.send('presenter:next', {})).toMatchObject({ ok: true });
    const onStage = await screen.waitFor<PublicView>((v) => v.stage === 'presenter');
    expect(onStage.current?.presenterId).toBe(drawn.order[0]);
    expect(onStage.timer).toMatchObject({ kind: 'report', running: false, remainingMs: 300_000 });
    expect(await host.send('timer:start', {})).toMatchObject({ ok: true });
    const running = await screen.waitFor<PublicView>((v) => v.timer?.running === true);
    expect(running.timer!.endsAt! - Date.now()).toBeGreaterThan(295_000);
    expect(await host.send('timer:add', { seconds: 30 })).toMatchObject({ ok: true });
    expect(await host.send('timer:pause', {})).toMatchObject({ ok: true });
    const paused = await screen.waitFor<PublicView>((v) => v.timer?.running === false && v.timer.durationMs === 330_000);
    expect(paused.timer!.remainingMs).toBeGreaterThan(320_000);
    expect(await host.send('phase:qa', {})).toMatchObject({ ok: true });
    expect(await host.send('scoring:open', {})).toMatchObject({ ok: true });
    const first = drawn.order[0]!;

    // Judges see scoring open on their own pads; the screen shows progress and no values.
    await judges[0]!.waitFor<JudgeView>((v) => v.role === 'judge' && v.current?.scoringOpen === true);
    for (let i = 0; i < 6; i++) expect(await judges[i]!.send('score:submit', { presenterId: first, values: marksA[i]! })).toMatchObject({ ok: true });
    const progress = await screen.waitFor<PublicView>((v) => v.progress?.submitted === 6);
    expect(progress.progress).toEqual({ submitted: 6, expected: 7 });
    expect(progress.revealed).toEqual([]);
    expect(JSON.stringify(progress)).not.toContain('34.5');
    // A judge sees only their own marks.
    const j2 = await judges[1]!.waitFor<JudgeView>((v) => Boolean(v.myMarks[first]));
    expect(Object.keys(j2.myMarks)).toEqual([first]);
    expect(j2.myMarks[first]!.values).toEqual([55, 36]);
    expect(JSON.stringify(j2)).not.toContain('34.5');
    // The host sees everything, including who has not submitted yet.
    const hv = await host.waitFor<HostView>((v) => v.role === 'host' && Object.keys(v.presenters.find((p) => p.id === first)!.marks).length === 6);
    expect(hv.presenters.find((p) => p.id === first)!.marks.j4!.values).toEqual([52, 34.5]);

    // Reveal with a judge missing needs explicit confirmation.
    expect(await host.send('scoring:reveal', {})).toMatchObject({ ok: false, code: 'missing_scores' });
    expect(await judges[6]!.send('score:submit', { presenterId: first, values: marksA[6]! })).toMatchObject({ ok: true });
    expect(await host.send('scoring:reveal', {})).toMatchObject({ ok: true });
    const revealed = await screen.waitFor<PublicView>((v) => v.stage === 'reveal');
    const r = revealed.revealed.find((x) => x.presenterId === first)!;
    expect(r.final).toBe(83.45);
    expect(r.marks.filter((m) => m.dropped).map((m) => [m.seat, m.dropped])).toEqual([
      [2, 'highest'],
      [3, 'lowest'],
      [6, 'highest'],
      [7, 'lowest'],
    ]);
    expect(r.marks.every((m) => m.name === null)).toBe(true); // seats, not names, by default

    // Two more presenters; the second one equals the first on the final.
    const second = await runPresenter(host, judges, marksA);
    expect(await host.send('scoring:reveal', {})).toMatchObject({ ok: true });
    const third = await runPresenter(host, judges, marksA.map(([a, b]) => [a! - 5, b!]));
    expect(await host.send('scoring:reveal', {})).toMatchObject({ ok: true });
    expect(await host.send('presenter:next', {})).toMatchObject({ ok: false, code: 'wrong_state' });
    expect(await host.send('contest:finish', {})).toMatchObject({ ok: true });

    const final = await screen.waitFor<PublicView>((v) => v.stage === 'final');
    expect(final.champions.sort()).toEqual([first, second].sort()); // a shared first place
    expect(final.ranking.map((x) => x.rank)).toEqual([1, 1, 3]);
    expect(final.ranking[2]!.presenterId).toBe(third);

    const results = await api<any>(server.url, 'GET', `/api/contests/${created.id}/results`);
    expect(results.status).toBe(200);
    expect(results.body.sharedChampionship).toBe(true);
    const p = results.body.presenters.find((x: any) => x.presenterId === first);
    expect(p).toMatchObject({ final: 83.45, rank: 1, sharedRank: true, penalty: 0, overtimeSeconds: 0 });
    expect(p.judges).toHaveLength(7);
    expect(p.judges[1]).toMatchObject({ name: '评委二', values: [55, 36], total: 91, dropped: 'highest' });
    expect(p.criteria.map((c: any) => c.name)).toEqual(['工作成效', '汇报表现']);
    // 县级领导 kept j1, j4: 工作成效 51, 汇报表现 34.75; 群众代表 kept j5: 48, 32
    expect(p.criteria.map((c: any) => c.score)).toEqual([49.8, 33.65]);
    const t = results.body.presenters.find((x: any) => x.presenterId === third);
    expect(t.final).toBe(78.45); // every judge 5 lower on 工作成效
  });

  it('counts a resubmission after a dropped connection once, and refuses scoring as someone else or after lock', async () => {
    const { server, created, host, judges } = await setup();
    await host.send('contest:start', {});
    const pid = await runPresenter(host, judges.slice(0, 2), marksA);

    // Judge 3 submits, the connection dies before the ack is seen, the pad reconnects and
    // resends with the same command id.
    const commandId = 'retry-0000-1111-2222';
    (judges[2]!.socket.emit as (...a: unknown[]) => void)('score:submit', { commandId, presenterId: pid, values: [45, 30] });
    judges[2]!.socket.disconnect();
    const again = await connect(server.url, { role: 'judge', token: tokenOf(created.judges[2]!.joinUrl) });
    cleanup.push(() => again.close());
    const first = await again.send('score:submit', { commandId, presenterId: pid, values: [45, 30] });
    const second = await again.send('score:submit', { commandId, presenterId: pid, values: [45, 30] });
    expect(first.ok && second.ok).toBe(true);
    expect(second).toMatchObject({ duplicate: true });
    expect(second.ok && first.ok && second.rev === first.rev).toBe(true);
    // The same id with other content is refused, not applied.
    expect(await again.send('score:submit', { commandId, presenterId: pid, values: [10, 10] })).toMatchObject({ ok: false, code: 'duplicate_command_id' });

    const events = (await api<any[]>(server.url, 'GET', `/api/contests/${created.id}/events`)).body;
    expect(events.filter((e) => e.type === 'MarksSubmitted' && e.data.judgeId === 'j3')).toHaveLength(1);
    const hv = await host.waitFor<HostView>((v) => v.role === 'host' && Boolean(v.presenters.find((p) => p.id === pid)!.marks.j3));
    expect(hv.presenters.find((p) => p.id === pid)!.marks.j3).toMatchObject({ values: [45, 30], amended: 0 });

    // Scoring as another judge, on a presenter who is not on stage, and after lock.
    expect(await judges[3]!.send('score:submit', { presenterId: pid, judgeId: 'j1', values: [1, 1] })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await judges[3]!.send('score:submit', { presenterId: 'p3' === pid ? 'p2' : 'p3', values: [1, 1] })).toMatchObject({ ok: false, code: 'not_current' });
    expect(await host.send('scoring:lock', {})).toMatchObject({ ok: true });
    expect(await judges[3]!.send('score:submit', { presenterId: pid, values: [1, 1] })).toMatchObject({ ok: false, code: 'scoring_closed' });
    // An amendment while open counts as an amendment, not a second mark.
    expect(await host.send('scoring:open', {})).toMatchObject({ ok: true });
    expect(await judges[0]!.send('score:submit', { presenterId: pid, values: [49, 35] })).toMatchObject({ ok: true });
    const amended = await host.waitFor<HostView>((v) => v.role === 'host' && v.presenters.find((p) => p.id === pid)!.marks.j1?.amended === 1);
    expect(amended.presenters.find((p) => p.id === pid)!.marks.j1!.values).toEqual([49, 35]);
    expect(Object.keys(amended.presenters.find((p) => p.id === pid)!.marks).sort()).toEqual(['j1', 'j2', 'j3']);
  });

  it('answers garbage with typed errors and changes nothing', async () => {
    const { host, judges, screen } = await setup();
    await host.send('contest:start', {});
    const pid = await runPresenter(host, [], marksA);
    const before = (await host.waitFor<HostView>((v) => v.role === 'host' && v.current?.phase === 'scoring')).rev;
    const j = judges[0]!;
    const garbage: [string, unknown][] = [
      ['score:submit', null],
      ['score:submit', 'hello'],
      ['score:submit', { commandId: 'short', presenterId: pid, values: [1, 1] }],
      ['score:submit', { commandId: 'abcdefgh1', presenterId: pid, values: [1] }],
      ['score:submit', { commandId: 'abcdefgh2', presenterId: pid, values: [61, 1] }],
      ['score:submit', { commandId: 'abcdefgh3', presenterId: pid, values: [-1, 1] }],
      ['score:submit', { commandId: 'abcdefgh4', presenterId: pid, values: [7.3, 1] }],
      ['score:submit', { commandId: 'abcdefgh5', presenterId: pid, values: ['50', 1] }],
      ['score:submit', { commandId: 'abcdefgh6', presenterId: pid, values: [50, 1], extra: true }],
      ['score:submit', { commandId: 'abcdefgh7', presenterId: 'x'.repeat(10_000), values: [50, 1] }],
      ['score:submit', { commandId: 'abcdefgh8', presenterId: 'p99', values: [50, 1] }],
      ['score:submit', { commandId: 'abcdefgh9', presenterId: pid, values: [1e308 * 10, 1] }],
      ['timer:add', { commandId: 'abcdefgh10', seconds: 0 }],
      ['scoring:reveal', { commandId: 'abcdefgh11' }],
    ];
    for (const [event, payload] of garbage) {
      const ack = await j.raw(event, payload);
      expect(ack.ok, `${event} ${JSON.stringify(payload)?.slice(0, 80)}`).toBe(false);
      expect(['invalid', 'forbidden', 'not_found', 'not_current']).toContain((ack as { code: string }).code);
    }
    expect(await host.raw('timer:add', { commandId: 'abcdefgh12', seconds: 'ten' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await host.raw('order:set', { commandId: 'abcdefgh13', order: ['p1', 'p1', 'p2'] })).toMatchObject({ ok: false });
    // The screen can command nothing.
    expect(await screen.send('contest:finish', { force: true })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await screen.send('score:submit', { presenterId: pid, values: [1, 1] })).toMatchObject({ ok: false, code: 'forbidden' });
    const view = (await freshView(host)) as HostView;
    expect(view.rev).toBe(before);
    expect(view.presenters.find((p) => p.id === pid)!.marks).toEqual({});
  });

  it('restarts from the same file mid-contest with the identical state', async () => {
    const { server, created, host, judges } = await setup();
    await host.send('contest:start', {});
    await host.send('order:draw', {});
    const pid = await runPresenter(host, judges, marksA);
    await host.send('scoring:reveal', {});
    await host.send('presenter:next', {});
    await host.send('timer:start', {});
    const before = (await freshView(host)) as HostView;
    const resultsBefore = (await api(server.url, 'GET', `/api/contests/${created.id}/results`)).body;
    [host, ...judges].forEach((c) => c.close());
    await server.close();
    cleanup = [];

    const again = await startServer(server.dataDir);
    cleanup.push(() => again.close());
    const host2 = await connect(again.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
    cleanup.push(() => host2.close());
    const after = host2.view as HostView;
    const strip = (v: HostView) => ({ ...v, judges: v.judges.map((j) => ({ ...j, online: false, devices: 0 })) });
    expect(strip(after)).toEqual(strip(before));
    expect(after.presenters.find((p) => p.id === pid)!.phase).toBe('revealed');
    expect(after.timer?.running).toBe(true);
    expect((await api(again.url, 'GET', `/api/contests/${created.id}/results`)).body).toEqual(resultsBefore);
    // The old judge links still work after the restart.
    const j = await connect(again.url, { role: 'judge', token: tokenOf(created.judges[0]!.joinUrl) });
    cleanup.push(() => j.close());
    expect((j.view as JudgeView).myMarks[pid]!.values).toEqual(marksA[0]);
  });
});
