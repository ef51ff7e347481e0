// A series over the real server: contests created into it through the HTTP API (units matched by
// name across periods), run to their reveals by judges on sockets, a month of ledger rows pasted
// (a bad paste refused whole, a repeated paste entered once), a correction, then a kill -9 of the
// server and a restart — standings and boards equal a recomputation done here from docs/series.md.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, killHard, spawnServer } from '../support/child.ts';
import { api, connect, startServer, tempDir, tokenOf, HOST_TOKEN } from '../support/server.ts';

type Standings = {
  period: { lines: { unitId: string; score: number | null; rank: number | null; shared: boolean }[] };
  cumulative: { lines: { unitId: string; total: number | null; rank: number | null }[] };
  boards: { red: { unitId: string }[]; black: { unitId: string; consecutive: boolean }[]; absent: string[] };
  units: Record<string, string>;
};

const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');

const dir = tempDir();
let server: Awaited<ReturnType<typeof startServer>> | null = await startServer(dir);
afterAll(() => server?.close());

const seriesDef = {
  name: '2026年度三级干部擂台赛',
  issuer: '中共峨山县委组织部',
  tiers: [{ name: '科级干部' }, { name: '村(社区)干部' }],
  periods: [{ name: '2026年3月' }, { name: '2026年4月' }],
  headings: [{ name: '责任落实' }, { name: '问题化解' }],
  periodScore: { contest: 1, ledger: 1 },
  boards: { red: { by: 'top', count: 1 }, black: { by: 'bottom', count: 1 } },
};

/** Creates a contest in the series and runs it: each presenter's two judges give these totals (one criterion of 100). */
async function runContest(url: string, seriesId: string, tierId: string, periodId: string, units: string[], marks: [number, number][]) {
  const created = await api<{ id: string; judges: { joinUrl: string }[] }>(url, 'POST', '/api/contests', {
    title: `${periodId} ${tierId}`,
    criteria: [{ name: '综合', max: 100 }],
    judges: [{ name: '甲评委' }, { name: '乙评委' }],
    presenters: units.map((unit) => ({ unit })),
    series: { seriesId, tierId, periodId },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const { id } = created.body;
  const host = await connect(url, { role: 'host', token: HOST_TOKEN, contestId: id });
  const judges = await Promise.all(created.body.judges.map((j) => connect(url, { role: 'judge', token: tokenOf(j.joinUrl) })));
  expect((await host.send('contest:start', {})).ok).toBe(true);
  for (let i = 0; i < units.length; i++) {
    const presenterId = `p${i + 1}`;
    expect((await host.send('presenter:next', { presenterId })).ok).toBe(true);
    expect((await host.send('scoring:open', {})).ok).toBe(true);
    for (const [k, j] of judges.entries()) expect(await j.send('score:submit', { presenterId, values: [marks[i]![k]!] })).toMatchObject({ ok: true });
    expect(await host.send('scoring:reveal', {})).toMatchObject({ ok: true });
  }
  [host, ...judges].forEach((c) => c.close());
  return id;
}

describe('a series over the HTTP API and the protocol', () => {
  let seriesId = '';
  const paste = (rows: unknown[], commandId?: string) =>
    api<{ ok?: boolean; duplicate?: boolean; error?: { code: string; message: string; issues?: string[] } }>(server!.url, 'POST', `/api/series/${seriesId}/commands`, {
      type: 'ledger:add',
      periodId: 'm2',
      by: '李干事',
      rows,
      ...(commandId ? { commandId } : {}),
    });

  it('creates a series, links contests to it and matches units by name across periods', async () => {
    const made = await api<{ id: string; tiers: { id: string }[] }>(server!.url, 'POST', '/api/series', seriesDef);
    expect(made.status).toBe(201);
    seriesId = made.body.id;
    expect((await api(server!.url, 'POST', '/api/series', { ...seriesDef, tiers: [] })).status).toBe(400);

    // 科级: March 甲乡 85 乙乡 80 丙乡 75; April 甲乡 70 乙乡 90 and 丙乡 absent, 丁乡 new.
    await runContest(server!.url, seriesId, 't1', 'm1', ['甲乡', '乙乡', '丙乡'], [[84, 86], [80, 80], [75, 75]]);
    await runContest(server!.url, seriesId, 't1', 'm2', ['乙乡', '甲乡 ', '丁乡'], [[90, 90], [70, 70], [60, 62]]);
    // A contest naming a tier the series lacks is refused, and nothing is created.
    const before = (await api<unknown[]>(server!.url, 'GET', '/api/contests')).body.length;
    const refused = await api(server!.url, 'POST', '/api/contests', { title: 'x', criteria: [{ name: 'a', max: 10 }], judges: [{ name: 'j' }], presenters: [{ unit: 'u' }], series: { seriesId, tierId: 't9', periodId: 'm1' } });
    expect(refused.status).toBe(409);
    expect((await api<unknown[]>(server!.url, 'GET', '/api/contests')).body.length).toBe(before);

    const s = (await api<{ units: { id: string; name: string }[]; contests: { units: Record<string, string> }[] }>(server!.url, 'GET', `/api/series/${seriesId}`)).body;
    expect(s.units.map((u) => u.name)).toEqual(['甲乡', '乙乡', '丙乡', '丁乡']);
    expect(s.contests[1]!.units).toEqual({ p1: 'u2', p2: 'u1', p3: 'u4' });
  }, 60_000);

  it('enters a pasted month once, refuses a bad paste whole, and corrects by a new entry', async () => {
    const bad = await paste([{ date: '2026-04-03', unit: '甲乡', heading: '责任落实', points: 3, reason: '按期完成' }, { date: '2026-04-31', unit: '戊乡', heading: '责任落实', points: 1, reason: 'x' }]);
    expect(bad.status).toBe(400);
    expect(bad.body.error!.issues).toEqual([expect.stringContaining('第 2 行: 没有单位「戊乡」'), expect.stringContaining('第 2 行: 日期无效')]);

    const rows = [
      { date: '2026-04-03', unit: '甲乡', heading: '责任落实', points: 3, reason: '按期完成' },
      { date: '2026-04-12', unit: '乙乡', heading: '问题化解', points: -4, reason: '信访积案未化解' },
      { date: '2026-04-20', unit: '丁乡', heading: '责任落实', points: 2.5, reason: '经验被推广' },
    ];
    expect((await paste(rows, 'paste-2026-04-a')).body).toMatchObject({ ok: true });
    expect((await paste(rows, 'paste-2026-04-a')).body).toMatchObject({ ok: true, duplicate: true });
    const correction = await api(server!.url, 'POST', `/api/series/${seriesId}/commands`, { type: 'ledger:correct', corrects: 'e2', points: -2, reason: '复核后减为 2 分', by: '王主任' });
    expect(correction.body).toMatchObject({ ok: true });
    const log = (await api<{ type: string }[]>(server!.url, 'GET', `/api/series/${seriesId}/events`)).body;
    expect(log.filter((e) => e.type === 'LedgerEntered')).toHaveLength(1);
  });

  it('survives a kill -9 with every acknowledged entry, and its standings match a recomputation', async () => {
    await server!.close();
    server = null;
    const port = await freePort();
    const child = await spawnServer(dir, port, HOST_TOKEN);
    const url = `http://127.0.0.1:${port}`;
    const ack = await api(url, 'POST', `/api/series/${seriesId}/commands`, {
      type: 'ledger:add',
      periodId: 'm2',
      by: '李干事',
      rows: [{ date: '2026-04-25', unit: '甲乡', heading: '问题化解', points: -1, reason: '台账不全' }],
      commandId: 'paste-2026-04-b',
    });
    expect(ack.body).toMatchObject({ ok: true });
    await killHard(child);
    server = await startServer(dir);

    const got = (await api<Standings>(server.url, 'GET', `/api/series/${seriesId}/standings?tier=t1&period=m2`)).body;
    const name = (id: string) => got.units[id];
    // April, contest + ledger: 乙乡 90 − 2 = 88; 甲乡 70 + 3 − 1 = 72; 丁乡 61 + 2.5 = 63.5; 丙乡 absent.
    expect(got.period.lines.map((l) => [name(l.unitId), l.score, l.rank])).toEqual([
      ['乙乡', 88, 1],
      ['甲乡', 72, 2],
      ['丁乡', 63.5, 3],
      ['丙乡', null, null],
    ]);
    // Cumulative sum over March (甲 85, 乙 80, 丙 75) and April.
    expect(got.cumulative.lines.map((l) => [name(l.unitId), l.total, l.rank])).toEqual([
      ['乙乡', 168, 1],
      ['甲乡', 157, 2],
      ['丙乡', 75, 3],
      ['丁乡', 63.5, 4],
    ]);
    expect(got.boards.red.map((l) => name(l.unitId))).toEqual(['乙乡']);
    // March's black was 丙乡 (now absent): 丁乡 is black for the first time.
    expect(got.boards.black.map((l) => [name(l.unitId), l.consecutive])).toEqual([['丁乡', false]]);
    expect(got.boards.absent.map(name)).toEqual(['丙乡']);
    expect((await api(server.url, 'GET', `/api/series/${seriesId}/standings?tier=t1`)).status).toBe(400);
    expect((await api(server.url, 'GET', `/api/series/nope/standings?tier=t1&period=m1`)).status).toBe(404);
    expect((await api(server.url, 'GET', `/api/series`, undefined, 'wrong-token')).status).toBe(401);
  }, 60_000);

  it('prints the 红黑榜 poster, the series report with its log fingerprint, and the spreadsheet', async () => {
    const get = (url: string) => fetch(server!.url + url, { headers: { authorization: `Bearer ${HOST_TOKEN}` } });
    const poster = await get(`/api/series/${seriesId}/poster.pdf?tier=t1&period=m2&size=A3&date=2026-05-06`);
    expect([poster.status, poster.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const posterText = pdfText(Buffer.from(await poster.arrayBuffer()));
    for (const word of ['红榜', '黑榜', '乙乡', '丁乡', '2026年4月', '中共峨山县委组织部']) expect(posterText).toContain(word);
    expect((await get(`/api/series/${seriesId}/poster.pdf?tier=t1&period=m2&size=B5`)).status).toBe(400);
    expect((await get(`/api/series/${seriesId}/poster.pdf?tier=t7&period=m2`)).status).toBe(404);

    // The fingerprint printed on the report is the SHA-256 of the log as served, in the contests' canonical form.
    const log = (await api<{ seq: number; type: string; data: unknown; at: number; actor: string; commandId: string | null }[]>(server!.url, 'GET', `/api/series/${seriesId}/events`)).body;
    const canonical = log.map((e) => JSON.stringify([e.seq, e.type, e.data, e.at, e.actor, e.commandId])).join('\n');
    const sha = createHash('sha256').update(canonical, 'utf8').digest('hex');
    const report = await get(`/api/series/${seriesId}/report.pdf`);
    expect(report.status).toBe(200);
    const reportText = pdfText(Buffer.from(await report.arrayBuffer())).replace(/\s+/g, '');
    expect(reportText).toContain(sha.slice(0, 16));
    expect(reportText).toContain('信访积案未化解');

    const book = await get(`/api/series/${seriesId}/series.xlsx`);
    expect(book.status).toBe(200);
    expect(book.headers.get('content-disposition')).toContain('series.xlsx');
  }, 60_000);
});
