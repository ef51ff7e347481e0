// A judge's phone that was offline while the host revealed anyway (仍然亮分) sends its score when
// it is back: refused (a revealed score never changes behind the room's back), and shown to the
// host beside the judge's 未评分 with its values, until the host enters them (补录).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostView } from '../../shared/protocol/index.ts';
import { api, connect, startServer, tokenOf, HOST_TOKEN, type TestClient } from '../support/server.ts';

type Created = { id: string; judges: { joinUrl: string }[] };
let server: Awaited<ReturnType<typeof startServer>>;
let host: TestClient;
let judges: TestClient[];
const late = (v: HostView) => v.lateMarks.map((m) => [m.judgeId, m.presenterId, m.values]);

beforeAll(async () => {
  server = await startServer();
  const created = (
    await api<Created>(server.url, 'POST', '/api/contests', {
      title: '书记擂台赛',
      criteria: [{ name: '工作成效', max: 60 }, { name: '汇报表现', max: 40 }],
      judges: [{ name: '甲' }, { name: '乙' }, { name: '丙' }],
      presenters: [{ unit: '甲乡' }, { unit: '乙乡' }, { unit: '丙乡' }],
    })
  ).body;
  host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
  judges = await Promise.all(created.judges.map((j) => connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) })));
  for (const [type, payload] of [['contest:start', {}], ['presenter:next', { presenterId: 'p1' }], ['scoring:open', {}]] as const)
    expect(await host.send(type, payload as never)).toMatchObject({ ok: true });
  for (const j of judges.slice(0, 2)) expect(await j.send('score:submit', { presenterId: 'p1', values: [50, 30] })).toMatchObject({ ok: true });
  expect(await host.send('scoring:reveal', { allowMissing: true })).toMatchObject({ ok: true });
});
afterAll(async () => {
  [host, ...judges].forEach((c) => c.close());
  await server.close();
});

describe('a score sent after the reveal', () => {
  it('is refused, counts nowhere, and is shown to the host with its values', async () => {
    const [, , third] = judges as [TestClient, TestClient, TestClient];
    expect(await third.send('score:submit', { presenterId: 'p1', values: [55, 35] })).toMatchObject({ ok: false, code: 'scoring_closed' });
    const seen = await host.waitFor<HostView>((v) => v.role === 'host' && v.lateMarks.length === 1);
    expect(late(seen)).toEqual([['j3', 'p1', [55, 35]]]);
    expect(seen.lateMarks[0]!.at).toBeGreaterThan(0);
    expect(seen.presenters.find((p) => p.id === 'p1')?.marks.j3).toBeUndefined();
  });

  it('is kept once per judge and unit, the latest, also once the next unit is on stage', async () => {
    expect(await host.send('presenter:next', { presenterId: 'p2' })).toMatchObject({ ok: true });
    expect(await judges[2]!.send('score:submit', { presenterId: 'p1', values: [56, 36] })).toMatchObject({ ok: false, code: 'not_current' });
    const seen = await host.waitFor<HostView>((v) => v.role === 'host' && v.lateMarks[0]?.values[0] === 56);
    expect(late(seen)).toEqual([['j3', 'p1', [56, 36]]]);
  });

  it('is not kept when early (a unit not yet scored), invalid, or from a judge who has marks', async () => {
    expect(await judges[2]!.send('score:submit', { presenterId: 'p3', values: [50, 30] })).toMatchObject({ ok: false, code: 'not_current' });
    expect(await judges[0]!.send('score:submit', { presenterId: 'p1', values: [59, 39] })).toMatchObject({ ok: false });
    expect(await judges[1]!.send('score:submit', { presenterId: 'p1', values: [99, 30] })).toMatchObject({ ok: false });
    // A host command makes a fresh host view: still only the one late score.
    expect(await host.send('timer:start', {})).toMatchObject({ ok: true });
    const after = await host.waitFor<HostView>((v) => v.role === 'host' && v.timer?.running === true);
    expect(late(after)).toEqual([['j3', 'p1', [56, 36]]]);
  });

  it('is gone once the host enters the judge’s marks (补录), which then count', async () => {
    expect(await host.send('score:correct', { presenterId: 'p1', judgeId: 'j3', values: [56, 36], reason: '评委手机离线，亮分后送达' })).toMatchObject({ ok: true });
    const after = await host.waitFor<HostView>((v) => v.role === 'host' && v.presenters.find((p) => p.id === 'p1')?.marks.j3 !== undefined);
    expect(after.lateMarks).toEqual([]);
    expect(after.presenters.find((p) => p.id === 'p1')?.marks.j3?.values).toEqual([56, 36]);
  });
});
