// Ids a definition gives itself are the ids everywhere: links, commands, views, results, exports.
// Nothing may assume j1, j2, … or p1, p2, … in list order.
import { afterEach, describe, expect, it } from 'vitest';
import type { HostView, JudgeView, PublicView } from '../../shared/protocol/index.ts';
import { api, connect, HOST_TOKEN, startServer, tokenOf, type TestClient } from '../support/server.ts';
import type { Created } from './fixtures.ts';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
});

const definition = {
  title: '自定义编号',
  criteria: [
    { id: 'effect', name: '工作成效', max: 60 },
    { id: 'show', name: '汇报表现', max: 40 },
  ],
  judges: [{ id: 'wang', name: '王评委' }, { id: 'j1', name: '李评委' }, { id: 'zhao', name: '赵评委' }],
  presenters: [{ id: 'anju', unit: '安居村' }, { id: 'p9', unit: '岔河乡' }],
  rules: { aggregation: { method: 'mean' } },
};

describe('ids given by the definition', () => {
  it('carry a contest from the links to the exports, with seats by list position', async () => {
    const server = await startServer();
    cleanup.push(() => server.close());
    const created = (await api<Created>(server.url, 'POST', '/api/contests', definition)).body;
    expect(created.judges.map((j) => j.id)).toEqual(['wang', 'j1', 'zhao']);
    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
    const screen = await connect(server.url, { role: 'screen', token: tokenOf(created.screenUrl) });
    const judges: TestClient[] = [];
    for (const j of created.judges) judges.push(await connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) }));
    cleanup.push(() => [host, screen, ...judges].forEach((c) => c.close()));
    expect(judges.map((j) => (j.view as JudgeView).me.id)).toEqual(['wang', 'j1', 'zhao']);

    for (const type of ['contest:start', 'presenter:next', 'scoring:open'] as const) expect(await host.send(type, {})).toMatchObject({ ok: true });
    const marks = [[50, 30], [40, 35], [60, 40]];
    for (const [i, j] of judges.entries()) expect(await j.send('score:submit', { presenterId: 'anju', values: marks[i]! })).toMatchObject({ ok: true });
    // Another judge's id is refused, whatever it looks like.
    expect(await judges[0]!.send('score:submit', { presenterId: 'anju', judgeId: 'j1', values: [1, 1] })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await host.send('scoring:reveal', {})).toMatchObject({ ok: true });

    const revealed = await screen.waitFor<PublicView>((v) => v.revealed.length === 1);
    expect(revealed.revealed[0]!.marks.map((m) => [m.seat, m.total])).toEqual([[1, 80], [2, 75], [3, 100]]);
    expect(revealed.revealed[0]!.final).toBe(85);
    expect(revealed.criteria.map((c) => c.id)).toEqual(['effect', 'show']);
    const hv = await host.waitFor<HostView>((v) => v.results.presenters.length === 1);
    expect(Object.keys(hv.presenters.find((p) => p.id === 'anju')!.marks).sort()).toEqual(['j1', 'wang', 'zhao']);

    const results = (await api<{ presenters: { presenterId: string; unit: string; final: number | null }[] }>(server.url, 'GET', `/api/contests/${created.id}/results`)).body;
    expect(results.presenters.map((p) => [p.presenterId, p.unit, p.final])).toEqual([['anju', '安居村', 85], ['p9', '岔河乡', null]]);
    const csv = await fetch(`${server.url}/api/contests/${created.id}/results.csv`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } }).then((r) => r.text());
    expect(csv).toContain('anju,安居村');
    expect(csv).toMatch(/wang,王评委,.*50,30,80/);
    expect(csv).toMatch(/zhao,赵评委,.*60,40,100/);
  });

  it('refuses duplicate and reserved ids with a message naming the field', async () => {
    const server = await startServer();
    cleanup.push(() => server.close());
    const dup = await api<{ error: { issues: string[] } }>(server.url, 'POST', '/api/contests', {
      ...definition,
      judges: [{ id: 'a', name: '甲' }, { id: 'a', name: '乙' }],
    });
    expect(dup.status).toBe(400);
    expect(dup.body.error.issues).toContain('judges: 评委编号重复: a (duplicate judge id)');
    const reserved = await api<{ error: { issues: string[] } }>(server.url, 'POST', '/api/contests', {
      ...definition,
      presenters: [{ id: 'constructor', unit: '甲' }],
    });
    expect(reserved.status).toBe(400);
    expect(reserved.body.error.issues.join()).toMatch(/presenters\[0\]\.id/);
  });
});
