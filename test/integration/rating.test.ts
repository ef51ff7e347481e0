// A 评比 over the real server with real socket.io clients: five judges score six units, each in
// an order of their own, one submission resent over a dropped connection; the host reveals one
// unit, then all, and finishes; /results ranks exactly as an independent recomputation.
import { afterEach, describe, expect, it } from 'vitest';
import type { HostView, JudgeView, PublicView } from '../../shared/protocol/index.ts';
import { api, connect, startServer, tokenOf, HOST_TOKEN, type TestClient } from '../support/server.ts';
import type { Created } from './fixtures.ts';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
});

const UNITS = ['岔河乡', '安居村', '化念镇', '双江街道', '小街街道', '甸中镇'];
const definition = {
  kind: 'rating',
  title: '2026年3月 村（社区）评比',
  criteria: [
    { name: '工作成效', max: 60 },
    { name: '群众满意', max: 40 },
  ],
  judges: ['评委一', '评委二', '评委三', '评委四', '评委五'].map((name) => ({ name })),
  presenters: UNITS.map((unit) => ({ unit })),
  rules: { scoreStep: 0.5, aggregation: { method: 'trimmed', dropHighest: 1, dropLowest: 1 } },
};
const JUDGES = ['j1', 'j2', 'j3', 'j4', 'j5'];
const IDS = UNITS.map((_, k) => `p${k + 1}`);

/** Judge i's marks for unit k: spread so that every unit's trimmed mean differs. */
const marks = (k: number, i: number): [number, number] => [20 + 6 * k + ((i * (k + 2)) % 7) * 1.5, 25 + ((i + k) % 4) * 2.5];

/** The trimmed mean of the five totals (drop the highest and the lowest), computed here. */
function expectedFinal(k: number): number {
  const totals = JUDGES.map((_, i) => marks(k, i)[0] + marks(k, i)[1]).sort((a, b) => a - b);
  const kept = totals.slice(1, -1);
  return Math.round((kept.reduce((a, b) => a + b, 0) / kept.length) * 100) / 100;
}

/** A judge's own order of the units: a seeded shuffle, so a failure can be replayed. */
function orderFor(seed: number): string[] {
  const ids = [...IDS];
  let x = seed;
  for (let i = ids.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const j = x % (i + 1);
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return ids;
}

describe('a 评比 over the real protocol', () => {
  it('five judges score six units in their own orders; reveal one, then all; the ranking is right', async () => {
    const server = await startServer();
    cleanup.push(() => server.close());
    const created = (await api<Created>(server.url, 'POST', '/api/contests', definition)).body;
    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
    const screen = await connect(server.url, { role: 'screen', token: tokenOf(created.screenUrl) });
    const judges: TestClient[] = [];
    for (const j of created.judges) judges.push(await connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) }));
    cleanup.push(() => [host, screen, ...judges].forEach((c) => c.close()));

    // A 评比 has no stage: calling a presenter is refused, in Chinese.
    expect(await host.send('contest:start', {})).toMatchObject({ ok: true });
    expect(await host.send('presenter:next', {})).toMatchObject({ ok: false, code: 'wrong_state', message: '评比没有汇报环节' });
    expect(await host.send('scoring:openAll', {})).toMatchObject({ ok: true });
    const ready = await judges[4]!.waitFor<JudgeView>((v) => v.role === 'judge' && v.rating?.units.every((u) => u.state === 'open') === true);
    expect(ready.contest.kind).toBe('rating');
    expect(ready.rating).toMatchObject({ scored: 0 });
    expect(ready.rating!.units.map((u) => u.presenterId)).toEqual(IDS);

    // Judge 1's first submission: the connection dies before the ack, the pad reconnects and
    // resends it with the same command id, twice.
    const first = orderFor(1)[0]!;
    const resent = { commandId: 'rating-retry-0001', presenterId: first, values: marks(IDS.indexOf(first), 0) };
    (judges[0]!.socket.emit as (...a: unknown[]) => void)('score:submit', resent);
    judges[0]!.socket.disconnect();
    const again = await connect(server.url, { role: 'judge', token: tokenOf(created.judges[0]!.joinUrl) });
    cleanup.push(() => again.close());
    judges[0] = again;
    const acks = [await again.send('score:submit', resent), await again.send('score:submit', resent)];
    expect(acks.every((a) => a.ok)).toBe(true);
    expect(acks[1]).toMatchObject({ duplicate: true });

    // Everyone scores every unit in an order of their own, all at the same time.
    await Promise.all(
      judges.map(async (judge, i) => {
        for (const id of orderFor(i + 1)) {
          if (i === 0 && id === first) continue;
          const ack = await judge.send('score:submit', { presenterId: id, values: marks(IDS.indexOf(id), i) });
          expect(ack, `${JUDGES[i]} on ${id}`).toMatchObject({ ok: true });
        }
      }),
    );
    const done = await judges[2]!.waitFor<JudgeView>((v) => v.role === 'judge' && v.rating?.scored === 6);
    expect(Object.keys(done.myMarks).sort()).toEqual([...IDS].sort());

    // The screen counts 5/5 everywhere and shows no value.
    const counted = await screen.waitFor<PublicView>((v) => v.rating?.units.every((u) => u.submitted === 5) === true);
    expect(counted.rating!.units.every((u) => u.expected === 5 && u.state === 'open')).toBe(true);
    expect(counted.revealed).toEqual([]);
    expect(counted.ranking).toEqual([]);

    // Reveal one, then all the rest.
    expect(await host.send('scoring:reveal', { presenterId: 'p4' })).toMatchObject({ ok: true });
    const one = await screen.waitFor<PublicView>((v) => v.rating?.revealed === 1);
    expect(one.revealed.map((r) => [r.presenterId, r.final])).toEqual([['p4', expectedFinal(3)]]);
    expect(await judges[1]!.send('score:submit', { presenterId: 'p4', values: [1, 1] })).toMatchObject({ ok: false, code: 'scoring_closed' });
    expect(await host.send('scoring:revealAll', {})).toMatchObject({ ok: true });
    await screen.waitFor<PublicView>((v) => v.rating?.revealed === 6);
    expect(await host.send('contest:finish', {})).toMatchObject({ ok: true });
    const final = await host.waitFor<HostView>((v) => v.role === 'host' && v.contest.status === 'finished');
    expect(final.contest.partial).toBe(false);

    // The resent submission counts once.
    const events = (await api<{ type: string; data: { judgeId?: string; presenterId?: string } }[]>(server.url, 'GET', `/api/contests/${created.id}/events`)).body;
    const submitted = events.filter((e) => e.type === 'MarksSubmitted');
    expect(submitted).toHaveLength(30);
    expect(submitted.filter((e) => e.data.judgeId === 'j1' && e.data.presenterId === first)).toHaveLength(1);

    // /results: every unit's final and rank as computed here.
    const finals = IDS.map((id, k) => ({ id, final: expectedFinal(k) }));
    expect(new Set(finals.map((f) => f.final)).size).toBe(6);
    const ranked = [...finals].sort((a, b) => b.final - a.final);
    const results = (await api<{ presenters: { presenterId: string; final: number; rank: number }[]; champions: unknown }>(server.url, 'GET', `/api/contests/${created.id}/results`)).body;
    for (const { id, final: f } of finals) {
      const line = results.presenters.find((p) => p.presenterId === id);
      expect(line, id).toMatchObject({ final: f, rank: ranked.findIndex((r) => r.id === id) + 1 });
    }
  });
});
