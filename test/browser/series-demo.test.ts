// The demo series as the operator first sees it (`npm run demo:series`): 概览 with two months held
// and March to run, and 排名与红黑榜 of February with its boards, in real Chromium at 1440×900.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOf, formatDate } from '../../shared/format.ts';
import { seedSeriesDemo } from '../../server/demo/series-demo.ts';
import { launchBrowser, newPage, screenshot, startBrowserServer } from '../support/browser.ts';
import { HOST_TOKEN } from '../support/server.ts';

let server: Awaited<ReturnType<typeof startBrowserServer>>;
let browser: Browser;
let id = '';

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
  id = await seedSeriesDemo(server.url, HOST_TOKEN);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the demo series in the host console', () => {
  it('shows the year begun, and February’s standing with its 红黑榜', async () => {
    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}&series=${id}`);
    await page.locator('[data-cell="t1-m3"]').getByText('2026年3月乡镇党委书记擂台赛（演示）').waitFor();
    expect(await page.locator('[data-cell="t1-m1"] .pill').innerText()).toBe('已结束');
    await screenshot(page, 'series-demo-overview');
    await page.goto(`${server.url}/host#series=${id}&tab=standings`);
    await page.getByTestId('board-red').waitFor();
    await expect.poll(() => page.getByTestId('board-black').innerText()).toContain('富良棚乡');
    expect(await page.getByTestId('board-red').innerText()).toContain('小街街道');
    await page.locator('[data-testid=trend-chart] svg text', { hasText: '2026年2月' }).first().waitFor();
    await screenshot(page, 'series-demo-standings');
    // 表彰 of the year so far: the cumulative tie at 181.00 says 并列, as the standing does.
    await page.goto(`${server.url}/host#series=${id}&tab=honours`);
    await page.getByTestId('honours-scope').selectOption('year');
    const rows = page.getByTestId('honours-recipients').locator('tbody tr');
    await expect.poll(() => rows.first().innerText()).toMatch(/第1名（并列）/);
    expect(await rows.nth(1).innerText()).toMatch(/第1名（并列）/);
    expect(await rows.nth(2).innerText()).not.toContain('并列');
    // The year's certificate names its total (a sum of two months is no score out of 100), and is
    // dated the day it is printed, not February's contest day; the empty date field says so.
    const preview = page.getByTestId('certificate-preview');
    await expect.poll(() => preview.innerText()).toContain('荣获第1名（累计得分 181.00）');
    expect(await preview.innerText()).not.toContain('181.00分');
    expect(await page.getByTestId('honours-recipients').locator('th').last().innerText()).toBe('累计得分');
    const today = formatDate(dayOf(Date.now()));
    expect(await preview.innerText()).toContain(today);
    expect(await page.getByTestId('date-default').innerText()).toBe(`留空则为下载当天（今天是 ${today}）`);
    await page.getByTestId('certificate-preview').scrollIntoViewIfNeeded();
    await screenshot(page, 'series-demo-honours-year');
    // A period's certificate keeps its contest's date, and says which.
    await page.getByTestId('honours-scope').selectOption('period');
    await expect.poll(() => page.getByTestId('date-default').innerText()).toBe('留空则为比赛日期：2026年2月22日');
    await context.close();
  });
});
