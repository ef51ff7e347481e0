// Rehearsal: the simulated judges are real protocol clients that score once scoring opens.
import { afterEach, describe, expect, it } from 'vitest';
import { simulateJudges } from '../../server/demo/simulated-judges.ts';
import type { HostView } from '../../shared/protocol/index.ts';
import { api, connect, startServer, tokenOf, HOST_TOKEN } from '../support/server.ts';
import type { Created } from './fixtures.ts';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
});

describe('demo contest with simulated judges', () => {
  it('creates eight townships and seven judges in two groups, and the judges score every presenter', async () => {
    const s = await startServer();
    cleanup.push(() => s.close());
    const demo = (await api<Created>(s.url, 'POST', '/api/demo')).body;
    expect(demo.judges).toHaveLength(7);
    const sims = simulateJudges(s.url, demo.judges.map((j) => tokenOf(j.joinUrl)), { minDelayMs: 10, maxDelayMs: 100 });
    const host = await connect(s.url, { role: 'host', token: HOST_TOKEN, contestId: demo.id });
    cleanup.push(() => sims.close(), () => host.close());
    expect((host.view as HostView).presenters).toHaveLength(8);
    expect(new Set((host.view as HostView).judges.map((j) => j.group))).toEqual(new Set(['县级领导', '群众代表']));

    await host.send('contest:start', {});
    for (let i = 0; i < 2; i++) {
      await host.send('presenter:next', {});
      await host.send('scoring:open', {});
      const v = await host.waitFor<HostView>((x) => x.role === 'host' && x.current !== null && Object.keys(x.presenters.find((p) => p.id === x.current!.presenterId)!.marks).length === 7);
      expect(await host.send('scoring:reveal', {})).toMatchObject({ ok: true });
      const marks = Object.values(v.presenters.find((p) => p.id === v.current!.presenterId)!.marks);
      for (const m of marks) expect(m.values.every((x, k) => x >= 0 && x <= [40, 20, 20, 20][k]! && (x * 2) % 1 === 0)).toBe(true);
    }
    const results = (await api<{ ranking: unknown[] }>(s.url, 'GET', `/api/contests/${demo.id}/results`)).body;
    expect(results.ranking).toHaveLength(2);
  });
});
