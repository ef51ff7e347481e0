// Issue 12's "also seen", in real Chromium: one judge link open on two phones (each phone its own
// browser context, so its own storage and device id) shows the judge a notice and the host a
// badge, on the run page and the access page; and a page of another origin cannot open a socket.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostView } from '../../shared/protocol/index.ts';
import { launchBrowser, newPage, screenshot, sizes, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, type TestClient } from '../support/server.ts';

const definition = {
  title: '书记擂台赛（第二期）',
  criteria: [{ name: '工作成效', max: 60 }, { name: '汇报表现', max: 40 }],
  judges: [
    { name: '李明华', title: '县委书记' },
    { name: '王建国', title: '县长' },
  ],
  presenters: [{ unit: '双江街道', speaker: '陈志强' }],
};
const NOTICE = '此链接也在另一台设备上打开';

let server: Awaited<ReturnType<typeof startBrowserServer>>;
let browser: Browser;
let host: TestClient;
let contestId: string;
let joinUrl: string;
const closers: (() => unknown)[] = [];

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
  const created = (await api<{ id: string; judges: { joinUrl: string }[] }>(server.url, 'POST', '/api/contests', definition)).body;
  contestId = created.id;
  joinUrl = created.judges[0]!.joinUrl.replace('http://leitai.test', server.url);
  host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId });
  expect(await host.send('contest:start', {})).toMatchObject({ ok: true });
});
afterAll(async () => {
  for (const close of closers.reverse()) await close();
  host?.close();
  await browser?.close();
  await server?.close();
});

/** A phone of its own: a new browser context (storage, and so device id, not shared). */
async function phone(): Promise<Page> {
  const { context, page } = await newPage(browser, 'phone');
  closers.push(() => context.close().catch(() => {}));
  await page.goto(joinUrl);
  await page.getByTestId('judge-name').waitFor();
  return page;
}
const devices = (n: number) => host.waitFor<HostView>((v) => v.role === 'host' && v.judges[0]!.devices === n);

describe('one judge link on two phones', () => {
  it('tells the judge on both phones and the host on the run and access pages; gone once the second leaves', { timeout: 60_000 }, async () => {
    const first = await phone();
    await devices(1);
    expect(await first.getByTestId('other-devices').count()).toBe(0);

    const second = await phone();
    await devices(2);
    for (const p of [first, second]) await p.getByText(NOTICE).waitFor();
    // A second tab on the same phone is the same device: nothing more to tell.
    const tab = await first.context().newPage();
    await tab.goto(joinUrl);
    await tab.getByText(NOTICE).waitFor();
    await tab.waitForTimeout(300);
    expect((host.view as HostView).judges[0]!.devices).toBe(2);
    await tab.close();
    await screenshot(first, 'judge-other-device');

    const { context, page: hostPage } = await newPage(browser, 'laptop');
    closers.push(() => context.close());
    await hostPage.goto(`${server.url}/host#token=${HOST_TOKEN}&contest=${contestId}`);
    const runBadge = hostPage.locator('.judge-table tr[data-judge=j1] [data-testid=devices]');
    await runBadge.waitFor();
    expect(await runBadge.textContent()).toBe('2台设备');
    expect(await hostPage.locator('.judge-table tr[data-judge=j2] [data-testid=devices]').count()).toBe(0);
    await screenshot(hostPage, 'host-run-two-devices');
    await hostPage.goto(`${server.url}/host#contest=${contestId}&tab=access`);
    const accessBadge = hostPage.locator('.judge-card[data-judge=j1] [data-testid=devices]');
    await accessBadge.waitFor();
    expect(await accessBadge.getAttribute('title')).toContain('2 台设备');
    await screenshot(hostPage, 'host-access-two-devices');

    await second.context().close();
    await devices(1); // after the grace period
    await first.getByTestId('other-devices').waitFor({ state: 'detached' });
    await accessBadge.waitFor({ state: 'detached' });
  });
});

describe('a page of another origin', () => {
  it('cannot open a socket to Leitai from Chromium, while the same script on Leitai’s own page can', { timeout: 30_000 }, async () => {
    // Another web server on another port: another origin, as an attacker's page would be.
    const foreign = http.createServer((_req, res) => res.setHeader('content-type', 'text/html').end('<!doctype html><title>elsewhere</title>'));
    await new Promise<void>((r) => foreign.listen(0, '127.0.0.1', r));
    closers.push(() => new Promise((r) => foreign.close(r)));
    const context = await browser.newContext({ viewport: sizes.laptop });
    closers.push(() => context.close());
    const page = await context.newPage();

    // The raw protocol, so the page needs no client library: open a WebSocket, send CONNECT as
    // the audience, report the server's answer to it.
    const tryConnect = (url: string) =>
      page.evaluate(
        ({ url, contestId }) =>
          new Promise<string>((resolve) => {
            const ws = new WebSocket(url);
            ws.onmessage = (e) => {
              const m = String(e.data);
              if (m.startsWith('0')) ws.send(`40${JSON.stringify({ role: 'audience', contestId })}`);
              else if (m.startsWith('40') || m.startsWith('44')) (ws.close(), resolve(m));
            };
            ws.onerror = () => resolve('error');
          }),
        { url, contestId },
      );
    const socketUrl = `${server.url.replace('http:', 'ws:')}/socket.io/?EIO=4&transport=websocket`;

    await page.goto(`http://127.0.0.1:${(foreign.address() as AddressInfo).port}/`);
    const refused = await tryConnect(socketUrl);
    expect(refused.startsWith('44')).toBe(true);
    expect(JSON.parse(refused.slice(2))).toMatchObject({ data: { code: 'forbidden' } });

    await page.goto(`${server.url}/healthz`);
    expect((await tryConnect(socketUrl)).startsWith('40')).toBe(true);
  });
});
