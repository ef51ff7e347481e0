// What the host console says before a series surprises its operator: 积分 entered with a points
// weight of 0 (the definition's default: contest only) count towards nothing, and a presenter's
// name the tier does not know becomes a new unit on save (a typo splits a unit in two).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, startBrowserServer } from '../support/browser.ts';
import { runSeriesContest } from '../support/series-contest.ts';
import { api, HOST_TOKEN } from '../support/server.ts';

let server: Awaited<ReturnType<typeof startBrowserServer>>;
let browser: Browser;
let seriesId = '';
let marchId = '';

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
  const made = await api<{ id: string }>(server.url, 'POST', '/api/series', {
    name: '2026年度村干部擂台赛',
    tiers: [{ id: 't1', name: '村干部' }],
    periods: [
      { id: 'm1', name: '2026年3月' },
      { id: 'm2', name: '2026年4月' },
    ],
    headings: [{ id: 'h1', name: '问题化解' }],
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  seriesId = made.body.id;
  const march = await runSeriesContest(server.url, { seriesId, tierId: 't1', periodId: 'm1' }, ['城关镇', '石桥镇'], [90, 80], { finish: true });
  march.host.close();
  marchId = march.created.id;
  const rows = [
    { date: '2026-03-05', unit: '城关镇', heading: '问题化解', points: 3, reason: '化解信访积案' },
    { date: '2026-03-06', unit: '石桥镇', heading: '问题化解', points: -2, reason: '整改不到位' },
  ];
  const added = await api(server.url, 'POST', `/api/series/${seriesId}/commands`, { type: 'ledger:add', periodId: 'm1', tierId: 't1', by: '办公室', rows });
  expect(added.status, JSON.stringify(added.body)).toBe(200);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('积分 with a points weight of 0', () => {
  it('is said not to count on the 积分 page, in the standing and on the boards', async () => {
    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}&series=${seriesId}&tab=ledger`);
    expect(await page.getByTestId('ledger-not-counted').innerText()).toContain('积分权重为 0');

    await page.goto(`${server.url}/host#series=${seriesId}&tab=standings`);
    const standing = page.locator('.standings-col').first().locator('table').first();
    await standing.getByText('积分（不计入）').waitFor();
    // 城关镇: 90 + 3 × 0. The period score is the contest's; the boards print no 积分 line.
    expect(await standing.locator('tr', { hasText: '城关镇' }).innerText()).toMatch(/90\.00\s+\+3\s+90\.00/);
    expect(await page.locator('.board-ledger').count()).toBe(0);

    // With a weight of 1 the words go and the points count.
    const detail = (await api<{ definition: Record<string, unknown> }>(server.url, 'GET', `/api/series/${seriesId}`)).body;
    const define = await api(server.url, 'POST', `/api/series/${seriesId}/commands`, { type: 'series:define', definition: { ...detail.definition, periodScore: { contest: 1, ledger: 1 } } });
    expect(define.status, JSON.stringify(define.body)).toBe(200);
    await page.reload();
    await expect.poll(() => standing.locator('tr', { hasText: '城关镇' }).innerText()).toMatch(/90\.00\s+\+3\s+93\.00/);
    expect(await standing.getByText('积分（不计入）').count()).toBe(0);
    expect(await page.locator('.board-ledger').count()).toBeGreaterThan(0);
    await page.goto(`${server.url}/host#series=${seriesId}&tab=ledger`);
    await page.locator('.ledger-toolbar').waitFor();
    expect(await page.getByTestId('ledger-not-counted').count()).toBe(0);
    await context.close();
  });
});

describe('a series contest set up with a name the tier does not know', () => {
  it('lists it as a new unit before saving, with the known unit it is one character off', async () => {
    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    // April's empty cell offers March's contest as the template (复制上期): the same units, nothing new to say.
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}&series=${seriesId}`);
    await page.locator('[data-cell="t1-m2"]').getByRole('button', { name: '复制上期' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`from=${marchId}`);
    expect(await page.locator('[data-cell="t1-m1"]').getByRole('button', { name: '复制上期' }).count()).toBe(0);
    await page.getByLabel('单位 2').waitFor();
    await expect.poll(() => page.getByLabel('单位 2').inputValue()).toBe('石桥镇');
    await page.getByTestId('series-choice').waitFor();
    expect(await page.getByTestId('series-new-units').count()).toBe(0);
    await page.getByLabel('单位 2').fill('石桥乡');
    await page.getByLabel('单位 1').fill('城关镇 ');
    const hint = page.getByTestId('series-new-units');
    await hint.waitFor();
    // Only the typo: 城关镇 with a trailing space is still 城关镇.
    expect(await hint.locator('li').allInnerTexts()).toEqual(['石桥乡——是否应为 石桥镇？']);
    expect(await hint.innerText()).toContain('以下名称在“村干部”中还没有');
    await context.close();
  });
});

describe('an entry put in the wrong unit and month', () => {
  it('is moved by 更正 to the right ones, as docs/series.md says, with a date outside the period said', async () => {
    const rows = [{ date: '2026-04-02', unit: '石桥镇', heading: '问题化解', points: 2, reason: '四月走访' }];
    const added = await api(server.url, 'POST', `/api/series/${seriesId}/commands`, { type: 'ledger:add', periodId: 'm1', tierId: 't1', by: '办公室', rows });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    const units = (await api<{ units: { id: string; name: string }[] }>(server.url, 'GET', `/api/series/${seriesId}`)).body.units;
    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}&series=${seriesId}&tab=ledger`);
    await page.locator('.ledger-toolbar select').first().selectOption('m1');
    await page.getByLabel('录入人（签名，每条记录都会记下）').fill('李干事');
    await page.getByRole('button', { name: '确定' }).click();
    await page.locator('tr[data-entry=e3]').getByRole('button', { name: '更正' }).click();
    const dialog = page.getByRole('dialog');
    // The entry's date as the list reads it; April's day in March is said.
    expect(await dialog.innerText()).toContain('原记录：2026年4月2日 · 石桥镇');
    expect(await dialog.getByTestId('correct-date-outside').innerText()).toBe('日期不在「2026年3月」内，仍将计入2026年3月：请核对日期或期次');
    await dialog.getByRole('combobox', { name: /^单位/ }).selectOption({ label: '城关镇' });
    await dialog.getByRole('combobox', { name: /^期次/ }).selectOption({ label: '2026年4月' });
    expect(await dialog.getByTestId('correct-date-outside').count()).toBe(0);
    await dialog.getByLabel('更正原因（必填）').fill('应为城关镇四月的走访');
    await screenshot(page, 'host-series-ledger-correct-move');
    await dialog.getByRole('button', { name: '确认更正' }).click();
    await dialog.waitFor({ state: 'detached' });
    const ledger = (await api<{ ledger: { id: string; unitId: string; periodId: string; corrects: string | null; points: number }[] }>(server.url, 'GET', `/api/series/${seriesId}`)).body.ledger;
    expect(ledger.find((e) => e.corrects === 'e3')).toMatchObject({ unitId: units.find((u) => u.name === '城关镇')!.id, periodId: 'm2', points: 2 });
    await context.close();
  });
});
