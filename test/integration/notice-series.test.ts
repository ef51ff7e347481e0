// 公示 of a series period: only once the period's contest is finished; the standing and 红黑榜 as
// the series computes them, frozen with the series log's fingerprint and its contest's; a ledger
// correction, then a score corrected in the contest, make the republications.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages, tmpPdf } from '../report/poppler.ts';
import { runSeriesContest } from '../support/series-contest.ts';
import { api, HOST_TOKEN, startServer, type TestClient } from '../support/server.ts';

type Fingerprint = { sha256: string; count: number; lastSeq: number };
type Notice = {
  id: string;
  publications: { version: number; title: string; subtitle: string; tables: { heading: string; columns: string[]; rows: string[][] }[]; fingerprint: Fingerprint; contests?: { contestId: string; title: string; fingerprint: Fingerprint }[]; amendments: { reason: string }[] }[];
};
/** A contest's log fingerprint recomputed from its public event log, as docs/report.md says. */
async function contestFingerprint(contestId: string): Promise<string> {
  const events = (await api<{ seq: number; type: string; data: unknown; at: number; actor: string; commandId: string | null }[]>(server.url, 'GET', `/api/contests/${contestId}/events`)).body;
  return createHash('sha256').update(events.map((e) => JSON.stringify([e.seq, e.type, e.data, e.at, e.actor, e.commandId])).join('\n'), 'utf8').digest('hex');
}

let server: Awaited<ReturnType<typeof startServer>>;
let seriesId: string;
const terms = { start: '2026-04-01', end: '2026-04-08', issuer: '中共峨山县委组织部', contact: '' };

beforeAll(async () => {
  server = await startServer();
  const made = await api<{ id: string }>(server.url, 'POST', '/api/series', {
    name: '2026年度三级干部擂台赛',
    issuer: '中共峨山县委组织部',
    tiers: [{ name: '科级干部' }],
    periods: [{ name: '2026年3月' }, { name: '2026年4月' }],
    headings: [{ name: '责任落实' }],
    periodScore: { contest: 1, ledger: 1 },
    boards: { red: { by: 'top', count: 1 }, black: { by: 'bottom', count: 1 } },
  });
  seriesId = made.body.id;
});
afterAll(async () => {
  contestHost?.close();
  await server.close();
});
let contestHost: TestClient | undefined;

const publish = () => api<Notice>(server.url, 'POST', '/api/notices', { subject: { kind: 'series', seriesId, tierId: 't1', periodId: 'm1' }, terms });

describe('公示 of a series period', () => {
  it('is refused while the period has no finished contest, then publishes the standing and the boards', async () => {
    expect((await publish()).status).toBe(409);
    const { host, created } = await runSeriesContest(server.url, { seriesId, tierId: 't1', periodId: 'm1' }, ['甲乡', '乙乡', '丙乡'], [85, 80, 75]);
    expect((await publish()).status).toBe(409); // revealed but not finished
    expect((await host.send('contest:finish', {})).ok).toBe(true);
    contestHost = host; // closed at the end: it corrects a score after the republication
    expect((await api(server.url, 'POST', `/api/series/${seriesId}/commands`, { type: 'ledger:add', periodId: 'm1', by: '王主任', rows: [{ date: '2026-03-10', unit: '丙乡', heading: '责任落实', points: 3, reason: '按时完成' }] })).status).toBe(200);
    const out = await publish();
    expect(out.status).toBe(201);
    const p = out.body.publications[0]!;
    expect(p).toMatchObject({ title: '2026年度三级干部擂台赛 科级干部', subtitle: '2026年3月' });
    expect(p.tables.map((t) => t.heading)).toEqual(['本期排名', '红榜', '黑榜']);
    // The words the host console, the report and the spreadsheet use (shared/series/words.ts).
    expect(p.tables.map((t) => t.columns)).toEqual([['名次', '单位', '比赛得分', '积分', '期次得分'], ['名次', '单位', '期次得分'], ['名次', '单位', '期次得分']]);
    expect(p.tables[0]!.rows).toEqual([
      ['1', '甲乡', '85.00', '0', '85.00'],
      ['2', '乙乡', '80.00', '0', '80.00'],
      ['3', '丙乡', '75.00', '+3', '78.00'],
    ]);
    expect(p.tables[1]!.rows.map((r) => r[1])).toEqual(['甲乡']);
    expect(p.tables[2]!.rows.map((r) => r[1])).toEqual(['丙乡']);
    // Beside the series' log, the log of the contest the standing counts, as its score report prints it.
    expect(p.contests).toEqual([{ contestId: created.id, title: expect.any(String), fingerprint: expect.objectContaining({ sha256: await contestFingerprint(created.id) }) }]);

    expect((await api(server.url, 'POST', `/api/notices/${out.body.id}/commands`, { type: 'notice:republish' })).status).toBe(409);
    // A correction in April is not March's: nothing for March's notice to republish.
    expect((await api(server.url, 'POST', `/api/series/${seriesId}/commands`, { type: 'ledger:add', periodId: 'm2', by: '王主任', rows: [{ date: '2026-04-03', unit: '甲乡', heading: '责任落实', points: 2, reason: '按时完成' }] })).status).toBe(200);
    expect((await api(server.url, 'POST', `/api/series/${seriesId}/commands`, { type: 'ledger:correct', corrects: 'e2', points: 1, reason: '四月复核', by: '王主任' })).status).toBe(200);
    expect((await api<(Notice & { pending: unknown[] })[]>(server.url, 'GET', `/api/notices?series=${seriesId}`)).body).toMatchObject([{ pending: [] }]);
    expect((await api(server.url, 'POST', `/api/notices/${out.body.id}/commands`, { type: 'notice:republish' })).status).toBe(409);
    const fix = await api(server.url, 'POST', `/api/series/${seriesId}/commands`, { type: 'ledger:correct', corrects: 'e1', points: 1, reason: '复核后改为 1 分', by: '王主任' });
    expect(fix.status).toBe(200);
    // The host's list says the ledger correction is not on the public page yet.
    const listed = await api<(Notice & { pending: { reason: string }[] })[]>(server.url, 'GET', `/api/notices?series=${seriesId}`);
    expect(listed.body[0]!.pending).toEqual([expect.objectContaining({ reason: '复核后改为 1 分' })]);
    const re = await api<Notice>(server.url, 'POST', `/api/notices/${out.body.id}/commands`, { type: 'notice:republish' });
    expect(re.status).toBe(200);
    expect(re.body.publications[1]).toMatchObject({ version: 2, amendments: [{ reason: '复核后改为 1 分' }] });
    expect(re.body.publications[1]!.tables[0]!.rows[2]).toEqual(['3', '丙乡', '75.00', '+1', '76.00']);
    expect(re.body.publications[1]!.fingerprint.sha256).not.toBe(p.fingerprint.sha256);
    expect((await api<(Notice & { pending: unknown[] })[]>(server.url, 'GET', `/api/notices?series=${seriesId}`)).body).toMatchObject([{ pending: [] }]);

    // A score corrected in the period's contest changes the standing too: it is pending, and
    // republishing carries it.
    const reason = '甲评委对丙乡误录为75，应为85';
    expect(await contestHost!.send('score:correct', { presenterId: 'p3', judgeId: 'j1', values: [85], reason })).toMatchObject({ ok: true });
    const again = await api<(Notice & { pending: { reason: string }[] })[]>(server.url, 'GET', `/api/notices?series=${seriesId}`);
    expect(again.body[0]!.pending).toEqual([expect.objectContaining({ reason })]);
    const third = await api<Notice>(server.url, 'POST', `/api/notices/${out.body.id}/commands`, { type: 'notice:republish' });
    expect(third.status).toBe(200);
    expect(third.body.publications[2]).toMatchObject({ version: 3, amendments: [{ reason }] });
    expect(third.body.publications[2]!.tables[0]!.rows.find((r) => r[1] === '丙乡')).toEqual(['2', '丙乡', '80.00', '+1', '81.00']);
    // The series' log did not change; the contest's did, and the new version's fingerprints say so.
    const [v2, v3] = [re.body.publications[1]!, third.body.publications[2]!];
    expect(v3.fingerprint).toEqual(v2.fingerprint);
    expect(v3.contests![0]!.fingerprint.sha256).not.toBe(v2.contests![0]!.fingerprint.sha256);
    expect(v3.contests![0]!.fingerprint.sha256).toBe(await contestFingerprint(created.id));
    // The public page lists every version's, and the current one's, contest fingerprints.
    const page = await (await fetch(`${server.url}/notice/${out.body.id}`)).text();
    for (const v of [p, v2, v3]) expect(page).toContain(v.contests![0]!.fingerprint.sha256);
    // So does the notice printed for the board (pdftotext may break a long hash across lines).
    const pdf = tmpPdf(Buffer.from(await (await fetch(`${server.url}/api/notices/${out.body.id}/notice.pdf`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } })).arrayBuffer()));
    const text = pdfPages(pdf).join('').replace(/\s+/g, '');
    for (const v of [p, v2, v3]) expect(text).toContain(v.contests![0]!.fingerprint.sha256);
    // The QR code that the text's 扫描下方二维码 points to is on that page, not alone on the next.
    const pages = pdfPages(pdf);
    expect(pages.findIndex((t) => t.includes('扫码查看公示并提交异议')), `${pages.length} pages`).toBe(pages.findIndex((t) => t.includes('扫描下方二维码')));
    expect((await api(server.url, 'POST', `/api/notices/${out.body.id}/commands`, { type: 'notice:republish' })).status).toBe(409);

    // Points entered for March after the publication move the standing too: pending, and said in the amendment.
    expect((await api(server.url, 'POST', `/api/series/${seriesId}/commands`, { type: 'ledger:add', periodId: 'm1', by: '王主任', rows: [{ date: '2026-03-20', unit: '乙乡', heading: '责任落实', points: -2, reason: '整改台账逾期' }] })).status).toBe(200);
    const late = await api<(Notice & { pending: { reason: string }[] })[]>(server.url, 'GET', `/api/notices?series=${seriesId}`);
    expect(late.body[0]!.pending.map((x) => x.reason)).toEqual(['新增积分：乙乡 \u22122（整改台账逾期）']);
    const fourth = await api<Notice>(server.url, 'POST', `/api/notices/${out.body.id}/commands`, { type: 'notice:republish' });
    expect(fourth.status).toBe(200);
    expect(fourth.body.publications[3]).toMatchObject({ version: 4, amendments: [{ reason: '新增积分：乙乡 \u22122（整改台账逾期）' }] });
    expect(fourth.body.publications[3]!.tables[0]!.rows.find((r) => r[1] === '乙乡')).toEqual(['3', '乙乡', '80.00', '\u22122', '78.00']);
  });
});
