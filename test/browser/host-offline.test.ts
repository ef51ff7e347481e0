// The host console when the room's infrastructure fails: the server unreachable (presence is
// unknown, the controls are disabled and say why, N does nothing) and a disk that refuses writes
// (a lasting banner that says what to do, gone once a command is stored again), and a page whose
// data did not arrive (the reason and 重试 in its place).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseWrites } from '../../server/db/database.ts';
import type { HostView } from '../../shared/protocol/index.ts';
import { launchBrowser, newPage, screenshot, setNetwork, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, tokenOf, type TestClient } from '../support/server.ts';

interface Created {
  id: string;
  judges: { id: string; joinUrl: string }[];
}

let server: Awaited<ReturnType<typeof startBrowserServer>>;
let browser: Browser;
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of clients) c.close();
  await browser?.close();
  await server?.close();
});

const freshView = (c: TestClient) => new Promise<HostView>((resolve) => c.socket.emit('view:get', (v) => resolve(v as HostView)));
const onlineCount = (page: Page) => page.getByTestId('online-count').textContent();

describe('every page', () => {
  it('has a favicon, so no page logs a 404', async () => {
    const res = await fetch(`${server.url}/favicon.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('image/svg+xml');
    for (const page of ['/host', '/judge', '/screen', '/']) expect(await (await fetch(`${server.url}${page}`)).text()).toContain('href="/favicon.svg"');
  });
});

describe('host console under failure', () => {
  it('shows presence as unknown and disables the controls while the server cannot be reached', async () => {
    const created = (await api<Created>(server.url, 'POST', '/api/demo')).body;
    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
    const judges = await Promise.all(created.judges.slice(0, 2).map((j) => connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) })));
    clients.push(host, ...judges);
    for (const type of ['contest:start', 'presenter:next'] as const) expect(await host.send(type, {})).toMatchObject({ ok: true });

    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}&contest=${created.id}`);
    await page.locator('[data-testid=next-step][data-step=timer]').waitFor();
    await expect.poll(() => onlineCount(page)).toBe(`在线 2/${created.judges.length}`);

    await setNetwork(context, false);
    await page.getByTestId('offline-banner').waitFor();
    // Not the last known "在线 2/5" in green: nobody knows who is online now.
    expect(await onlineCount(page)).toContain('在线情况未知');
    expect(await page.locator('.judge-table .dot.on').count()).toBe(0);
    expect(await page.getByTestId('next-step').isDisabled()).toBe(true);
    expect(await page.getByTestId('run').getAttribute('title')).toBe('连接中断，恢复连接后可用');
    expect(await page.getByTestId('offline-banner').innerText()).toContain('操作按钮已停用');
    const rev = (await freshView(host)).rev;
    await page.keyboard.press('n');
    await page.waitForTimeout(300);
    expect((await freshView(host)).rev).toBe(rev);
    await screenshot(page, 'host-offline');

    await setNetwork(context, true);
    await page.getByTestId('offline-banner').waitFor({ state: 'detached', timeout: 10_000 });
    await expect.poll(() => onlineCount(page)).toBe(`在线 2/${created.judges.length}`);
    expect(await page.getByTestId('next-step').isEnabled()).toBe(true);
    await context.close();
  });

  it('keeps a banner up while the disk refuses writes, saying what to do', async () => {
    const created = (await api<Created>(server.url, 'POST', '/api/demo')).body;
    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
    clients.push(host);
    expect(await host.send('contest:start', {})).toMatchObject({ ok: true });

    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}&contest=${created.id}`);
    await page.locator('[data-testid=next-step][data-step=first]').waitFor();

    refuseWrites(server.forTests.db, true);
    await page.getByTestId('next-step').click();
    const banner = page.getByTestId('storage-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toContain('磁盘无法写入');
    expect(await banner.innerText()).toContain('磁盘是否已满');
    // Lasting: still there well after a toast would have faded.
    await page.waitForTimeout(6500);
    expect(await banner.isVisible()).toBe(true);
    await screenshot(page, 'host-storage-failed');

    refuseWrites(server.forTests.db, false);
    await page.getByTestId('next-step').click();
    await banner.waitFor({ state: 'detached' });
    await page.locator('[data-testid=next-step][data-step=timer]').waitFor();
    await context.close();
  });

  it('says what failed in place of a page that could not load, and 重试 loads it', async () => {
    const created = (await api<Created>(server.url, 'POST', '/api/demo')).body;
    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    // The judges' links are what the host needs at the door: their first load is lost on the Wi-Fi.
    let lose = true;
    await page.route(`**/api/contests/${created.id}/access`, (route) => (lose ? route.abort('connectionreset') : route.continue()));
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}&contest=${created.id}&tab=access`);
    const failed = page.locator('.load-failed');
    await failed.waitFor();
    expect(await failed.innerText()).toMatch(/^加载失败：.+ 重试$/);
    await screenshot(page, 'host-load-failed');
    lose = false;
    await failed.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => page.locator('.access-count').innerText()).toContain(`${created.judges.length}`);
    expect(await failed.count()).toBe(0);

    // The contest list likewise.
    lose = true;
    await page.route('**/api/contests', (route) => (lose ? route.abort('connectionreset') : route.continue()));
    await page.goto(`${server.url}/host#`);
    await failed.waitFor();
    lose = false;
    await failed.getByRole('button', { name: '重试' }).click();
    await page.locator('.contest-table').first().waitFor();
    expect(await failed.count()).toBe(0);

    // A contest copied as a template: not an empty form taken for the template.
    lose = true;
    await page.route(`**/api/contests/${created.id}`, (route) => (lose ? route.abort('connectionreset') : route.continue()));
    await page.goto(`${server.url}/host#new&from=${created.id}`);
    await failed.waitFor();
    expect(await page.locator('.setup-layout').count()).toBe(0);
    lose = false;
    await failed.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => page.getByLabel('比赛名称').inputValue()).not.toBe('');

    // The 对标 tab and a series page likewise.
    lose = true;
    await page.route(`**/api/contests/${created.id}/benchmarks`, (route) => (lose ? route.abort('connectionreset') : route.continue()));
    await page.goto(`${server.url}/host#contest=${created.id}&tab=benchmark`);
    await failed.waitFor();
    lose = false;
    await failed.getByRole('button', { name: '重试' }).click();
    await page.locator('.benchmark-unit-list').waitFor();
    const series = (await api<{ id: string }>(server.url, 'POST', '/api/series', { name: '2026年度擂台赛', tiers: [{ name: '乡镇' }], periods: [{ name: '1月' }] })).body;
    lose = true;
    await page.route(`**/api/series/${series.id}`, (route) => (lose ? route.abort('connectionreset') : route.continue()));
    await page.goto(`${server.url}/host#series=${series.id}`);
    await failed.waitFor();
    lose = false;
    await failed.getByRole('button', { name: '重试' }).click();
    await page.getByTestId('series-grid').waitFor();
    expect(await failed.count()).toBe(0);
    // A tier with no unit yet has no trend to draw: it says so (it said 正在加载趋势… for ever).
    await page.goto(`${server.url}/host#series=${series.id}&tab=standings`);
    await expect.poll(() => page.getByTestId('trend-panel').innerText()).toContain('此层级尚无单位');

    // A contest's 所属系列 without the list of series: not "不属于系列", which saving would keep.
    lose = true;
    await page.route('**/api/series', (route) => (lose ? route.abort('connectionreset') : route.continue()));
    await page.goto(`${server.url}/host#new`);
    await failed.waitFor();
    expect(await page.getByTestId('series-choice').count()).toBe(0);
    lose = false;
    await failed.getByRole('button', { name: '重试' }).click();
    await page.getByTestId('series-choice').getByRole('option', { name: '2026年度擂台赛' }).waitFor({ state: 'attached' });
    await context.close();
  });
});
