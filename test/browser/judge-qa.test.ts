// 提问 and 点评 on the judge pad in real Chromium at phone size, against the real server: the host
// moderates over a real socket, and we check what the judge sees and what the server records.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostView } from '../../shared/protocol/index.ts';
import { launchBrowser, newPage, screenshot, setNetwork, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, tokenOf, type TestClient } from '../support/server.ts';

const definition = {
  title: '书记擂台赛（第一期）',
  criteria: [
    { name: '工作成效', max: 60 },
    { name: '汇报表现', max: 40 },
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
  rules: { reportSeconds: 300, qaSeconds: 180 },
};

type Server = Awaited<ReturnType<typeof startBrowserServer>>;
interface LoggedEvent {
  commandId: string | null;
  data: { type: string; question?: { text: string; judgeId: string | null } };
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

/** A fresh contest with the first presenter on stage, a host socket and judge 1's link. */
async function contest() {
  const created = (await api<{ id: string; judges: { joinUrl: string }[] }>(server.url, 'POST', '/api/contests', definition)).body;
  const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
  closers.push(() => host.close());
  expect(await host.send('contest:start', {})).toMatchObject({ ok: true });
  expect(await host.send('presenter:next', {})).toMatchObject({ ok: true });
  const joinUrl = created.judges[0]!.joinUrl.replace('http://leitai.test', server.url);
  return { id: created.id, host, joinUrl };
}

async function judgePage(): Promise<{ context: BrowserContext; page: Page; dialogs: string[] }> {
  const { context, page } = await newPage(browser, 'phone');
  closers.push(() => context.close());
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { context, page, dialogs };
}

const hostQuestions = (host: TestClient) => (host.view as HostView).questions;
const questionsWith = (host: TestClient, pred: (q: HostView['questions'][number]) => boolean) =>
  host.waitFor<HostView>((v) => v.role === 'host' && v.questions.some(pred));
const askBox = (page: Page, unit: string) => page.getByRole('textbox', { name: `向「${unit}」提问` });
/** The status badge of my question whose text is exactly `text`. */
const statusOf = (page: Page, text: string) =>
  page.getByTestId('my-question').filter({ has: page.getByText(text, { exact: true }) }).getByTestId('note-status');
const askedEvents = async (id: string) =>
  (await api<LoggedEvent[]>(server.url, 'GET', `/api/contests/${id}/events`)).body.filter((e) => e.data.type === 'QuestionAsked');

describe('judge pad: 提问 and 点评', () => {
  it('asks during the report and follows the host’s moderation live, as plain text', async () => {
    const { host, joinUrl } = await contest();
    await host.send('timer:start', {});
    const { page, dialogs } = await judgePage();
    await page.goto(joinUrl);

    const first = '请问贵街道农村危房改造的资金是如何保障的？';
    await askBox(page, '双江街道').fill(first);
    expect(await page.getByTestId('question-count').textContent()).toBe(`${first.length}/300`);
    // The draft is kept on the phone through a reload.
    await page.reload();
    expect(await askBox(page, '双江街道').inputValue()).toBe(first);
    await page.getByRole('button', { name: '发送问题' }).click();
    expect(await askBox(page, '双江街道').inputValue()).toBe('');
    await expect.poll(() => statusOf(page, first).textContent()).toBe('等待中');

    // The host has it exactly once, as this judge's question for the presenter on stage.
    await questionsWith(host, (q) => q.text === first);
    const q1 = hostQuestions(host).filter((q) => q.text === first);
    expect(q1).toMatchObject([{ judgeId: 'j1', presenterId: 'p1', source: 'judge', status: 'waiting' }]);

    // Markup is only text: shown literally, never run.
    const script = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    await askBox(page, '双江街道').fill(script);
    await page.getByRole('button', { name: '发送问题' }).click();
    await expect.poll(() => statusOf(page, script).textContent()).toBe('等待中');
    expect(await page.getByText(script, { exact: true }).count()).toBe(1);

    // A question prepared ahead for a presenter still to come.
    await page.getByTestId('ask-target').selectOption({ label: '提前：小街街道' });
    const ahead = '小街街道的集体经济收入主要来自哪些产业？';
    await askBox(page, '小街街道').fill(ahead);
    await page.getByRole('button', { name: '发送问题' }).click();
    await questionsWith(host, (q) => q.text === ahead && q.presenterId === 'p2');

    await page.getByTestId('ask-target').selectOption({ label: '当前：双江街道' });
    await askBox(page, '双江街道').fill('易地搬迁后群众的就业问题如何解决？');
    for (const width of [390, 360]) {
      await page.setViewportSize({ width, height: 844 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'judge-ask');

    // The host moderates: on screen, answered; the next one on screen, then taken down unused.
    const id1 = q1[0]!.id;
    const id2 = hostQuestions(host).find((q) => q.text === script)!.id;
    expect(await host.send('phase:qa', {})).toMatchObject({ ok: true });
    expect(await host.send('question:show', { questionId: id1 })).toMatchObject({ ok: true });
    await expect.poll(() => statusOf(page, first).textContent()).toBe('已上屏');
    expect(await host.send('question:answered', { questionId: id1 })).toMatchObject({ ok: true });
    await expect.poll(() => statusOf(page, first).textContent()).toBe('已答复');
    expect(await host.send('question:show', { questionId: id2 })).toMatchObject({ ok: true });
    await expect.poll(() => statusOf(page, script).textContent()).toBe('已上屏');
    expect(await statusOf(page, ahead).textContent()).toBe('等待中');
    await page.getByTestId('my-questions').scrollIntoViewIfNeeded();
    await screenshot(page, 'judge-questions-status');
    // Taken down unanswered it waits in the host's queue again, but the hall saw it: the asker
    // still reads 已上屏 (等待中 read as ignored).
    expect(await host.send('question:hide', {})).toMatchObject({ ok: true });
    await questionsWith(host, (q) => q.id === id2 && q.status === 'waiting' && q.firstShownAt !== null);
    await page.waitForTimeout(500);
    expect(await statusOf(page, script).textContent()).toBe('已上屏');
    expect(await host.send('question:dismiss', { questionId: id2 })).toMatchObject({ ok: true });
    await expect.poll(() => statusOf(page, script).textContent()).toBe('未采用');
    expect(dialogs).toEqual([]);
  });

  it('keeps a question typed offline as 待发送 and delivers it exactly once', async () => {
    const { id, joinUrl } = await contest();
    const { context, page } = await judgePage();
    await page.goto(joinUrl);
    await askBox(page, '双江街道').waitFor();

    await setNetwork(context, false);
    await expect.poll(() => page.getByTestId('connection').textContent()).toBe('离线');
    const text = '驻村工作队的考核结果如何运用？';
    await askBox(page, '双江街道').fill(text);
    await page.getByRole('button', { name: '发送问题' }).click();
    expect(await page.getByTestId('my-question').getByTestId('note-status').textContent()).toBe('待发送');
    const key = `leitai:notes:${tokenOf(joinUrl)}`;
    const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? '[]') as { commandId: string }[];
    expect(stored).toHaveLength(1);

    // The phone is closed while still offline; nothing has reached the server.
    await expect(page.reload()).rejects.toThrow();
    await page.close();
    expect(await askedEvents(id)).toHaveLength(0);

    // Back on the Wi-Fi the pad reopens and sends the kept question.
    await setNetwork(context, true);
    const again = await context.newPage();
    await again.goto(joinUrl);
    await expect.poll(() => statusOf(again, text).textContent(), { timeout: 8000 }).toBe('等待中');
    await expect.poll(() => again.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
    expect((await askedEvents(id)).map((e) => [e.commandId, e.data.question?.text])).toEqual([[stored[0]!.commandId, text]]);

    // An ack lost on the way back: the same command id is resent and the server records it once.
    await again.evaluate(([k, v]) => localStorage.setItem(k, v), [key, JSON.stringify(stored)] as const);
    await again.reload();
    await expect.poll(() => again.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
    expect(await askedEvents(id)).toHaveLength(1);
    expect(await again.getByTestId('my-question').count()).toBe(1);
  });

  it('comments from a folded box without pushing the score sheet down', async () => {
    const { host, joinUrl } = await contest();
    await host.send('phase:qa', {});
    await host.send('scoring:open', {});
    const { page } = await judgePage();
    await page.goto(joinUrl);

    // While scoring, the sheet comes first and asking is folded away below it.
    const sheet = page.getByRole('heading', { name: '评分表' });
    await sheet.waitFor();
    expect(await askBox(page, '双江街道').count()).toBe(0);
    const fold = page.getByRole('button', { name: '提前准备提问' });
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    const y = async (l: ReturnType<Page['getByRole']>) => (await l.boundingBox())!.y;
    expect(await y(sheet)).toBeLessThan(await y(fold));

    const toggle = page.getByRole('button', { name: /^点评/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    const comment = '双江街道危房改造台账清楚， 建议进一步总结推广"党建+"经验。';
    const box = page.getByRole('textbox', { name: '点评「双江街道」' });
    // Pasted from an office document with an invisible control character the server refuses.
    await box.fill(comment.replace(' ', '\u000b'));
    expect(await page.getByTestId('comment-count').textContent()).toBe(`${comment.length}/1000`);
    await page.getByRole('button', { name: '提交点评' }).click();
    const seen = await host.waitFor<HostView>((v) => v.role === 'host' && v.comments.length > 0);
    expect(seen.comments).toMatchObject([{ presenterId: 'p1', judgeId: 'j1', by: 'judge', text: comment }]);
    await expect.poll(() => page.getByTestId('my-comment').getByTestId('note-text').textContent()).toBe(comment);
    // The note shows from the pad's own copy at once; the count comes with the next view.
    await expect.poll(() => toggle.textContent()).toContain('已提交 1 条');

    // The box stays open across a reload (the leader who comments keeps it open).
    await page.reload();
    await box.waitFor();
    await page.getByTestId('comment-card').scrollIntoViewIfNeeded();
    await screenshot(page, 'judge-comment');

    await page.getByRole('button', { name: '语言 / Language' }).click();
    expect(await page.getByRole('heading', { name: 'My comments' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Send comment' }).count()).toBe(1);
    await page.getByRole('button', { name: '语言 / Language' }).click();
  });
});
