// An objection sent from the public page in the night is marked where the office looks first in
// the morning: N 件异议待答复 beside the contest in the list (and beside its series, and in the
// series' 概览 for a period's 公示), taking the host to where it is answered; once answered the
// mark goes. Dates are shown by the one formatter (2026年3月18日), not as typed.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, startBrowserServer } from '../support/browser.ts';
import { oneMonthSeries, runSeriesContest } from '../support/series-contest.ts';
import { api, HOST_TOKEN } from '../support/server.ts';

let server: Awaited<ReturnType<typeof startBrowserServer>>;
let browser: Browser;
let looseId = '';
let seriesId = '';
let looseNotice = '';

/** The server's calendar day (China time), so the notice period is open now. */
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const terms = () => ({ start: today(), end: today(), issuer: '中共峨山县委组织部', contact: '' });
const object = async (noticeId: string, text: string) => {
  const sent = await api(server.url, 'POST', `/api/public/notices/${noticeId}/objections`, { text }, '');
  expect(sent.status, JSON.stringify(sent.body)).toBe(201);
};

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
  const loose = await runSeriesContest(server.url, null, ['城关镇', '石桥镇'], [90, 80], { title: '三月擂台赛', finish: true, more: { date: '2026-03-18' } });
  loose.host.close();
  looseId = loose.created.id;
  const published = await api<{ id: string }>(server.url, 'POST', '/api/notices', { subject: { kind: 'contest', contestId: looseId }, terms: terms() });
  expect(published.status, JSON.stringify(published.body)).toBe(201);
  looseNotice = published.body.id;
  await object(looseNotice, '石桥镇的汇报时间计时有误');
  await object(looseNotice, '评委打分与现场不符');

  seriesId = await oneMonthSeries(server.url);
  const run = await runSeriesContest(server.url, { seriesId, tierId: 't1', periodId: 'm1' }, ['安居村', '岔河村'], [88, 86], { title: '三月村干部擂台赛', finish: true });
  run.host.close();
  const period = await api<{ id: string }>(server.url, 'POST', '/api/notices', { subject: { kind: 'series', seriesId, tierId: 't1', periodId: 'm1' }, terms: terms() });
  expect(period.status, JSON.stringify(period.body)).toBe(201);
  await object(period.body.id, '岔河村的积分未计入');
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('unanswered objections', () => {
  it('are counted by GET /api/notices?summary=unanswered, each notice with its subject', async () => {
    const summary = (await api<{ id: string; subject: { kind: string }; unanswered: number }[]>(server.url, 'GET', '/api/notices?summary=unanswered')).body;
    expect(summary.map((n) => [n.subject.kind, n.unanswered])).toEqual([
      ['contest', 2],
      ['series', 1],
    ]);
    expect(Object.keys(summary[0]!).sort()).toEqual(['id', 'subject', 'unanswered']);
    expect((await api(server.url, 'GET', '/api/notices?summary=all')).status).toBe(400);
  });

  it('are marked in the contest list, beside the series and in its 概览', async () => {
    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);
    const row = page.locator(`tr[data-contest="${looseId}"]`);
    await row.getByTestId('objection-badge').waitFor();
    expect(await row.getByTestId('objection-badge').innerText()).toBe('2 件异议待答复');
    expect(await row.locator('td').nth(1).innerText()).toBe('2026年3月18日');
    const block = page.locator(`[data-series="${seriesId}"]`);
    expect(await block.locator('.group-head').getByTestId('objection-badge').innerText()).toBe('1 件异议待答复');
    // The series contest itself has no 公示 of its own: no mark on its row.
    expect(await block.locator('tr[data-contest]').getByTestId('objection-badge').count()).toBe(0);
    await screenshot(page, 'host-list-objections');

    await block.locator('.group-head').getByRole('button', { name: '打开系列' }).click();
    const cell = page.locator('[data-cell="t1-m1"]');
    await cell.getByTestId('objection-badge').waitFor();
    expect(await cell.getByTestId('objection-badge').innerText()).toBe('1 件异议待答复');
    await cell.getByTestId('objection-badge').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('tab=standings');
    await context.close();
  });

  it('takes the host to the contest’s 公示, and goes once every objection is answered', async () => {
    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);
    await page.locator(`tr[data-contest="${looseId}"]`).getByTestId('objection-badge').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#contest=${looseId}&tab=notice`);

    const notice = (await api<{ objections: { id: string }[] }>(server.url, 'GET', `/api/notices/${looseNotice}`)).body;
    for (const o of notice.objections) {
      const answered = await api(server.url, 'POST', `/api/notices/${looseNotice}/commands`, { type: 'objection:answer', objectionId: o.id, decision: 'upheld', reason: '经核查，计时与评分无误' });
      expect(answered.status).toBe(200);
    }
    await page.goto(`${server.url}/host#`);
    await page.locator(`tr[data-contest="${looseId}"]`).waitFor();
    await page.locator(`[data-series="${seriesId}"] .group-head`).getByTestId('objection-badge').waitFor();
    expect(await page.locator(`tr[data-contest="${looseId}"]`).getByTestId('objection-badge').count()).toBe(0);
    await context.close();
  });

  it('are marked on the contest’s 公示 tab from any tab, and the mark goes with the last answer', async () => {
    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);
    await page.goto(`${server.url}/host#contest=${looseId}&tab=run`);
    const tab = page.locator('nav.tabs .tab', { hasText: '公示' });
    await page.locator('.conn-online').waitFor();
    // Everything answered (the test before): no mark.
    expect(await tab.getByTestId('objection-badge').count()).toBe(0);
    await object(looseNotice, '城关镇的名次与现场宣布不一致');
    // The operator is on 现场控制: the next look (every 15 s, or on coming back to the window) marks the tab.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const mark = tab.getByTestId('objection-badge');
    await mark.waitFor();
    expect(await mark.innerText()).toBe('1');
    expect(await mark.getAttribute('title')).toBe('1 件异议待答复');
    await screenshot(page, 'host-contest-objection-tab');
    // The tab opens the 公示 with the objection waiting there; answered, the mark goes at once.
    await tab.click();
    const pending = page.locator('.objection-pending');
    await pending.getByLabel('理由（将公开）').fill('经核对现场记录，名次无误');
    await pending.getByRole('button', { name: '答复', exact: true }).click();
    await mark.waitFor({ state: 'detached', timeout: 3000 });
    await context.close();
  });
});
