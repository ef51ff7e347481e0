// The judge pad's browser tests share one server and browser per file, a fresh contest per test
// (started, with a host socket and judge 1's link) and a phone-sized page per judge.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { HostView } from '../../shared/protocol/index.ts';
import { launchBrowser, newPage, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, type TestClient } from '../support/server.ts';

export const definition = {
  title: '书记擂台赛（第一期）',
  criteria: [
    { name: '工作成效', max: 40 },
    { name: '创新亮点', max: 30 },
    { name: '汇报表现', max: 30 },
  ],
  judges: [
    { name: '李明华', title: '县委书记' },
    { name: '王建国', title: '县长' },
  ],
  presenters: [
    { unit: '双江街道', speaker: '陈志强', title: '党工委书记' },
    { unit: '小街街道', speaker: '刘晓燕', title: '党工委书记' },
    { unit: '甸中镇', speaker: '普建华', title: '党委书记' },
  ],
  rules: { reportSeconds: 300, qaSeconds: 120, scoreStep: 0.5 },
};

interface LoggedEvent {
  commandId: string | null;
  at: number;
  data: { type: string; judgeId?: string; presenterId?: string; values?: number[] };
}

export const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

export const marksOf = (host: TestClient, presenterId: string, values: number[]) =>
  host.waitFor<HostView>((v) => v.role === 'host' && JSON.stringify(v.presenters.find((p) => p.id === presenterId)?.marks.j1?.values) === JSON.stringify(values));

/** Registers the file's server and browser; what it returns works inside the file's tests. */
export function judgeBench() {
  let server: Awaited<ReturnType<typeof startBrowserServer>>;
  let browser: Browser;
  const closers: (() => unknown)[] = [];
  beforeAll(async () => {
    server = await startBrowserServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    await browser?.close();
    await server?.close();
  });

  return {
    url: () => server.url,
    /** Closed with the file. */
    closeLater: (close: () => unknown) => closers.push(close),
    /** A fresh contest, started, with a host socket and judge 1's link. */
    async contest() {
      const created = (await api<{ id: string; judges: { joinUrl: string }[] }>(server.url, 'POST', '/api/contests', definition)).body;
      const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
      closers.push(() => host.close());
      expect(await host.send('contest:start', {})).toMatchObject({ ok: true });
      const joinUrl = created.judges[0]!.joinUrl.replace('http://leitai.test', server.url);
      return { id: created.id, host, joinUrl };
    },
    async judgePage(timezoneId?: string): Promise<{ context: BrowserContext; page: Page }> {
      const { context, page } = await newPage(browser, 'phone', { timezoneId });
      closers.push(() => context.close());
      // Record the buzz a judge would feel when scoring opens.
      await context.addInitScript(() => {
        const w = window as unknown as { buzz: unknown[] };
        w.buzz = [];
        Object.defineProperty(navigator, 'vibrate', { value: (p: unknown) => (w.buzz.push(p), true) });
      });
      return { context, page };
    },
    /** Judge 1's MarksSubmitted events in the contest's log. */
    submittedEvents: async (id: string) =>
      (await api<LoggedEvent[]>(server.url, 'GET', `/api/contests/${id}/events`)).body.filter((e) => e.data.type === 'MarksSubmitted' && e.data.judgeId === 'j1'),
  };
}
