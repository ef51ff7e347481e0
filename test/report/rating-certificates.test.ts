// 荣誉证书 of a 评比 (kind "rating") over the real server: its first place is 第一名, as the
// projector, the report and the 成绩 tab call it — never 擂主 — in the 表彰 answer (`kind`), in the
// certificates PDF ({名次}) and in the refusal while it still runs; `champions` still chooses every
// rank 1 (a tie: both). A 擂台赛 beside it still prints 擂主, and a series' certificates have no
// first place of a contest (kind null, rank 1 is 第1名).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertificatesInfo } from '../../shared/honours/schema.ts';
import { oneMonthSeries, runSeriesContest } from '../support/series-contest.ts';
import { api, startServer, HOST_TOKEN } from '../support/server.ts';
import { runRatingContest } from '../support/rating-contest.ts';
import { inkFraction, pdfPages, renderPage, tmpPdf } from './poppler.ts';

const UNITS = [
  { unit: '安居村', speaker: '李文' },
  { unit: '岔河村', speaker: '王海' },
  { unit: '甸中社区', speaker: '普志强' },
];
// 安居村 and 甸中社区 tie for first.
const TOTALS = [94, 85, 94];
const rating = (title: string) => ({ kind: 'rating', title, date: '2026-03-28', criteria: [{ name: '综合', max: 100 }], judges: [{ name: '李明华' }, { name: '王建国' }], presenters: UNITS });

let server: Awaited<ReturnType<typeof startServer>>;
let ratingId: string;
let runningId: string;
let arenaId: string;
let seriesId: string;


const runRating = (title: string, finish: boolean) => runRatingContest(server.url, rating(title), TOTALS, finish);

async function get(url: string) {
  const res = await fetch(server.url + url, { headers: { authorization: `Bearer ${HOST_TOKEN}` } });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
}
async function pdfText(url: string): Promise<{ file: string; pages: string[] }> {
  const res = await get(url);
  expect(res.status, res.body.toString('utf8').slice(0, 300)).toBe(200);
  const file = tmpPdf(res.body);
  return { file, pages: pdfPages(file).map((p) => p.replace(/\s+/g, '')) };
}

beforeAll(async () => {
  server = await startServer();
  ratingId = await runRating('2026年3月村(社区)评比', true);
  runningId = await runRating('2026年4月村(社区)评比', false);
  seriesId = await oneMonthSeries(server.url);
  const arena = await runSeriesContest(server.url, { seriesId, tierId: 't1', periodId: 'm1' }, UNITS, TOTALS, { title: '2026年3月村(社区)干部擂台赛', finish: true });
  arena.host.close();
  arenaId = arena.created.id;
}, 60_000);
afterAll(() => server?.close());

describe('certificates of a 评比', () => {
  it('answers its kind with the recipients, the tied first places marked as before', async () => {
    const info = await api<CertificatesInfo>(server.url, 'GET', `/api/contests/${ratingId}/certificates`);
    expect(info.status).toBe(200);
    expect(info.body.kind).toBe('rating');
    expect(info.body.recipients.map((r) => [r.unit, r.rank, r.champion])).toEqual([
      ['安居村', 1, true],
      ['甸中社区', 1, true],
      ['岔河村', 3, false],
    ]);
    expect((await api<CertificatesInfo>(server.url, 'GET', `/api/contests/${arenaId}/certificates`)).body.kind).toBe('arena');
    const series = await api<CertificatesInfo>(server.url, 'GET', `/api/series/${seriesId}/certificates?tier=t1&period=m1`);
    expect(series.body.kind).toBeNull();
  });

  it('prints 第一名 for its first places (a tie: both), never 擂主', async () => {
    const { file, pages } = await pdfText(`/api/contests/${ratingId}/certificates.pdf?who=champions`);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('安居村李文：');
    expect(pages[0]).toContain('在2026年3月村(社区)评比中表现突出，成绩优异，荣获第一名（94.00分）。');
    expect(pages[1]).toContain('甸中社区普志强：');
    expect(pages[1]).toContain('荣获第一名（94.00分）');
    for (const p of pages) expect(p).not.toContain('擂主');
    expect(inkFraction(file, 1)).toBeGreaterThan(0.05);
    renderPage(file, 1, 50, `${file.replace(/\.pdf$/, '')}-page1.png`);

    const top = await pdfText(`/api/contests/${ratingId}/certificates.pdf?who=top&n=3`);
    expect(top.pages.map((p) => /荣获(第.名)/.exec(p)?.[1])).toEqual(['第一名', '第一名', '第3名']);
  });

  it('while it runs, refuses certificates by rank naming its 第一名, not a 擂主', async () => {
    const res = await get(`/api/contests/${runningId}/certificates.pdf?who=champions`);
    expect(res.status).toBe(409);
    const error = (JSON.parse(res.body.toString('utf8')) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('wrong_state');
    expect(error.message).toContain('第一名和名次未定');
    expect(error.message).not.toContain('擂主');
  });

  it('a 擂台赛 still prints 擂主, and a series period 第1名', async () => {
    const arena = await pdfText(`/api/contests/${arenaId}/certificates.pdf?who=champions`);
    expect(arena.pages).toHaveLength(2);
    for (const p of arena.pages) expect(p).toContain('荣获擂主（94.00分）');
    const series = await pdfText(`/api/series/${seriesId}/certificates.pdf?tier=t1&period=m1&who=top&n=1`);
    expect(series.pages.length).toBeGreaterThan(0);
    for (const p of series.pages) {
      expect(p).toContain('荣获第1名');
      expect(p).not.toMatch(/擂主|第一名/);
    }
  });
});
