// A county sets up its series after the March contest ran: on 概览, 关联已有比赛 lists that finished
// contest, places it by its 参赛对象 and date, and links it; its finals count in March at once.
// Then the contest's own 设置, locked for everything else, moves it to April with 保存所属系列.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, startBrowserServer } from '../support/browser.ts';
import { runSeriesContest } from '../support/series-contest.ts';
import { api, HOST_TOKEN } from '../support/server.ts';

let server: Awaited<ReturnType<typeof startBrowserServer>>;
let browser: Browser;
let seriesId = '';
let marchId = '';

type Standings = { period: { lines: { unitId: string; score: number | null }[] }; units: Record<string, string> };
const periodScores = async (periodId: string) => {
  const s = (await api<Standings>(server.url, 'GET', `/api/series/${seriesId}/standings?tier=t2&period=${periodId}`)).body;
  return Object.fromEntries(s.period.lines.filter((l) => l.score !== null).map((l) => [s.units[l.unitId], l.score]));
};

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
  const march = await runSeriesContest(server.url, null, ['城关镇', '石桥镇'], [90, 80], { title: '三月村干部擂台赛', finish: true, more: { date: '2026-03-18', tier: '村干部' } });
  march.host.close();
  marchId = march.created.id;
  // A contest already in a series is not offered again.
  const made = await api<{ id: string }>(server.url, 'POST', '/api/series', {
    name: '2026年度三级干部擂台赛',
    tiers: [{ name: '科级干部' }, { name: '村干部' }],
    periods: [{ name: '2026年2月' }, { name: '2026年3月' }, { name: '2026年4月' }],
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  seriesId = made.body.id;
  const other = await runSeriesContest(server.url, { seriesId, tierId: 't1', periodId: 'm1' }, ['甲乡'], [70], { title: '二月科级擂台赛' });
  other.host.close();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a contest that ran before its series', () => {
  it('is linked from 概览, placed by its 参赛对象 and date, and counts in that period', async () => {
    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}&series=${seriesId}`);
    await page.getByRole('button', { name: '关联已有比赛' }).click();
    const dialog = page.getByRole('dialog', { name: '关联已有比赛' });
    const pick = dialog.getByTestId('link-contest');
    await expect.poll(() => pick.locator('option').allInnerTexts()).toEqual(['请选择（仅列出不属于任何系列的比赛）', '三月村干部擂台赛 · 2026年3月18日']);
    expect(await dialog.getByRole('button', { name: '关联' }).isDisabled()).toBe(true);
    await pick.selectOption(marchId);
    // 参赛对象 村干部 and 2026-03-18: 村干部, 2026年3月.
    const selects = dialog.locator('select');
    await expect.poll(() => selects.evaluateAll((s) => s.slice(1).map((x) => (x as HTMLSelectElement).selectedOptions[0]?.textContent))).toEqual(['村干部', '2026年3月']);
    await screenshot(page, 'host-series-link');
    await dialog.getByRole('button', { name: '关联' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('[data-cell="t2-m2"]').getByText('三月村干部擂台赛').waitFor();
    expect(await periodScores('m2')).toEqual({ 城关镇: 90, 石桥镇: 80 });
    // Linked, it is no longer offered.
    await page.getByRole('button', { name: '关联已有比赛' }).click();
    await page.getByText('没有可关联的比赛：每场比赛都已属于某个系列。').waitFor();
    await page.getByRole('button', { name: '取消' }).click();
    await context.close();
  });

  it('moves to another period from its own locked 设置 with 保存所属系列', async () => {
    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}&contest=${marchId}&tab=setup`);
    await page.getByText('比赛已开始，设置不能再修改（所属系列除外）').waitFor();
    expect(await page.getByLabel('比赛名称').isDisabled()).toBe(true);
    const choice = page.getByTestId('locked-series').getByTestId('series-choice');
    await choice.locator('select').nth(2).waitFor();
    const save = page.getByRole('button', { name: '保存所属系列' });
    expect(await save.isDisabled()).toBe(true);
    await choice.locator('select').nth(2).selectOption({ label: '2026年4月' });
    await screenshot(page, 'host-setup-locked-series');
    await save.click();
    await page.locator('.toast', { hasText: '所属系列已保存' }).waitFor();
    await expect.poll(() => save.isDisabled()).toBe(true);
    expect(await periodScores('m3')).toEqual({ 城关镇: 90, 石桥镇: 80 });
    expect(await periodScores('m2')).toEqual({});
    await page.goto(`${server.url}/host#series=${seriesId}`);
    await page.locator('[data-cell="t2-m3"]').getByText('三月村干部擂台赛').waitFor();
    await context.close();
  });

  it('shows a change made elsewhere when the operator comes back to the window', async () => {
    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}&series=${seriesId}`);
    await page.getByTestId('series-grid').waitFor();
    const other = await runSeriesContest(server.url, null, ['岔河乡'], [75], { title: '二月补赛', finish: true });
    other.host.close();
    expect((await api(server.url, 'PUT', `/api/contests/${other.created.id}/series`, { series: { seriesId, tierId: 't1', periodId: 'm1' } })).status).toBe(200);
    // Nothing tells this page; coming back to its window (focus) loads the series again.
    await page.waitForTimeout(300);
    expect(await page.locator('[data-cell="t1-m1"]').getByText('二月补赛').count()).toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.locator('[data-cell="t1-m1"]').getByText('二月补赛').waitFor();
    expect(await page.locator('.toast-error').count()).toBe(0);
    await context.close();
  });
});
