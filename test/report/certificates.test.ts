// 荣誉证书 (表彰) over the real server: the settings and seal behind the host token, a template
// with an unknown placeholder refused naming it, seal uploads refused by magic bytes, size and
// pixel dimensions, and the certificates PDF for the 擂主 (a tie: two), the top N, a hand-picked
// list and a series period's 红榜 — checked as users get it: pdftotext, pdffonts, word boxes
// inside the frame (a 60-character unit name and a long template wrap, never overflow), pdftoppm.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOf, formatDate } from '../../shared/format.ts';
import type { CertificatesInfo } from '../../shared/honours/schema.ts';
import { SCREENSHOTS } from '../support/screenshots.ts';
import { rgbaPng, sealPng } from '../support/seal-png.ts';
import { oneMonthSeries, runSeriesContest } from '../support/series-contest.ts';
import { api, startServer, tempDir, HOST_TOKEN } from '../support/server.ts';
import { inkFraction, pdfFonts, pdfPages, renderPage, tmpPdf } from './poppler.ts';

const LONG_UNIT = '峨山彝族自治县小街街道办事处党工委暨大龙潭村村民委员会驻村工作队乡村振兴示范点建设专班联合体';
const UNITS = [
  { unit: '岔河乡', speaker: '普建华' },
  { unit: '化念镇', speaker: '李𠮷祥' },
  { unit: LONG_UNIT, speaker: '王丽' },
  { unit: '塔甸镇', speaker: '' },
];
// 岔河乡 and the long-named unit tie for first: two 擂主.
const TOTALS = [95, 88, 95, 80];
const LONG_TEMPLATE =
  '{unit}{person}同志：\n在{contest}中，紧扣乡村振兴和基层党建两条主线，坚持问题导向、目标导向、结果导向，聚焦群众急难愁盼，创新工作方法，' +
  '以钉钉子精神抓落实，工作成效显著，汇报内容翔实、亮点突出，答辩从容、思路清晰，经评委会综合评定，荣获{名次}，得分{得分}分。\n' +
  '特发此证，以资鼓励。希望再接再厉，在新的征程上再创佳绩、再立新功，为全县高质量跨越式发展作出新的更大贡献。';

const dir = tempDir();
let server: Awaited<ReturnType<typeof startServer>>;
let contestId: string;
let seriesId: string;

const W = 841.89;
const H = 595.28;

async function get(url: string, token: string | null = HOST_TOKEN) {
  const res = await fetch(server.url + url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: Buffer.from(await res.arrayBuffer()) };
}
async function putSeal(base: string, body: Buffer, token: string | null = HOST_TOKEN) {
  const res = await fetch(`${server.url}${base}/seal`, { method: 'PUT', body: new Uint8Array(body), headers: { 'content-type': 'image/png', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string } } & Partial<CertificatesInfo> };
}
const errorOf = (b: Buffer) => (JSON.parse(b.toString('utf8')) as { error: { code: string; message: string; issues?: string[] } }).error;

/** Every word's box from pdftotext -bbox, per page. */
function wordBoxes(file: string): { page: number; word: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const out: ReturnType<typeof wordBoxes> = [];
  html.split('<page').slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g))
      out.push({ page: i + 1, word: m[5]!, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
  });
  return out;
}

beforeAll(async () => {
  server = await startServer(dir);
  seriesId = await oneMonthSeries(server.url);
  const run = await runSeriesContest(server.url, { seriesId, tierId: 't1', periodId: 'm1' }, UNITS, TOTALS, { title: '2026年3月村(社区)干部擂台赛', finish: true });
  run.host.close();
  contestId = run.created.id;
}, 60_000);
afterAll(() => server?.close());

describe('certificate settings and seal', () => {
  const base = () => `/api/contests/${contestId}/certificates`;

  it('answers only the host', async () => {
    expect((await get(base(), null)).status).toBe(401);
    expect((await get(`${base()}.pdf`, 'wrong-token')).status).toBe(401);
    expect((await putSeal(base(), sealPng(), null)).status).toBe(401);
    expect((await api(server.url, 'PUT', base(), { issuer: 'x' }, 'nope')).status).toBe(401);
  });

  it('lists who may get one, ranked, with the 擂主 marked (a tie: both)', async () => {
    const info = await api<CertificatesInfo>(server.url, 'GET', base());
    expect(info.status).toBe(200);
    expect(info.body.settings.title).toBe('荣誉证书');
    expect(info.body.recipients.map((r) => [r.unit, r.rank, r.score, r.champion])).toEqual([
      ['岔河乡', 1, '95.00', true],
      [LONG_UNIT, 1, '95.00', true],
      ['化念镇', 3, '88.00', false],
      ['塔甸镇', 4, '80.00', false],
    ]);
  });

  it('refuses a template with unknown placeholders, naming them, and changes nothing', async () => {
    const res = await api<{ error: { code: string; message: string; issues: string[] } }>(server.url, 'PUT', base(), { template: '{单位}{职务}荣获{名次}{ award }' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('unknown_placeholder');
    expect(res.body.error.issues).toEqual(['职务', 'award']);
    expect(res.body.error.message).toContain('{职务}');
    const bad = await api<{ error: { code: string } }>(server.url, 'PUT', base(), { date: '2026-02-30', color: 'red' });
    expect(bad.status).toBe(400);
    expect((await api<CertificatesInfo>(server.url, 'GET', base())).body.settings.issuer).toBe('');
  });

  it('refuses a seal that is not a PNG, too large, of silly dimensions or corrupt', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Buffer.alloc(400)]);
    expect(await putSeal(base(), jpeg)).toMatchObject({ status: 400, body: { error: { code: 'not_png' } } });
    const big = rgbaPng(600, 600, (x, y) => [(x * 7919 + y * 104729) % 256, (x * y) % 256, (x ^ y) % 256, 255]);
    expect(big.length).toBeGreaterThan(512 * 1024);
    expect(await putSeal(base(), big)).toMatchObject({ status: 413, body: { error: { code: 'too_large' } } });
    expect(await putSeal(base(), rgbaPng(8, 8, () => [200, 0, 0, 255]))).toMatchObject({ status: 400, body: { error: { code: 'bad_dimensions' } } });
    expect(await putSeal(base(), rgbaPng(3000, 40, () => [200, 0, 0, 255]))).toMatchObject({ status: 400, body: { error: { code: 'bad_dimensions' } } });
    const corrupt = Buffer.from(sealPng(120));
    corrupt.fill(0x55, 45, 90); // inside the compressed pixel data
    expect(await putSeal(base(), corrupt)).toMatchObject({ status: 400, body: { error: { code: 'not_png' } } });
    expect((await api<CertificatesInfo>(server.url, 'GET', base())).body.seal).toBeNull();
  });

  it('stores settings and a seal, on disk across a restart', async () => {
    const saved = await api<CertificatesInfo>(server.url, 'PUT', base(), { title: '荣誉证书', template: LONG_TEMPLATE, issuer: '中共峨山彝族自治县委员会组织部', date: '2026-03-31' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const seal = await putSeal(base(), sealPng());
    expect(seal.status).toBe(200);
    expect(seal.body.seal).toEqual({ bytes: sealPng().length, width: 240, height: 240 });
    await server.close();
    server = await startServer(dir);
    const info = (await api<CertificatesInfo>(server.url, 'GET', base())).body;
    expect(info.settings).toEqual({ title: '荣誉证书', template: LONG_TEMPLATE, issuer: '中共峨山彝族自治县委员会组织部', date: '2026-03-31', yearTemplate: null });
    expect(info.seal?.width).toBe(240);
    const png = await get(`${base()}/seal.png`);
    expect(png.type).toBe('image/png');
    expect(png.body.equals(sealPng())).toBe(true);
  }, 30_000);
});

describe('certificates.pdf', () => {
  const pdf = async (query: string) => {
    const res = await get(`/api/contests/${contestId}/certificates.pdf?${query}`);
    expect(res.status, res.body.toString('utf8').slice(0, 300)).toBe(200);
    expect(res.type).toBe('application/pdf');
    return tmpPdf(res.body);
  };

  it('prints one A4 landscape page per 擂主, with embedded fonts, the filled template inside the frame', async () => {
    const file = await pdf('who=champions');
    const pages = pdfPages(file);
    expect(pages).toHaveLength(2);
    const flat = pages.map((p) => p.replace(/\s+/g, ''));
    expect(flat[0]).toContain('荣誉证书');
    expect(flat[0]).toContain('岔河乡普建华同志：');
    expect(flat[0]).toContain('在2026年3月村(社区)干部擂台赛中');
    expect(flat[0]).toContain('荣获擂主，得分95.00分');
    expect(flat[0]).toContain('中共峨山彝族自治县委员会组织部');
    expect(flat[0]).toContain('2026年3月31日');
    expect(flat[1]).toContain(`${LONG_UNIT}王丽同志`);
    expect(flat[1]).toContain('作出新的更大贡献');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/);
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f, f.name).toMatchObject({ emb: true, sub: true });
    // Nothing runs off the sheet or over the frame (the inner gold line is 42 pt in).
    for (const b of wordBoxes(file)) {
      expect(b.xMin, b.word).toBeGreaterThan(44);
      expect(b.xMax, b.word).toBeLessThan(W - 44);
      expect(b.yMin, b.word).toBeGreaterThan(44);
      expect(b.yMax, b.word).toBeLessThan(H - 44);
    }
    expect(inkFraction(file, 1)).toBeGreaterThan(0.03);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    // The 60-character unit and the long template, to look at (docs/screenshots/certificate-long.png).
    renderPage(file, 2, 80, path.join(SCREENSHOTS, 'certificate-long.png'));
  });

  it('prints the top N, a hand-picked list, and refuses unknown ids or the wrong kind of list', async () => {
    expect(pdfPages(await pdf('who=top&n=3'))).toHaveLength(3);
    const picked = pdfPages(await pdf('who=picked&ids=p4'));
    expect(picked).toHaveLength(1);
    expect(picked[0]!.replace(/\s+/g, '')).toContain('荣获第4名，得分80.00分');
    const unknown = await get(`/api/contests/${contestId}/certificates.pdf?who=picked&ids=p4,p99`);
    expect(unknown.status).toBe(400);
    expect(errorOf(unknown.body).issues).toEqual(['p99']);
    expect((await get(`/api/contests/${contestId}/certificates.pdf?who=red`)).status).toBe(400);
    expect((await get(`/api/contests/${contestId}/certificates.pdf?who=top&n=0`)).status).toBe(400);
    expect((await get(`/api/contests/nope/certificates.pdf`)).status).toBe(404);
  });

  it('names no 擂主 and no rank before the contest has finished; a hand-picked list prints', async () => {
    const run = await runSeriesContest(server.url, null, UNITS.slice(0, 2), [90, 85], { title: '未结束的擂台赛', finish: false });
    run.host.close();
    const base = `/api/contests/${run.created.id}/certificates.pdf`;
    for (const q of ['who=champions', 'who=top&n=2']) {
      const res = await get(`${base}?${q}`);
      expect(res.status).toBe(409);
      expect(errorOf(res.body)).toMatchObject({ code: 'wrong_state', message: expect.stringContaining('比赛尚未结束') });
    }
    expect((await get(`${base}?who=picked&ids=p1`)).status).toBe(200);
  });

  it('prints a series period’s 红榜 with the series’ own settings', async () => {
    const base = `/api/series/${seriesId}/certificates`;
    expect((await get(`${base}.pdf?who=red`)).status).toBe(400);
    expect((await get(`${base}.pdf?who=red&tier=t1&period=m9`)).status).toBe(404);
    expect((await api(server.url, 'PUT', base, { issuer: '中共峨山县委组织部', template: '{单位}：\n在{比赛}中列入红榜，位列{名次}。\n特发此证。' })).status).toBe(200);
    const info = (await api<CertificatesInfo>(server.url, 'GET', `${base}?tier=t1&period=m1`)).body;
    expect(info.recipients.filter((r) => r.red).map((r) => r.unit)).toEqual(['岔河乡', LONG_UNIT]);
    const res = await get(`${base}.pdf?who=red&tier=t1&period=m1`);
    expect(res.status).toBe(200);
    const pages = pdfPages(tmpPdf(res.body)).map((p) => p.replace(/\s+/g, ''));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('岔河乡：在2026年度村(社区)干部擂台赛（村(社区)干部·2026年3月）中列入红榜，位列第1名。');
    expect(pages[0]).toContain('中共峨山县委组织部');
  });
});

describe('年度表彰: a series tier’s year so far', () => {
  it('lists the cumulative standing up to the period, prints the top N, and has no 红榜 to choose', async () => {
    const made = await api<{ id: string }>(server.url, 'POST', '/api/series', {
      name: '2026年度科级干部擂台赛',
      issuer: '中共峨山县委组织部',
      tiers: [{ name: '科级干部' }],
      periods: [{ name: '2026年3月' }, { name: '2026年4月' }],
    });
    const year = made.body.id;
    // March 甲乡 90 乙乡 80; April 甲乡 70 乙乡 85: summed, 乙乡 165 before 甲乡 160.
    for (const [periodId, totals] of [['m1', [90, 80]], ['m2', [70, 85]]] as const) {
      const run = await runSeriesContest(server.url, { seriesId: year, tierId: 't1', periodId }, ['甲乡', '乙乡'], [...totals], { finish: true });
      run.host.close();
    }
    const base = `/api/series/${year}/certificates`;
    const info = (await api<CertificatesInfo>(server.url, 'GET', `${base}?tier=t1&period=m2&scope=cumulative`)).body;
    expect(info.contest).toBe('2026年度科级干部擂台赛（科级干部·截至2026年4月累计）');
    expect(info.recipients.map((r) => [r.unit, r.rank, r.score, r.red])).toEqual([
      ['乙乡', 1, '165.00', false],
      ['甲乡', 2, '160.00', false],
    ]);
    // Up to March only: March's order.
    expect((await api<CertificatesInfo>(server.url, 'GET', `${base}?tier=t1&period=m1&scope=cumulative`)).body.recipients.map((r) => r.unit)).toEqual(['甲乡', '乙乡']);
    // The default text names the year's total as the report heads it: （165.00分） read as a score out of 100.
    expect(info.totalWord).toBe('累计得分');
    const byDefault = pdfPages(tmpPdf((await get(`${base}.pdf?who=top&n=1&tier=t1&period=m2&scope=cumulative`)).body))[0]!.replace(/\s+/g, '');
    expect(byDefault).toContain('荣获第1名（累计得分165.00）。');
    expect(byDefault).not.toContain('165.00分');
    expect((await api(server.url, 'PUT', base, { template: '{单位}：\n在{比赛}中位列{名次}，累计{得分}分。' })).status).toBe(200);
    const res = await get(`${base}.pdf?who=top&n=1&tier=t1&period=m2&scope=cumulative`);
    expect(res.status).toBe(200);
    const pages = pdfPages(tmpPdf(res.body)).map((p) => p.replace(/\s+/g, ''));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('乙乡：在2026年度科级干部擂台赛（科级干部·截至2026年4月累计）中位列第1名，累计165.00分。');
    const red = await get(`${base}.pdf?who=red&tier=t1&period=m2&scope=cumulative`);
    expect(red.status).toBe(400);
    expect(errorOf(red.body).message).toContain('红榜按期评定');
    expect((await get(`${base}.pdf?who=top&tier=t1&period=m2&scope=year`)).status).toBe(400);

    // The year in words of its own: the periods' certificates keep theirs.
    const both = { template: '{单位}：\n在{比赛}中列入红榜，位列{名次}。', yearTemplate: '{单位}：\n在{比赛}中综合排名{名次}，被评为年度先进单位。' };
    const unknown = await api<{ error: { code: string; issues: string[] } }>(server.url, 'PUT', base, { ...both, yearTemplate: '{单位}荣获{称号}' });
    expect([unknown.status, unknown.body.error.code, unknown.body.error.issues]).toEqual([400, 'unknown_placeholder', ['称号']]);
    expect((await api<CertificatesInfo>(server.url, 'PUT', base, both)).body.settings).toMatchObject(both);
    const yearPdf = pdfPages(tmpPdf((await get(`${base}.pdf?who=top&n=1&tier=t1&period=m2&scope=cumulative`)).body))[0]!.replace(/\s+/g, '');
    expect(yearPdf).toContain('乙乡：在2026年度科级干部擂台赛（科级干部·截至2026年4月累计）中综合排名第1名，被评为年度先进单位。');
    expect(yearPdf).not.toContain('红榜');
    const periodPdf = pdfPages(tmpPdf((await get(`${base}.pdf?who=red&tier=t1&period=m2`)).body))[0]!.replace(/\s+/g, '');
    expect(periodPdf).toContain('乙乡：在2026年度科级干部擂台赛（科级干部·2026年4月）中列入红榜，位列第1名。');
    // Blank is "the same as the periods'": the year prints the periods' text again.
    expect((await api<CertificatesInfo>(server.url, 'PUT', base, { ...both, yearTemplate: '  ' })).body.settings.yearTemplate).toBeNull();
    expect(pdfPages(tmpPdf((await get(`${base}.pdf?who=top&n=1&tier=t1&period=m2&scope=cumulative`)).body))[0]!.replace(/\s+/g, '')).toContain('中列入红榜，位列第1名。');
  });
});

describe('the date a certificate is signed', () => {
  it('is the contest’s own date when the settings name none, in the preview’s answer and the PDF', async () => {
    const run = await runSeriesContest(server.url, null, ['甲乡', '乙乡'], [90, 80], { title: '三月擂台赛', finish: true, more: { date: '2026-03-18' } });
    run.host.close();
    const base = `/api/contests/${run.created.id}/certificates`;
    expect((await api<CertificatesInfo>(server.url, 'GET', base)).body).toMatchObject({ settings: { date: null }, defaultDate: '2026-03-18' });
    const res = await get(`${base}.pdf?who=champions`);
    expect(res.status).toBe(200);
    expect(pdfPages(tmpPdf(res.body)).join('').replace(/\s+/g, '')).toContain('2026年3月18日');
    // A date set in the settings wins.
    expect((await api(server.url, 'PUT', base, { date: '2026-03-31' })).status).toBe(200);
    expect(pdfPages(tmpPdf((await get(`${base}.pdf?who=champions`)).body)).join('').replace(/\s+/g, '')).toContain('2026年3月31日');
  });

  it('is the period’s contest’s date for a series period, and the day of download for its year so far', async () => {
    const year = await oneMonthSeries(server.url);
    const run = await runSeriesContest(server.url, { seriesId: year, tierId: 't1', periodId: 'm1' }, ['甲村', '乙村'], [90, 80], { finish: true, more: { date: '2026-03-20' } });
    run.host.close();
    const base = `/api/series/${year}/certificates`;
    expect((await api<CertificatesInfo>(server.url, 'GET', `${base}?tier=t1&period=m1`)).body.defaultDate).toBe('2026-03-20');
    // A year's award is given when the year is done, not on its last contest's day (China time, as every printout).
    expect((await api<CertificatesInfo>(server.url, 'GET', `${base}?tier=t1&period=m1&scope=cumulative`)).body.defaultDate).toBeNull();
    const yearText = pdfPages(tmpPdf((await get(`${base}.pdf?who=top&n=1&tier=t1&period=m1&scope=cumulative`)).body)).join('').replace(/\s+/g, '');
    expect(yearText).toContain(formatDate(dayOf(Date.now())));
    expect(yearText).not.toContain('2026年3月20日');
    expect((await api<CertificatesInfo>(server.url, 'GET', base)).body.defaultDate).toBeNull();
    expect(pdfPages(tmpPdf((await get(`${base}.pdf?who=red&tier=t1&period=m1`)).body)).join('').replace(/\s+/g, '')).toContain('2026年3月20日');
  });
});
