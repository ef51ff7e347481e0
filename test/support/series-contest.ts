// A contest (of a series, or of none), created over the HTTP API and run to its reveals by its judges on real
// sockets: each presenter gets `totals[i]` from every judge on one criterion of 100.
import { expect } from 'vitest';
import { api, connect, tokenOf, HOST_TOKEN, type TestClient } from './server.ts';

export interface SeriesContest {
  id: string;
  screenUrl: string;
  judges: { joinUrl: string }[];
}

export async function runSeriesContest(
  url: string,
  series: { seriesId: string; tierId: string; periodId: string } | null,
  units: (string | { unit: string; speaker: string })[],
  totals: number[],
  opts: { title?: string; finish?: boolean; /** More of the definition: date, tier… */ more?: Record<string, unknown> } = {},
): Promise<{ created: SeriesContest; host: TestClient }> {
  const made = await api<SeriesContest>(url, 'POST', '/api/contests', {
    title: opts.title ?? `${series?.periodId ?? ''} ${units.map((u) => (typeof u === 'string' ? u : u.unit)).join('')}`.trim(),
    criteria: [{ name: '综合', max: 100 }],
    judges: [{ name: '甲评委' }, { name: '乙评委' }],
    presenters: units.map((unit) => (typeof unit === 'string' ? { unit } : unit)),
    ...(series ? { series } : {}),
    ...opts.more,
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const host = await connect(url, { role: 'host', token: HOST_TOKEN, contestId: made.body.id });
  const judges = await Promise.all(made.body.judges.map((j) => connect(url, { role: 'judge', token: tokenOf(j.joinUrl) })));
  expect((await host.send('contest:start', {})).ok).toBe(true);
  for (const [i, total] of totals.entries()) {
    const presenterId = `p${i + 1}`;
    expect((await host.send('presenter:next', { presenterId })).ok).toBe(true);
    expect((await host.send('scoring:open', {})).ok).toBe(true);
    for (const j of judges) expect(await j.send('score:submit', { presenterId, values: [total] })).toMatchObject({ ok: true });
    expect(await host.send('scoring:reveal', {})).toMatchObject({ ok: true });
  }
  if (opts.finish) expect((await host.send('contest:finish', {})).ok).toBe(true);
  judges.forEach((j) => j.close());
  return { created: made.body, host };
}

/** A series of one tier and one month (t1, m1) whose 红榜 is the top 2; its id. */
export async function oneMonthSeries(url: string): Promise<string> {
  const made = await api<{ id: string }>(url, 'POST', '/api/series', {
    name: '2026年度村(社区)干部擂台赛',
    issuer: '中共峨山县委组织部',
    tiers: [{ name: '村(社区)干部' }],
    periods: [{ name: '2026年3月' }],
    boards: { red: { by: 'top', count: 2 }, black: { by: 'bottom', count: 1 } },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body.id;
}
