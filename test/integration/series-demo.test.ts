// The demo series (`npm run demo:series`, server/demo/series-demo.ts) against the real server: two
// months run to the end by judges on real sockets, points entered, March ready to run; the
// standing and the 红黑榜 are what its figures give by docs/series.md, and the logs name each
// judge's marks as that judge's and every step as the host's.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_SERIES_NAME, seedSeriesDemo } from '../../server/demo/series-demo.ts';
import { api, HOST_TOKEN, startServer } from '../support/server.ts';

type Standings = {
  period: { lines: { unitId: string; score: number | null; rank: number | null }[] };
  boards: { red: { unitId: string }[]; black: { unitId: string; consecutive: boolean }[] };
  units: Record<string, string>;
};

const server = await startServer();
afterAll(() => server.close());

describe('the demo series', () => {
  let id = '';

  it('holds two finished months with points, and March ready to run', async () => {
    id = await seedSeriesDemo(server.url, HOST_TOKEN);
    const detail = (await api<{ definition: { name: string }; contests: { contestId: string; periodId: string; status: string }[] }>(server.url, 'GET', `/api/series/${id}`)).body;
    expect(detail.definition.name).toBe(DEMO_SERIES_NAME);
    expect(detail.contests.map((c) => [c.periodId, c.status])).toEqual([
      ['m1', 'finished'],
      ['m2', 'finished'],
      ['m3', 'setup'],
    ]);
    // February: the contest's mean of three judges (a point under, on, over) plus the points.
    const s = (await api<Standings>(server.url, 'GET', `/api/series/${id}/standings?tier=t1&period=m2`)).body;
    const score = Object.fromEntries(s.period.lines.map((l) => [s.units[l.unitId], l.score]));
    expect(score).toEqual({ 双江街道: 89, 小街街道: 93, 化念镇: 82, 塔甸镇: 87.5, 岔河乡: 73, 富良棚乡: 75 });
    expect(s.boards.red.map((l) => s.units[l.unitId])).toEqual(['小街街道', '双江街道']);
    // 岔河乡 and 富良棚乡 were at the foot in January too.
    expect(s.boards.black.map((l) => [s.units[l.unitId], l.consecutive])).toEqual([
      ['岔河乡', true],
      ['富良棚乡', true],
    ]);
    const events = (await api<{ type: string; actor: string }[]>(server.url, 'GET', `/api/contests/${detail.contests[0]!.contestId}/events`)).body;
    expect(new Set(events.filter((e) => e.type === 'MarksSubmitted').map((e) => e.actor))).toEqual(new Set(['judge:j1', 'judge:j2', 'judge:j3']));
    expect(events.filter((e) => e.type !== 'MarksSubmitted' && e.type !== 'ContestCreated').every((e) => e.actor === 'host')).toBe(true);
  });

  it('is made by `npm run demo:series` against a running server', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const out = await new Promise<string>((resolve, reject) =>
      execFile('npm', ['run', '--silent', 'demo:series'], { cwd: root, env: { ...process.env, LEITAI_URL: server.url, LEITAI_HOST_TOKEN: HOST_TOKEN } }, (err, stdout, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve(stdout))),
    );
    expect(out).toContain(`已创建演示系列`);
    const all = (await api<{ name: string }[]>(server.url, 'GET', '/api/series')).body;
    expect(all.filter((s) => s.name === DEMO_SERIES_NAME)).toHaveLength(2);
  }, 60_000);
});
