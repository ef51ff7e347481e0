// The judge pad of a 评比 in real Chromium at phone size, against the real server: a list of
// units, each opening onto the score sheet, in any order; drafts kept per unit; a score made
// offline delivered once; the progress count and the next unit to score.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostView } from '../../shared/protocol/index.ts';
import { launchBrowser, newPage, screenshot, setNetwork, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, tokenOf, type TestClient } from '../support/server.ts';

const definition = {
  kind: 'rating',
  title: '2026年3月 村（社区）评比',
  criteria: [
    { name: '责任落实', max: 40 },
    { name: '问题化解', max: 30 },
    { name: '服务成效', max: 30 },
  ],
  judges: [
    { name: '李明华', title: '乡党委书记' },
    { name: '王建国', title: '乡长' },
  ],
  presenters: [
    { unit: '安居村', speaker: '陈志强' },
    { unit: '岔河村', speaker: '刘晓燕' },
    { unit: '甸中社区', speaker: '普建华' },
  ],
  rules: { scoreStep: 0.5 },
};

type Server = Awaited<ReturnType<typeof startBrowserServer>>;
interface LoggedEvent {
  commandId: string | null;
  data: { type: string; judgeId?: string; presenterId?: string };
}

let server: Server;
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

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const row = (page: Page, presenterId: string) => page.locator(`[data-testid="rating-unit"][data-presenter="${presenterId}"]`);
const statusOf = (page: Page, presenterId: string) => row(page, presenterId).getAttribute('data-status');
const submitted = async (id: string) =>
  (await api<LoggedEvent[]>(server.url, 'GET', `/api/contests/${id}/events`)).body.filter((e) => e.data.type === 'MarksSubmitted' && e.data.judgeId === 'j1');
const marksOf = (host: TestClient, presenterId: string, values: number[]) =>
  host.waitFor<HostView>((v) => v.role === 'host' && JSON.stringify(v.presenters.find((p) => p.id === presenterId)?.marks.j1?.values) === JSON.stringify(values));

async function fill(page: Page, values: [number, number, number]) {
  await field(page, '责任落实').fill(String(values[0]));
  await field(page, '问题化解').fill(String(values[1]));
  await field(page, '服务成效').fill(String(values[2]));
}
async function submit(page: Page) {
  await page.getByRole('button', { name: '提交评分' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认提交' }).click();
}

describe('judge pad of a 评比 (评比打分)', () => {
  it('scores three units through the list in any order, a draft kept, one offline, each delivered once', async () => {
    const created = (await api<{ id: string; judges: { joinUrl: string }[] }>(server.url, 'POST', '/api/contests', definition)).body;
    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
    closers.push(() => host.close());
    expect(await host.send('contest:start', {})).toMatchObject({ ok: true });
    expect(await host.send('scoring:openAll', {})).toMatchObject({ ok: true });
    const joinUrl = created.judges[0]!.joinUrl.replace('http://leitai.test', server.url);

    const { context, page }: { context: BrowserContext; page: Page } = await newPage(browser, 'phone');
    closers.push(() => context.close());
    await page.goto(joinUrl);
    await expect.poll(() => page.getByTestId('rating-progress').textContent()).toBe('已评 0/3');
    expect(await page.getByTestId('rating-unit').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')))).toEqual(['unscored', 'unscored', 'unscored']);
    expect(await row(page, 'p1').getAttribute('aria-current')).toBe('step');
    expect(await page.getByTestId('presenter-unit').count()).toBe(0); // no stage, no presenter card

    // Start with the second unit: type one value (a draft), then move on with 下一个.
    await row(page, 'p2').click();
    expect(await page.getByTestId('unit-position').textContent()).toBe('第 2/3 个');
    expect(await page.getByTestId('presenter-unit').textContent()).toBe('岔河村');
    await field(page, '责任落实').fill('30');
    await page.getByTestId('next-unit').click();
    expect(await page.getByTestId('presenter-unit').textContent()).toBe('甸中社区');
    expect(await page.getByTestId('next-unit').isDisabled()).toBe(true);
    expect(await field(page, '责任落实').inputValue()).toBe('');
    await fill(page, [36, 27.5, 25]);
    await submit(page);

    // Back on the list: the third is sent, the second a draft, the first marked as next.
    await expect.poll(() => statusOf(page, 'p3')).toBe('submitted');
    expect(await statusOf(page, 'p2')).toBe('draft');
    expect(await row(page, 'p1').getAttribute('aria-current')).toBe('step');
    expect(await row(page, 'p1').textContent()).toContain('下一个待评');
    expect(await page.getByTestId('rating-progress').textContent()).toBe('已评 1/3');
    expect(await row(page, 'p3').textContent()).toContain('88.5');
    await marksOf(host, 'p3', [36, 27.5, 25]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'judge-rating-list');

    // The first unit: 上一个 is not there to press; score it.
    await row(page, 'p1').click();
    expect(await page.getByTestId('prev-unit').isDisabled()).toBe(true);
    await fill(page, [38, 26, 27]);
    expect(await page.getByTestId('live-total').textContent()).toBe('91');
    await screenshot(page, 'judge-rating-unit');
    await submit(page);
    await expect.poll(() => statusOf(page, 'p1')).toBe('submitted');
    expect(await row(page, 'p2').getAttribute('aria-current')).toBe('step');

    // The second unit, offline: the draft is still there; the score waits on the phone.
    await setNetwork(context, false);
    await expect.poll(() => page.getByTestId('connection').textContent()).toBe('离线');
    await row(page, 'p2').click();
    expect(await field(page, '责任落实').inputValue()).toBe('30');
    await field(page, '问题化解').fill('20');
    await field(page, '服务成效').fill('22.5');
    await submit(page);
    await expect.poll(() => statusOf(page, 'p2')).toBe('pending');
    expect(await page.getByTestId('rating-progress').textContent()).toBe('已评 3/3');
    const key = `leitai:outbox:${tokenOf(joinUrl)}`;
    const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? '[]') as { commandId: string }[];
    expect(stored).toHaveLength(1);
    expect((await submitted(created.id)).filter((e) => e.data.presenterId === 'p2')).toHaveLength(0);

    // Back on the Wi-Fi it goes out once; a resend of it (an ack lost) is applied once too.
    await setNetwork(context, true);
    await expect.poll(() => statusOf(page, 'p2'), { timeout: 8000 }).toBe('submitted');
    await marksOf(host, 'p2', [30, 20, 22.5]);
    await page.evaluate(([k, item]) => localStorage.setItem(k, JSON.stringify([item])), [key, stored[0]] as const);
    await page.reload();
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
    await expect.poll(() => page.getByTestId('rating-progress').textContent()).toBe('已评 3/3');
    const events = await submitted(created.id);
    expect(events.map((e) => e.data.presenterId).sort()).toEqual(['p1', 'p2', 'p3']);
    expect(events.find((e) => e.data.presenterId === 'p2')?.commandId).toBe(stored[0]!.commandId);

    // Revealed units say so, and their sheets are read-only.
    expect(await host.send('scoring:revealAll', { allowMissing: true })).toMatchObject({ ok: true });
    await expect.poll(() => row(page, 'p1').textContent()).toContain('已亮分');
    await row(page, 'p1').click();
    expect(await page.getByTestId('submitted-values-total').textContent()).toBe('91');
    expect(await page.getByRole('button', { name: '修改' }).count()).toBe(0);
    await page.getByTestId('back-to-list').click();
    await page.getByTestId('rating-list').waitFor();
  });

  it('fetches the list only for a 评比: when that fetch fails the judge is told, and 重新加载 brings it', async () => {
    const created = (await api<{ judges: { joinUrl: string }[] }>(server.url, 'POST', '/api/contests', definition)).body;
    const joinUrl = created.judges[1]!.joinUrl.replace('http://leitai.test', server.url);
    const { context, page } = await newPage(browser, 'phone');
    closers.push(() => context.close());
    // The pad's own code loads; the 评比 list, fetched once the view says 评比, does not.
    let refused = 0;
    await page.route('**/assets/rating-pad-*', (route) => (refused++, route.abort('internetdisconnected')));
    await page.goto(joinUrl);
    const failed = page.getByTestId('pad-failed');
    await expect.poll(() => failed.textContent()).toContain('评分表没有加载完整');
    expect(refused).toBeGreaterThan(0);
    expect(await page.getByTestId('connection').textContent()).toBe('在线'); // the socket is fine; only the code is missing
    await screenshot(page, 'judge-rating-failed');

    await page.unroute('**/assets/rating-pad-*');
    await failed.getByRole('button', { name: '重新加载' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe('评比尚未开始，请稍候。');
    expect(await failed.count()).toBe(0);
  });
});
