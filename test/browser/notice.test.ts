// 公示 in real Chromium against the real server: the host publishes a finished contest from the
// 公示 tab (1440×900) and answers an objection there; a member of the public opens the page on a
// phone (390×844), reads the results and submits an objection through the plain form; the
// exported HTML file renders with every network request refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAgents, requestFrom } from '../support/from-address.ts';
import { launchBrowser, newPage, screenshot, startBrowserServer } from '../support/browser.ts';
import { runSeriesContest } from '../support/series-contest.ts';
import { api, HOST_TOKEN, type TestClient } from '../support/server.ts';

let server: Awaited<ReturnType<typeof startBrowserServer>>;
let browser: Browser;
let contestId: string;
let noticeId: string;
let host: TestClient;

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
  const run = await runSeriesContest(server.url, null, ['城关镇', '岔河乡', '龙场镇', '新店镇'], [92, 88.5, 85, 79], { title: '2026年3月乡镇党委书记抓党建擂台赛', finish: true });
  host = run.host; // for a correction after publishing (the last test)
  contestId = run.created.id;
});
afterAll(async () => {
  host?.close();
  closeAgents();
  await browser?.close();
  await server?.close();
});

describe('公示 on the host console and on a phone', () => {
  it('the host publishes from the 公示 tab and answers an objection there', async () => {
    const { context, page } = await newPage(browser, 'laptop');
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);
    await page.goto(`${server.url}/host#contest=${contestId}&tab=notice`);
    // Without the issuing body: said under the form in Chinese only, no field path, no toast.
    await page.getByLabel('发布单位').fill('');
    await page.getByRole('button', { name: '发布公示', exact: true }).click();
    await expect.poll(() => page.locator('.notice-publish .field-error').allInnerTexts()).toEqual(['请填写发布单位']);
    expect(await page.locator('.toast').count()).toBe(0);
    await page.getByLabel('发布单位').fill('中共某某县委组织部');
    await page.getByLabel('联系方式').fill('县委组织部干部科 0851-1234567');
    await page.getByRole('button', { name: '发布公示', exact: true }).click();
    // Nothing of it can be changed or withdrawn later: asked first, with the terms as they will be published.
    const dialog = page.getByRole('dialog');
    await dialog.getByText('发布公示？').waitFor();
    const asked = await dialog.innerText();
    for (const s of ['公示期：', ' 至 ', '发布单位：中共某某县委组织部', '联系方式：县委组织部干部科 0851-1234567', '不能再修改，也不能撤回']) expect(asked, s).toContain(s);
    expect(asked).toMatch(/公示期：\d{4}年\d+月\d+日 至 \d{4}年\d+月\d+日/);
    await screenshot(page, 'host-notice-publish-confirm');
    // Cancelled: nothing is published, the form keeps what was typed.
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('.notice-card').count()).toBe(0);
    expect(await page.getByLabel('发布单位').inputValue()).toBe('中共某某县委组织部');
    await page.getByRole('button', { name: '发布公示', exact: true }).click();
    await dialog.getByRole('button', { name: '发布公示', exact: true }).click();
    await page.locator('.notice-card').waitFor();
    // One notice at a time: the form goes once it is published (a correction is republished on it).
    expect(await page.getByRole('button', { name: '发布公示', exact: true }).count()).toBe(0);
    noticeId = (await page.locator('.notice-card').getAttribute('data-notice'))!;
    expect(await page.locator('.notice-card .pill').first().innerText()).toBe('公示中');

    const object = (from: string, body: object) =>
      requestFrom(from, `${server.url}/api/public/notices/${noticeId}/objections`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await object('127.0.0.21', { text: '岔河乡汇报中引用的数据与实际不符，得分偏高。', name: '王某', phone: '139 0851 0000' })).status).toBe(201);
    expect((await object('127.0.0.22', { text: '第二位评委与龙场镇有工作关系，应当回避。' })).status).toBe(201);
    expect((await object('127.0.0.23', { text: '新店镇汇报超时约一分钟，未见扣分。', name: '李某' })).status).toBe(201);
    await page.reload();
    await page.locator('.objection').nth(2).waitFor();
    const first = page.locator('[data-objection="o1"]');
    await first.getByLabel('处理决定').selectOption('upheld');
    await first.getByLabel('理由（将公开）').fill('经核查，汇报数据有正式文件依据，维持原结果。');
    await first.getByRole('button', { name: '答复', exact: true }).click();
    await first.locator('.objection-answer').waitFor();
    expect(await first.locator('.objection-answer').innerText()).toContain('维持原结果');
    const third = page.locator('[data-objection="o3"]');
    await third.getByLabel('处理决定').selectOption('rejected');
    await third.getByLabel('理由（将公开）').fill('计时记录显示汇报用时 7:58，未超时。');
    await third.getByRole('button', { name: '答复', exact: true }).click();
    await third.locator('.objection-answer').waitFor();
    await page.locator('.toast').first().waitFor({ state: 'detached', timeout: 5000 });
    // The host sees who wrote; the public never does (checked on the phone below).
    expect(await page.locator('[data-objection="o1"] .objection-head').innerText()).toContain('王某');
    await screenshot(page, 'host-notice');
    await context.close();
  });

  it('the public page on a phone: results, fingerprint, answers without names, and the objection form', async () => {
    const { context, page } = await newPage(browser, 'phone');
    await page.goto(`${server.url}/notice/${noticeId}`);
    const body = await page.locator('body').innerText();
    for (const s of ['公示中', '城关镇', '92.00', '88.50', '维持原结果', '不予受理', '处理中', '中共某某县委组织部']) expect(body, s).toContain(s);
    expect(body).not.toContain('王某');
    expect(body).not.toContain('139 0851');
    const { sha256 } = (await api<{ publications: { fingerprint: { sha256: string } }[] }>(server.url, 'GET', `/api/notices/${noticeId}`)).body.publications[0]!.fingerprint;
    expect(body).toContain(sha256);
    // Nothing overflows the phone's width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'notice-phone');
    await page.locator('section', { hasText: '异议（3 件）' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'notice-phone-objections');

    await page.getByLabel('异议内容（必填）').fill('城关镇的得分与现场亮分不一致，请核实。');
    await page.getByLabel('联系电话（选填）').fill('138-0000-1111');
    await page.getByRole('button', { name: '提交异议' }).click();
    await page.getByRole('status').waitFor();
    expect(await page.getByRole('status').innerText()).toContain('异议已提交（第 4 件）');
    expect(await page.locator('body').innerText()).toContain('异议（4 件）');
    await page.locator('#objection').scrollIntoViewIfNeeded();
    await screenshot(page, 'notice-phone-sent');
    // In English from the link in the header: the page's words, the published results as published.
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Send the objection' }).waitFor();
    const en = await page.locator('body').innerText();
    for (const s of ['Open for objections', 'Objections (4)', 'result upheld', '城关镇', '92.00']) expect(en, s).toContain(s);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'notice-phone-en');
    await context.close();
  });

  it('the exported HTML file renders with the network cut', async () => {
    const res = await fetch(`${server.url}/api/notices/${noticeId}/notice.html`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } });
    // Outside the repository: with LEITAI_SCREENSHOTS the screenshots' folder is docs/screenshots.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-notice-')), `notice-${noticeId}.html`);
    fs.writeFileSync(file, await res.text());
    const { context, page } = await newPage(browser, 'phone');
    const attempts: string[] = [];
    await context.route(/^(?!file:)/, (route) => {
      attempts.push(route.request().url());
      return route.abort();
    });
    await context.setOffline(true);
    await page.goto(`file://${file}`);
    expect(await page.locator('header h1').innerText()).toBe('2026年3月乡镇党委书记抓党建擂台赛');
    expect(await page.locator('tbody tr').count()).toBe(4);
    const qr = await page.locator('.qr svg').boundingBox();
    expect(qr?.width).toBeGreaterThan(100);
    // Styled: the header's red band comes from the inline CSS.
    expect(await page.locator('header').evaluate((h) => getComputedStyle(h).backgroundColor)).toBe('rgb(179, 38, 30)');
    expect(await page.locator('form').count()).toBe(0);
    expect(attempts).toEqual([]);
    await screenshot(page, 'notice-offline');
    await context.close();
  });

  it('a series publishes one period from its standings (公示本期)', async () => {
    const made = await api<{ id: string }>(server.url, 'POST', '/api/series', {
      name: '2026年度三级干部擂台赛',
      issuer: '中共某某县委组织部',
      tiers: [{ name: '乡镇党委书记' }],
      periods: [{ name: '2026年3月' }],
      headings: [{ name: '责任落实' }],
      boards: { red: { by: 'top', count: 1 }, black: { by: 'bottom', count: 1 } },
    });
    const seriesId = made.body.id;
    const run = await runSeriesContest(server.url, { seriesId, tierId: 't1', periodId: 'm1' }, ['城关镇', '岔河乡', '龙场镇'], [90, 86, 81], { finish: true, title: '2026年3月乡镇党委书记擂台赛' });
    run.host.close();
    const { context, page } = await newPage(browser, 'laptop');
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);
    await page.goto(`${server.url}/host#series=${seriesId}&tab=standings`);
    await page.getByRole('button', { name: '公示本期' }).click();
    // The issuing body comes from the series definition.
    expect(await page.getByLabel('发布单位').inputValue()).toBe('中共某某县委组织部');
    await page.getByLabel('联系方式').fill('0851-1234567');
    await page.getByRole('button', { name: '发布公示', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '发布公示', exact: true }).click();
    await page.locator('.notice-card').waitFor();
    expect(await page.locator('.notice-card h2').innerText()).toContain('2026年度三级干部擂台赛 乡镇党委书记');
    // Beside the series' fingerprint, the period's contest's, under its title.
    expect(await page.getByTestId('contest-fingerprint').innerText()).toMatch(/^「2026年3月乡镇党委书记擂台赛」记录指纹 [0-9a-f]{64}$/);
    await page.locator('.toast').first().waitFor({ state: 'detached', timeout: 5000 });
    await page.locator('.notice-card').scrollIntoViewIfNeeded();
    await screenshot(page, 'host-series-notice');
    const id = (await page.locator('.notice-card').getAttribute('data-notice'))!;
    const pub = await (await fetch(`${server.url}/api/public/notices/${id}`)).json() as { current: { tables: { heading: string }[] } };
    expect(pub.current.tables.map((t) => t.heading)).toEqual(['本期排名', '红榜', '黑榜']);
    await context.close();
  });

  it('a series notice on a phone marks ties as the host console, the poster and the projector do', async () => {
    // Four towns, two level in second place: the 红榜 (top 2) takes both, said as 并列入榜; the
    // black board's two level at the bottom (bottom 1) likewise.
    const made = await api<{ id: string }>(server.url, 'POST', '/api/series', {
      name: '2026年度乡镇党委书记擂台赛',
      issuer: '中共某某县委组织部',
      tiers: [{ name: '乡镇党委书记' }],
      periods: [{ name: '2026年3月' }],
      boards: { red: { by: 'top', count: 2 }, black: { by: 'bottom', count: 1 } },
    });
    const seriesId = made.body.id;
    const run = await runSeriesContest(server.url, { seriesId, tierId: 't1', periodId: 'm1' }, ['双江街道', '小街街道', '化念镇', '岔河乡', '富良棚乡'], [90, 88, 88, 72, 72], { finish: true });
    run.host.close();
    const published = await api<{ id: string }>(server.url, 'POST', '/api/notices', { subject: { kind: 'series', seriesId, tierId: 't1', periodId: 'm1' }, terms: { start: '2026-04-01', end: '2026-04-08', issuer: '中共某某县委组织部' } });
    expect(published.status).toBe(201);
    const { context, page } = await newPage(browser, 'phone');
    await page.goto(`${server.url}/notice/${published.body.id}`);
    const rows = (heading: string) => page.locator('section', { has: page.locator('h2', { hasText: new RegExp(`^${heading}$`) }) }).locator('tbody tr').allInnerTexts();
    const cells = async (heading: string) => (await rows(heading)).map((r) => r.split('\t').map((c) => c.trim()));
    // The rank as the series report prints it (2（并列）), the board marks as the poster's.
    expect((await cells('本期排名')).map((r) => r[0])).toEqual(['1', '2（并列）', '2（并列）', '4（并列）', '4（并列）']);
    expect(await cells('红榜')).toEqual([
      ['1', '双江街道', '90.00'],
      ['2', '小街街道', '88.00（并列入榜）'],
      ['2', '化念镇', '88.00（并列入榜）'],
    ]);
    expect((await cells('黑榜')).map((r) => r[2])).toEqual(['72.00（并列入榜）', '72.00（并列入榜）']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'notice-phone-series-ties');
    await context.close();
  });

  it('a score corrected after publishing is flagged on the host’s notice until it is republished', async () => {
    const { context, page } = await newPage(browser, 'laptop');
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);
    await page.goto(`${server.url}/host#contest=${contestId}&tab=notice`);
    await page.locator('.notice-card').waitFor();
    const republish = page.getByRole('button', { name: '更正后重新公示' });
    // Nothing corrected: nothing to republish.
    expect(await republish.isDisabled()).toBe(true);
    expect(await page.getByTestId('corrections-pending').count()).toBe(0);
    const reason = '根据异议第1件复核：乙评委对岔河乡误录为88.5，应为86.5';
    expect(await host.send('score:correct', { presenterId: 'p2', judgeId: 'j2', values: [86.5], reason })).toMatchObject({ ok: true });
    // Corrected from another window: coming back to this one shows it, without waiting for the 15 s look.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const flag = page.getByTestId('corrections-pending');
    await flag.waitFor({ timeout: 5000 });
    expect(await flag.innerText()).toContain('公示后已更正 1 项');
    expect(await flag.innerText()).toContain(reason);
    expect(await republish.isDisabled()).toBe(false);
    await flag.scrollIntoViewIfNeeded();
    await screenshot(page, 'host-notice-correction');
    // Public at once: asked first, naming the version and the corrections it carries.
    await republish.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('重新公示为第 2 版？').waitFor();
    expect(await dialog.innerText()).toContain(reason);
    await dialog.getByRole('button', { name: '更正后重新公示' }).click();
    await flag.waitFor({ state: 'detached' });
    expect(await page.locator('.notice-card h2').first().innerText()).toContain('第 2 版');
    expect(await republish.isDisabled()).toBe(true);
    await context.close();
  });

  it('says in place when the notices cannot be loaded, and when a refresh fails, without a toast every 15 s', async () => {
    const { context, page } = await newPage(browser, 'laptop');
    const list = (u: URL) => u.pathname === '/api/notices' && u.searchParams.has('contest');
    let lose = true;
    await page.route(list, (route) => (lose ? route.abort('connectionreset') : route.continue()));
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);
    await page.goto(`${server.url}/host#contest=${contestId}&tab=notice`);
    const failed = page.locator('.load-failed');
    await failed.waitFor();
    expect(await failed.innerText()).toMatch(/^加载失败：.+ 重试$/);
    lose = false;
    await failed.getByRole('button', { name: '重试' }).click();
    await page.locator('.notice-card').waitFor();
    expect(await failed.count()).toBe(0);

    // Loaded, then the Wi-Fi drops: the cards stay, with a line saying since when.
    lose = true;
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const stale = page.locator('.notice-stale');
    await stale.waitFor({ timeout: 5000 });
    expect(await stale.innerText()).toMatch(/^未能刷新：.+。以下为 \d{4}年\d+月\d+日 \d\d:\d\d 的情况/);
    expect(await page.locator('.notice-card').count()).toBeGreaterThan(0);
    expect(await page.locator('.toast').count()).toBe(0);
    await screenshot(page, 'host-notice-stale');
    lose = false;
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await stale.waitFor({ state: 'detached', timeout: 5000 });
    await context.close();
  });

  it('an answer stays on screen when a look at the list that left before it comes back after it', async () => {
    const { context, page } = await newPage(browser, 'laptop');
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);
    await page.goto(`${server.url}/host#contest=${contestId}&tab=notice`);
    const second = page.locator('[data-objection="o2"]');
    await second.getByLabel('理由（将公开）').waitFor();
    // The next look (the 15 s one, or coming back to the window) is answered by the server now,
    // without the answer, and reaches the page only after the answer has been shown.
    const list = (u: URL) => u.pathname === '/api/notices' && u.searchParams.has('contest');
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let fetched = () => {};
    const looked = new Promise<void>((resolve) => (fetched = resolve));
    await page.route(list, async (route) => {
      const response = await route.fetch();
      fetched();
      await held;
      await route.fulfill({ response });
    }, { times: 1 });
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await looked;
    await second.getByLabel('处理决定').selectOption('rejected');
    await second.getByLabel('理由（将公开）').fill('与龙场镇无工作关系，经核实不属回避情形。');
    await second.getByRole('button', { name: '答复', exact: true }).click();
    await second.locator('.objection-answer').waitFor();
    const late = page.waitForResponse((r) => list(new URL(r.url())));
    release();
    await late;
    await page.waitForTimeout(500); // the late list parsed and rendered
    // Counted, not waited for: the answer must still be there now, not after the next look.
    expect(await second.locator('.objection-answer').count()).toBe(1);
    expect(await second.locator('.objection-answer').innerText()).toContain('不予受理');
    expect(await second.getByRole('button', { name: '答复', exact: true }).count()).toBe(0);
    await context.close();
  });
});
