// Real headless Chromium (Debian's, installed by .ci/run) driven by playwright-core, against the
// real server serving the freshly built client.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type WebSocketRoute } from 'playwright-core';
import { inject } from 'vitest';
import { startServer, tempDir } from './server.ts';

export { SCREENSHOTS } from './screenshots.ts';
import { SCREENSHOTS } from './screenshots.ts';

export const sizes = {
  phone: { width: 390, height: 844 },
  projector: { width: 1920, height: 1080 },
  laptop: { width: 1440, height: 900 },
} as const;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export async function startBrowserServer() {
  const clientDir = inject('clientDir');
  if (clientDir.startsWith('BUILD FAILED')) throw new Error(clientDir);
  return startServer(tempDir(), { clientDir, offlineGraceMs: 1500 });
}

/** `timezoneId` sets the device's zone (a phone set to another zone must still show China time). */
export async function newPage(browser: Browser, size: keyof typeof sizes, opts: { touch?: boolean; timezoneId?: string } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: sizes[size],
    deviceScaleFactor: 1,
    hasTouch: opts.touch ?? size === 'phone',
    isMobile: size === 'phone',
    locale: 'zh-CN',
    ...(opts.timezoneId ? { timezoneId: opts.timezoneId } : {}),
  });
  await routeSockets(context);
  const page = await context.newPage();
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

interface Network {
  offline: boolean;
  open: Set<WebSocketRoute>;
}
const networks = new WeakMap<BrowserContext, Network>();

/**
 * Routes every socket.io WebSocket of a context through Playwright, so that `setNetwork` can cut
 * it: Chromium's offline emulation alone neither closes open WebSockets nor refuses new ones.
 */
async function routeSockets(context: BrowserContext): Promise<void> {
  const net: Network = { offline: false, open: new Set() };
  networks.set(context, net);
  await context.routeWebSocket(/\/socket\.io\//, (ws) => {
    if (net.offline) return void ws.close({ code: 1006, reason: 'offline' }).catch(() => {});
    ws.connectToServer();
    net.open.add(ws);
    ws.onClose(() => net.open.delete(ws));
  });
}

/** Takes a browser context off the network (open sockets dropped, new ones refused) and back. */
export async function setNetwork(context: BrowserContext, online: boolean): Promise<void> {
  const net = networks.get(context);
  if (!net) throw new Error('setNetwork needs a context made by newPage');
  net.offline = !online;
  await context.setOffline(!online);
  if (!online) for (const ws of [...net.open]) await ws.close({ code: 1006, reason: 'offline' }).catch(() => {});
}
