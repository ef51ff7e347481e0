// What the console says the projector shows, and what the projector calls the ranking, match
// what the room sees: 提问答复 during Q&A (the console said 汇报中 beside the projector's Q&A
// clock), and 最终排名 once the contest is over (it said 当前排名).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, tokenOf, type TestClient } from '../support/server.ts';

const definition = {
  title: '书记擂台赛',
  criteria: [{ name: '工作成效', max: 100 }],
  judges: [{ name: '李明华' }],
  presenters: [{ unit: '双江街道' }, { unit: '小街街道' }],
};

describe('the stage as the console names it', () => {
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

  it('says 提问答复 while the projector shows the Q&A clock, and the projector says 最终排名 after the finish', async () => {
    const made = (await api<{ id: string; screenUrl: string; judges: { joinUrl: string }[] }>(server.url, 'POST', '/api/contests', definition)).body;
    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: made.id });
    const judge = await connect(server.url, { role: 'judge', token: tokenOf(made.judges[0]!.joinUrl) });
    clients.push(host, judge);
    const run = async (type: string, payload: Record<string, unknown> = {}) => expect(await host.send(type as 'contest:start', payload)).toMatchObject({ ok: true });
    await run('contest:start');
    await run('presenter:next');

    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);
    await page.goto(`${server.url}/host#contest=${made.id}&tab=run`);
    const stage = page.getByTestId('screen-stage');
    await expect.poll(() => stage.textContent()).toBe('正在显示：汇报中');
    await run('phase:qa');
    await expect.poll(() => stage.textContent()).toBe('正在显示：提问答复');

    await run('scoring:open');
    expect(await judge.send('score:submit', { presenterId: 'p1', values: [90] })).toMatchObject({ ok: true });
    await run('scoring:reveal');
    await run('contest:finish', { force: true });
    await run('screen:show', { stage: 'ranking' });
    const { page: projector } = await newPage(browser, 'projector');
    await projector.goto(`${server.url}/screen#${tokenOf(made.screenUrl)}`);
    await projector.locator('[data-stage=ranking]').waitFor();
    expect(await projector.locator('.stage__title').textContent()).toBe('最终排名');
    await context.close();
  });
});
