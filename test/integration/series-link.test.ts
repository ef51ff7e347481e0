// 所属系列 after the start (PUT /api/contests/:id/series): a county sets up its series after the
// March contest ran; linking that finished contest counts its finals in March at once, a bad body
// or an unknown place changes nothing, the projector's 红黑榜 holds the link, a published 公示 of
// the period learns of a contest counted in or taken out, and a restart replays the link.
import { afterAll, describe, expect, it } from 'vitest';
import { runSeriesContest } from '../support/series-contest.ts';
import { createHash } from 'node:crypto';
import { pdfPages, tmpPdf } from '../report/poppler.ts';
import { api, HOST_TOKEN, startServer, tempDir } from '../support/server.ts';

type Stored = { id: string; status: string; rev: number; definition: { series: { seriesId: string; tierId: string; periodId: string } | null } };
type Standings = { period: { lines: { unitId: string; score: number | null }[] }; units: Record<string, string> };
type Pending = { id: string; pending: { reason: string }[]; publications: { version: number; amendments: { reason: string }[]; tables: { columns: string[]; rows: string[][] }[] }[] };

const dir = tempDir();
let server = await startServer(dir);
afterAll(() => server.close());

const link = (contestId: string, body: unknown) => api<Stored & { error?: { code: string; message: string } }>(server.url, 'PUT', `/api/contests/${contestId}/series`, body);
const stored = async (contestId: string) => (await api<Stored>(server.url, 'GET', `/api/contests/${contestId}`)).body;
/** The March standing of tier t1 as unit name → period score. */
const march = async (seriesId: string) => {
  const s = (await api<Standings>(server.url, 'GET', `/api/series/${seriesId}/standings?tier=t1&period=m1`)).body;
  return Object.fromEntries(s.period.lines.map((l) => [s.units[l.unitId], l.score]));
};

describe('linking a contest to a series after it started', () => {
  let seriesId = '';
  let marchId = '';

  it('counts a finished contest that ran before its series existed', async () => {
    const { created, host } = await runSeriesContest(server.url, null, ['甲乡', '乙乡'], [85, 80], { title: '三月擂台赛', finish: true });
    host.close();
    marchId = created.id;
    const made = await api<{ id: string }>(server.url, 'POST', '/api/series', {
      name: '2026年度三级干部擂台赛',
      tiers: [{ name: '科级干部' }],
      periods: [{ name: '2026年3月' }, { name: '2026年4月' }],
      boards: { red: { by: 'top', count: 1 }, black: { by: 'bottom', count: 1 } },
    });
    seriesId = made.body.id;
    expect(await march(seriesId)).toEqual({});

    const out = await link(marchId, { series: { seriesId, tierId: 't1', periodId: 'm1' } });
    expect(out.status, JSON.stringify(out.body)).toBe(200);
    expect(out.body).toMatchObject({ id: marchId, status: 'finished', definition: { series: { seriesId, tierId: 't1', periodId: 'm1' } } });
    expect(await march(seriesId)).toEqual({ 甲乡: 85, 乙乡: 80 });
    // Both logs say so: the contest's event and the series' link.
    const events = (await api<{ type: string; data: unknown }[]>(server.url, 'GET', `/api/contests/${marchId}/events`)).body;
    expect(events.at(-1)).toMatchObject({ type: 'SeriesLinkChanged', data: { series: { seriesId, tierId: 't1', periodId: 'm1' } } });
    const seriesLog = (await api<{ type: string }[]>(server.url, 'GET', `/api/series/${seriesId}/events`)).body;
    expect(seriesLog.map((e) => e.type)).toEqual(['SeriesCreated', 'UnitAdded', 'UnitAdded', 'ContestLinked']);
    expect((await api<{ id: string; series: unknown }[]>(server.url, 'GET', '/api/contests')).body.find((c) => c.id === marchId)?.series).toEqual({ seriesId, tierId: 't1', periodId: 'm1' });

    // The report signed on the day and a 公示 published now vouch for the same record: the link
    // at the end of the log changes no result, so their fingerprint stops before it.
    const before = events.slice(0, -1) as { seq: number; type: string; data: unknown; at: number; actor: string; commandId: string | null }[];
    const sha = createHash('sha256').update(before.map((e) => JSON.stringify([e.seq, e.type, e.data, e.at, e.actor, e.commandId])).join('\n'), 'utf8').digest('hex');
    const terms = { start: '2026-04-01', end: '2026-04-08', issuer: '中共峨山县委组织部', contact: '' };
    const notice = await api<{ publications: { fingerprint: { sha256: string; count: number } }[] }>(server.url, 'POST', '/api/notices', { subject: { kind: 'contest', contestId: marchId }, terms });
    expect(notice.status).toBe(201);
    expect(notice.body.publications[0]!.fingerprint).toMatchObject({ sha256: sha, count: before.length });
    const report = await fetch(`${server.url}/api/contests/${marchId}/report.pdf`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } });
    expect(pdfPages(tmpPdf(Buffer.from(await report.arrayBuffer()))).join('')).toContain(`记录指纹 ${sha.slice(0, 16)}`);

    // The same link again writes nothing.
    const rev = out.body.rev;
    expect((await link(marchId, { series: { seriesId, tierId: 't1', periodId: 'm1' } })).body.rev).toBe(rev);
    expect((await api<unknown[]>(server.url, 'GET', `/api/series/${seriesId}/events`)).body).toHaveLength(seriesLog.length);
  }, 60_000); // a contest run by judges and a report PDF: seconds on a loaded box

  it('refuses a bad body or an unknown place with a clear error, and changes nothing', async () => {
    const before = await stored(marchId);
    const cases: [unknown, number, string][] = [
      [{}, 400, 'invalid'],
      [{ series: { seriesId } }, 400, 'invalid'],
      [{ series: { seriesId, tierId: 't1', periodId: 'm1', extra: 1 } }, 400, 'invalid'],
      [{ series: { seriesId: 'nope', tierId: 't1', periodId: 'm1' } }, 409, 'wrong_state'],
      [{ series: { seriesId, tierId: 't9', periodId: 'm1' } }, 409, 'wrong_state'],
      [{ series: { seriesId, tierId: 't1', periodId: 'm9' } }, 409, 'wrong_state'],
    ];
    for (const [body, status, code] of cases) {
      const out = await link(marchId, body);
      expect(out.status, JSON.stringify(body)).toBe(status);
      expect(out.body.error?.code).toBe(code);
      expect(out.body.error?.message).toBeTruthy();
    }
    expect((await link('unknown1', { series: null })).status).toBe(404);
    expect(await stored(marchId)).toEqual(before);
    expect(await march(seriesId)).toEqual({ 甲乡: 85, 乙乡: 80 });
  });

  it('is refused while the projector shows the contest’s 红黑榜', async () => {
    const { created, host } = await runSeriesContest(server.url, null, ['丙乡'], [70], { title: '四月擂台赛' });
    expect((await link(created.id, { series: { seriesId, tierId: 't1', periodId: 'm2' } })).status).toBe(200);
    expect((await host.send('screen:show', { stage: 'boards' })).ok).toBe(true);
    const refused = await link(created.id, { series: null });
    expect(refused.status).toBe(409);
    expect(refused.body.error?.message).toContain('红黑榜');
    expect((await stored(created.id)).definition.series).toMatchObject({ periodId: 'm2' });
    expect((await host.send('screen:show', { stage: 'auto' })).ok).toBe(true);
    expect((await link(created.id, { series: null })).status).toBe(200);
    expect((await api<{ contests: { contestId: string }[] }>(server.url, 'GET', `/api/series/${seriesId}`)).body.contests.map((c) => c.contestId)).toEqual([marchId]);
    host.close();
  });

  it('makes a published 公示 of the period out of date when a contest is counted in or taken out', async () => {
    const terms = { start: '2026-04-01', end: '2026-04-08', issuer: '中共峨山县委组织部', contact: '' };
    const published = await api<{ id: string }>(server.url, 'POST', '/api/notices', { subject: { kind: 'series', seriesId, tierId: 't1', periodId: 'm1' }, terms });
    expect(published.status).toBe(201);
    const listed = async () => (await api<Pending[]>(server.url, 'GET', `/api/notices?series=${seriesId}`)).body[0]!;
    expect((await listed()).pending).toEqual([]);

    // A second March contest, run outside the series and counted in afterwards.
    const { created, host } = await runSeriesContest(server.url, null, ['丁乡'], [90], { title: '三月补赛', finish: true });
    host.close();
    expect((await link(created.id, { series: { seriesId, tierId: 't1', periodId: 'm1' } })).status).toBe(200);
    expect((await listed()).pending.map((p) => p.reason)).toEqual(['计入比赛「三月补赛」']);
    const re = await api<Pending>(server.url, 'POST', `/api/notices/${published.body.id}/commands`, { type: 'notice:republish' });
    expect(re.status).toBe(200);
    expect(re.body.publications[1]).toMatchObject({ version: 2, amendments: [{ reason: '计入比赛「三月补赛」' }] });
    // 丙乡 (a unit since April's link) is listed as absent: units stay when a contest leaves.
    expect(re.body.publications[1]!.tables[0]!.rows.map((r) => r[1])).toEqual(['丁乡', '甲乡', '乙乡', '丙乡']);
    // The series' points weight is 0 (the default): the notice has no 积分 column, which would read as counted.
    expect(re.body.publications[1]!.tables[0]!.columns).toEqual(['名次', '单位', '比赛得分', '期次得分']);
    expect(re.body.publications[1]!.tables[0]!.rows[0]).toEqual(['1', '丁乡', '90.00', '90.00']);

    // Moved to April: March's notice says it no longer counts there.
    expect((await link(created.id, { series: { seriesId, tierId: 't1', periodId: 'm2' } })).status).toBe(200);
    expect((await listed()).pending.map((p) => p.reason)).toEqual(['不再计入比赛「三月补赛」']);
    expect(await march(seriesId)).toEqual({ 甲乡: 85, 乙乡: 80, 丙乡: null, 丁乡: null });
  });

  it('keeps every link across a restart (the logs are replayed)', async () => {
    const before = await march(seriesId);
    await server.close();
    server = await startServer(dir);
    expect((await stored(marchId)).definition.series).toEqual({ seriesId, tierId: 't1', periodId: 'm1' });
    expect(await march(seriesId)).toEqual(before);
  });
});
