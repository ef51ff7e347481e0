// The run view's words against what the room sees. 亮分 with a judge missing asks first; judges go
// on submitting while the host reads, and the dialog follows them: it must never name as 未提交 a
// judge whose marks have arrived. Under the final, an overtime penalty with the score before it.
// 正在显示 says 提问答复 during Q&A (it said 汇报中 beside the projector's Q&A clock), and the
// projector's ranking after the finish is 最终排名 (it said 当前排名).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostView } from '../../shared/protocol/index.ts';
import { launchBrowser, newPage, screenshot, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, tokenOf, type TestClient } from '../support/server.ts';

const definition = {
  title: '书记擂台赛',
  criteria: [{ name: '工作成效', max: 100 }],
  judges: [{ name: '李明华' }, { name: '王建国' }, { name: '张丽' }],
  presenters: [{ unit: '双江街道' }, { unit: '小街街道' }],
  rules: { reportSeconds: 300, overtimePenalty: { everySeconds: 30, points: 1, max: 5 } },
};

describe('the run view and the projector', () => {
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

  /** The host console on a contest's run tab, at laptop size. */
  async function runView(contestId: string) {
    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);
    await page.goto(`${server.url}/host#contest=${contestId}&tab=run`);
    return { context, page };
  }

  it('follows the judges who submit while it is open, and says when none is missing', async () => {
    const made = (await api<{ id: string; judges: { joinUrl: string }[] }>(server.url, 'POST', '/api/contests', definition)).body;
    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: made.id });
    const judges = await Promise.all(made.judges.map((j) => connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) })));
    clients.push(host, ...judges);
    for (const type of ['contest:start', 'presenter:next', 'scoring:open'] as const) expect(await host.send(type, {})).toMatchObject({ ok: true });
    expect(await judges[0]!.send('score:submit', { presenterId: 'p1', values: [90] })).toMatchObject({ ok: true });

    const { context, page } = await runView(made.id);
    const step = page.getByTestId('next-step');
    await expect.poll(() => step.getAttribute('data-step')).toBe('reveal');
    await step.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('未提交：王建国、张丽。').waitFor();
    expect(await dialog.getByRole('heading').textContent()).toBe('还有评委未提交，仍要亮分？');

    expect(await judges[1]!.send('score:submit', { presenterId: 'p1', values: [80] })).toMatchObject({ ok: true });
    await dialog.getByText('未提交：张丽。').waitFor();
    expect(await dialog.textContent()).not.toContain('王建国');

    expect(await judges[2]!.send('score:submit', { presenterId: 'p1', values: [70] })).toMatchObject({ ok: true });
    await dialog.getByRole('heading', { name: '评委已全部提交' }).waitFor();
    await screenshot(page, 'host-reveal-all-in');
    expect(await dialog.textContent()).toContain('亮分将计入全部评分');
    await dialog.getByRole('button', { name: '亮分', exact: true }).click();
    const revealed = await host.waitFor<HostView>((v) => v.role === 'host' && v.presenters.find((p) => p.id === 'p1')?.phase === 'revealed');
    expect(revealed.presenters.find((p) => p.id === 'p1')?.revealedWithMissing).toEqual([]);
    // An overtime penalty is said under the final, in the projector's words, with the score before it.
    expect(await host.send('report:correct', { presenterId: 'p1', seconds: 331, reason: '计时器开晚了' })).toMatchObject({ ok: true });
    await expect.poll(() => page.getByTestId('current-penalty').textContent()).toMatch(/^超时 0:31，扣 [12] 分（扣分前 80\.00）$/);
    // The report time and its overtime read as one line (the overtime stood alone under it).
    const idle = page.getByTestId('timer');
    expect(await idle.innerText()).toBe('汇报用时 5:31 · 超时 0:31');
    await screenshot(page, 'host-run-penalty');
    await context.close();
  });

  it('says 提问答复 while the projector shows the Q&A clock, and the projector says 最终排名 after the finish', async () => {
    const made = (await api<{ id: string; screenUrl: string; judges: { joinUrl: string }[] }>(server.url, 'POST', '/api/contests', definition)).body;
    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: made.id });
    const judge = await connect(server.url, { role: 'judge', token: tokenOf(made.judges[0]!.joinUrl) }); // the others never score
    clients.push(host, judge);
    const run = async (type: string, payload: Record<string, unknown> = {}) => expect(await host.send(type as 'contest:start', payload)).toMatchObject({ ok: true });
    await run('contest:start');
    await run('presenter:next');

    const { context, page } = await runView(made.id);
    const stage = page.getByTestId('screen-stage');
    await expect.poll(() => stage.textContent()).toBe('正在显示：汇报中');
    await run('phase:qa');
    await expect.poll(() => stage.textContent()).toBe('正在显示：提问答复');

    await run('scoring:open');
    expect(await judge.send('score:submit', { presenterId: 'p1', values: [90] })).toMatchObject({ ok: true });
    await run('scoring:reveal', { allowMissing: true });
    await run('contest:finish', { force: true });
    await run('screen:show', { stage: 'ranking' });
    const { page: projector } = await newPage(browser, 'projector');
    await projector.goto(`${server.url}/screen#${tokenOf(made.screenUrl)}`);
    await projector.locator('[data-stage=ranking]').waitFor();
    expect(await projector.locator('.stage__title').textContent()).toBe('最终排名');
    await context.close();
  });
});
