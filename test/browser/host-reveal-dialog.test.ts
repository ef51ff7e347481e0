// 亮分 with a judge missing asks first; the judges go on submitting while the host reads, and the
// dialog follows them: it must never name as 未提交 a judge whose marks have arrived.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostView } from '../../shared/protocol/index.ts';
import { launchBrowser, newPage, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, tokenOf, type TestClient } from '../support/server.ts';

const definition = {
  title: '书记擂台赛',
  criteria: [{ name: '工作成效', max: 100 }],
  judges: [{ name: '李明华' }, { name: '王建国' }, { name: '张丽' }],
  presenters: [{ unit: '双江街道' }, { unit: '小街街道' }],
  rules: { reportSeconds: 300, overtimePenalty: { everySeconds: 30, points: 1, max: 5 } },
};

describe('the 仍然亮分 dialog and the final under it', () => {
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

  it('follows the judges who submit while it is open, and says when none is missing', async () => {
    const made = (await api<{ id: string; judges: { joinUrl: string }[] }>(server.url, 'POST', '/api/contests', definition)).body;
    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: made.id });
    const judges = await Promise.all(made.judges.map((j) => connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) })));
    clients.push(host, ...judges);
    for (const type of ['contest:start', 'presenter:next', 'scoring:open'] as const) expect(await host.send(type, {})).toMatchObject({ ok: true });
    expect(await judges[0]!.send('score:submit', { presenterId: 'p1', values: [90] })).toMatchObject({ ok: true });

    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);
    await page.goto(`${server.url}/host#contest=${made.id}&tab=run`);
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
    expect(await dialog.textContent()).toContain('亮分将计入全部评分');
    await dialog.getByRole('button', { name: '亮分', exact: true }).click();
    const revealed = await host.waitFor<HostView>((v) => v.role === 'host' && v.presenters.find((p) => p.id === 'p1')?.phase === 'revealed');
    expect(revealed.presenters.find((p) => p.id === 'p1')?.revealedWithMissing).toEqual([]);
    // An overtime penalty is said under the final, in the projector's words, with the score before it.
    expect(await host.send('report:correct', { presenterId: 'p1', seconds: 331, reason: '计时器开晚了' })).toMatchObject({ ok: true });
    await expect.poll(() => page.getByTestId('current-penalty').textContent()).toMatch(/^超时 0:31，扣 [12] 分（扣分前 80\.00）$/);
    await context.close();
  });
});
