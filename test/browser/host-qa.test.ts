// The host's Q&A moderation, question bank, comments, score correction and exports in real
// Chromium at 1440×900, against the real server, with judges and the projector as real
// socket.io clients. The flow (start, next, Q&A, scoring) is driven by a host socket so the
// browser does only what this test is about.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandPayload, CommandType, JudgeView, PublicView } from '../../shared/protocol/index.ts';
import { launchBrowser, newPage, screenshot, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, tokenOf, type TestClient } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof startBrowserServer>>;
interface Created {
  id: string;
  screenUrl: string;
  judges: { id: string; joinUrl: string }[];
}
interface ResultsDoc {
  presenters: {
    presenterId: string;
    questions: { id: string; text: string; original: string | null; status: string; mergedInto: string | null; answerSeconds: number | null; summary: string }[];
    judges: { judgeId: string; values: number[]; correction: { reason: string } | null }[];
  }[];
}

let server: Server;
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

const item = (page: Page, id: string) => page.locator(`.qa-panel [data-question=${id}]`);
const dialogButton = (page: Page, name: string) => page.getByRole('dialog').getByRole('button', { name, exact: true });
/** The document itself never scrolls on the run of show: panels scroll inside. */
const fits = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth);
/** Lets toasts fade before a screenshot; an error toast means something was refused. */
async function quiet(page: Page): Promise<void> {
  expect(await page.locator('.toast-error').allInnerTexts()).toEqual([]);
  await page.locator('.toast').first().waitFor({ state: 'detached', timeout: 4000 });
}

describe('host Q&A moderation, bank, comments and corrections', () => {
  it('moderates questions live, draws from the bank, shows a comment and corrects a score', async () => {
    const created = (await api<Created>(server.url, 'POST', '/api/demo')).body;
    const id = created.id;
    const judge = (i: number) => connect(server.url, { role: 'judge', token: tokenOf(created.judges[i]?.joinUrl ?? null) });
    const [host, screen, j1, j2] = await Promise.all([
      connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: id }),
      connect(server.url, { role: 'screen', token: tokenOf(created.screenUrl) }),
      judge(0),
      judge(1),
    ]);
    clients.push(host, screen, j1, j2);
    const run = async <T extends CommandType>(type: T, payload: Omit<CommandPayload<T>, 'commandId'>, by: TestClient = host) => {
      const ack = await by.send(type, payload);
      if (!ack.ok) throw new Error(`${type}: ${ack.message}`);
    };
    const results = async () => (await api<ResultsDoc>(server.url, 'GET', `/api/contests/${id}/results`)).body;

    await run('contest:start', {});
    await run('presenter:next', {});
    const cur = (await j1.waitFor<JudgeView>((v) => v.current !== null)).current?.presenterId ?? '';
    const later = (j1.view as JudgeView).order.find((p) => p !== cur) ?? '';
    // Asked during the report, as judges do; one in advance for a later presenter.
    const xss = '<script>alert(1)</script>群众的补偿款什么时候到位？';
    await run('question:ask', { presenterId: cur, text: '拆除后的宅基地怎样复垦利用' }, j1); // q1
    await run('question:ask', { presenterId: cur, text: xss }, j2); // q2
    await run('question:ask', { presenterId: cur, text: '宅基地拆了以后打算怎么用？' }, j2); // q3, a duplicate of q1
    await run('question:ask', { presenterId: later, text: '明年的拆除计划是什么？' }, j1); // q4, in advance

    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}&contest=${id}`);
    await item(page, 'q3').waitFor();
    // The host names the speaker as the projector does: title first.
    expect(await page.locator('.stage-speaker').innerText()).toBe('党工委书记 陈志强');

    // Verbatim text, never markup; the asker's name and title are shown.
    expect(await item(page, 'q2').locator('.qa-text').textContent()).toBe(xss);
    expect(await page.locator('.qa-panel script').count()).toBe(0);
    expect(await item(page, 'q1').locator('.qa-meta').innerText()).toContain('李明华');
    expect(await item(page, 'q1').locator('.qa-meta').innerText()).toContain('县委书记');
    // The filter: questions in advance for the next presenters, or everything.
    await page.getByRole('radio', { name: '预先提问' }).click();
    await item(page, 'q4').waitFor();
    expect(await page.locator('.qa-panel [data-question]').count()).toBe(1);
    await page.getByRole('radio', { name: '全部' }).click();
    await expect.poll(() => page.locator('.qa-panel [data-question]').count()).toBe(4);
    await page.getByRole('radio', { name: '当前单位' }).click();
    await expect.poll(() => page.locator('.qa-panel [data-question]').count()).toBe(3);

    // Edit: the original stays in the log and in the results.
    await item(page, 'q1').getByRole('button', { name: '编辑' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('拆除后的宅基地如何复垦利用？');
    await dialogButton(page, '保存').click();
    await item(page, 'q1').getByText('已修改').waitFor();
    const events = (await api<{ type: string }[]>(server.url, 'GET', `/api/contests/${id}/events`)).body;
    expect(events.some((e) => e.type === 'QuestionEdited')).toBe(true);
    const q1 = (await results()).presenters.find((p) => p.presenterId === cur)?.questions.find((q) => q.id === 'q1');
    expect(q1).toMatchObject({ text: '拆除后的宅基地如何复垦利用？', original: '拆除后的宅基地怎样复垦利用' });

    // Merge the duplicate into the edited question.
    await item(page, 'q3').getByRole('button', { name: '合并到…' }).click();
    await page.getByRole('dialog').getByRole('radio', { name: /如何复垦利用/ }).check();
    await dialogButton(page, '合并').click();
    await item(page, 'q3').waitFor({ state: 'detached' });
    await item(page, 'q1').getByText('含合并 1 条').waitFor();

    // Reorder: q2 moves above q1.
    await item(page, 'q2').getByRole('button', { name: '上移' }).click();
    await expect.poll(() => page.locator('.qa-panel [data-section=waiting] [data-question]').evaluateAll((els) => els.map((e) => e.getAttribute('data-question')))).toEqual(['q2', 'q1']);
    const order = (await results()).presenters.find((p) => p.presenterId === cur)?.questions.map((q) => q.id);
    expect(order?.indexOf('q2')).toBeLessThan(order?.indexOf('q1') ?? -1);

    // Q&A: show q1; the projector has it, the host sees its answer time running.
    await run('phase:qa', {});
    await item(page, 'q1').getByRole('button', { name: '上屏' }).click();
    const up = await screen.waitFor<PublicView>((v) => v.stage === 'question' && v.qa.question?.id === 'q1');
    expect(up.qa.question?.text).toBe('拆除后的宅基地如何复垦利用？');
    await item(page, 'q1').getByTestId('answer-running').waitFor();
    await run('question:ask', { presenterId: cur, text: '群众参与拆除的积极性怎么调动？' }, j1); // q5 arrives live
    await item(page, 'q5').and(page.locator('.q-fresh')).waitFor();
    await quiet(page);
    expect(await fits(page)).toBe(true);
    await screenshot(page, 'host-qa-queue');

    // Answered, with a one-line summary and the time it took.
    await item(page, 'q1').getByRole('button', { name: '已答复' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('已复垦耕地 120 亩，其余建成村民活动场所');
    await dialogButton(page, '已答复').click();
    await page.locator('.qa-panel [data-section=answered] [data-question=q1]').waitFor();
    const answered = (await results()).presenters.find((p) => p.presenterId === cur)?.questions.find((q) => q.id === 'q1');
    expect(answered).toMatchObject({ status: 'answered', summary: '已复垦耕地 120 亩，其余建成村民活动场所' });
    expect(answered?.answerSeconds).not.toBeNull();

    // Shown and taken down unanswered (or the step moved on): it waits again, marked as seen by the hall.
    await item(page, 'q5').getByRole('button', { name: '上屏' }).click();
    await item(page, 'q5').getByRole('button', { name: '撤下' }).click();
    expect(await item(page, 'q5').getByTestId('was-shown').innerText()).toBe('曾上屏，未答复');

    // Not used: the judge who asked sees it on their phone.
    await item(page, 'q2').getByRole('button', { name: '不采用' }).click();
    await dialogButton(page, '不采用').click();
    await j2.waitFor<JudgeView>((v) => v.myQuestions.find((q) => q.id === 'q2')?.status === 'dismissed');

    // The host types a question handed over on paper, for a judge.
    await page.getByRole('button', { name: '+ 录入提问' }).click();
    await page.getByLabel('提问人').selectOption({ label: '王建国（县长）' });
    await page.getByLabel('问题内容').fill('拆除后的旧房材料如何处理？');
    await page.getByRole('button', { name: '提交' }).click();
    await page.locator('.qa-panel [data-question]', { hasText: '拆除后的旧房材料如何处理？' }).getByText('王建国').waitFor();

    // The bank: two pasted, one from a text file, then a random draw goes on screen.
    await page.getByRole('tab', { name: /题库/ }).click();
    await page.getByLabel('题目（每行一道）').fill('1. 如何防止拆后返潮？\n2、拆除资金如何监管？\n');
    await page.getByTestId('bank-file').setInputFiles({ name: '题库.txt', mimeType: 'text/plain', buffer: Buffer.from('怎样保障困难群众住房安全？\n', 'utf8') });
    await page.getByText('识别到 3 道题').waitFor();
    await page.getByRole('button', { name: '载入题库' }).click();
    await page.locator('[data-testid=bank-remaining][data-left="3"]').waitFor();
    await page.getByRole('button', { name: '随机抽题', exact: true }).click();
    const drawn = await screen.waitFor<PublicView>((v) => v.stage === 'question' && v.qa.question?.source === 'bank');
    expect(['如何防止拆后返潮？', '拆除资金如何监管？', '怎样保障困难群众住房安全？']).toContain(drawn.qa.question?.text);
    expect(drawn.qa.bankRemaining).toBe(2);
    await page.locator('[data-testid=bank-remaining][data-left="2"]').waitFor();
    await quiet(page);
    await screenshot(page, 'host-qa-bank');

    // A comment recorded for a judge, then on screen.
    const comment = '思路清晰，措施具体，建议总结可复制的经验。';
    await page.getByRole('tab', { name: /点评/ }).click();
    await page.getByRole('button', { name: '+ 录入点评' }).click();
    await page.getByLabel('点评评委').selectOption({ label: '李明华（县委书记）' });
    await page.getByLabel('点评内容').fill(comment);
    await page.getByRole('button', { name: '提交' }).click();
    await page.locator('.qa-panel [data-comment]').getByRole('button', { name: '上屏' }).click();
    const shown = await screen.waitFor<PublicView>((v) => v.stage === 'comment');
    expect(shown.qa.comment).toMatchObject({ text: comment, by: '县委书记' });
    // A comment the host leaves out of the report, with a reason: off the screen, marked in the list.
    await page.locator('.qa-panel [data-comment]').getByRole('button', { name: '不列入报告' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('与汇报无关');
    await screenshot(page, 'host-comment-hide');
    await dialogButton(page, '不列入报告').click();
    await page.locator('.qa-panel [data-comment]').getByText('原因：与汇报无关').waitFor();
    await screen.waitFor<PublicView>((v) => v.qa.comment === null);

    // Score correction from the judge panel: checked on the grid, a reason required.
    await run('scoring:open', {});
    await run('score:submit', { presenterId: cur, values: [30, 15, 15, 15] }, j1);
    await run('score:submit', { presenterId: cur, values: [35, 16, 16, 16] }, j2);
    await expect.poll(() => page.getByTestId('submitted').count()).toBe(2);
    await quiet(page);
    await page.locator('.judge-table [data-correct=j1]').click();
    const dialog = page.getByRole('dialog', { name: '更正评分' });
    await dialog.getByLabel('工作成效').fill('41');
    await dialog.getByText('应在 0 到 40 之间').waitFor();
    await dialog.getByLabel('工作成效').fill('36.5');
    await dialog.getByLabel('创新亮点').fill('16');
    await dialog.getByLabel(/^更正原因/).fill('评委误操作，按纸质评分表更正');
    await screenshot(page, 'host-correct-dialog');
    await dialog.getByRole('button', { name: '确认更正' }).click();
    await page.locator('.judge-table tr[data-judge=j1]').getByTestId('corrected').waitFor();
    await run('scoring:reveal', { allowMissing: true }); // results carry revealed presenters only
    const fixed = (await results()).presenters.find((p) => p.presenterId === cur)?.judges.find((j) => j.judgeId === 'j1');
    expect(fixed).toMatchObject({ values: [36.5, 16, 15, 15], correction: { reason: '评委误操作，按纸质评分表更正' } });

    // Exports download with the host token under a Chinese file name.
    await page.getByRole('button', { name: '成绩', exact: true }).click();
    await page.locator(`.marks-card[data-presenter=${cur}] tr[data-judge=j1]`).getByTestId('corrected').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /评分明细（CSV）/ }).click();
    expect((await download).suggestedFilename()).toBe('书记擂台赛（演示）-评分明细.csv');

    // A third judge's phone was offline at the reveal and sends its score now: refused, and shown
    // here beside 未评分 with its values; 补录 starts from them with the reason filled in.
    const j3 = await judge(2);
    clients.push(j3);
    expect(await j3.send('score:submit', { presenterId: cur, values: [33, 17, 16, 15] })).toMatchObject({ ok: false, code: 'scoring_closed' });
    await page.locator('.toast', { hasText: '张丽 对「双江街道」的评分在亮分后才送达，未计入；可在「成绩」中核对后补录。' }).waitFor();
    const row = page.locator(`.marks-card[data-presenter=${cur}] tr[data-judge=j3]`);
    expect(await row.getByTestId('late-marks').innerText()).toMatch(/^ · 手机在亮分后送达（\d\d:\d\d，未计入）：工作成效 33，创新亮点 17，汇报表现 16，答辩情况 15$/);
    // The picture is of the row: the toasts (each goes on a click) would cover it.
    const toasts = page.locator('.toast');
    await expect
      .poll(async () => {
        await toasts.first().click({ timeout: 500 }).catch(() => undefined); // some go by themselves meanwhile
        return toasts.count();
      })
      .toBe(0);
    await row.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'host-late-marks');
    await row.getByRole('button', { name: '补录' }).click();
    const entry = page.getByRole('dialog', { name: '补录评分（纸质评分表）' });
    expect(await entry.getByLabel('工作成效').inputValue()).toBe('33');
    expect(await entry.getByLabel('答辩情况').inputValue()).toBe('15');
    expect(await entry.getByLabel(/^更正原因/).inputValue()).toBe('评委手机离线，亮分后送达，按评委手机上的分数补录');
    await entry.getByRole('button', { name: '确认更正' }).click();
    await row.getByTestId('corrected').waitFor();
    expect(await page.getByTestId('late-marks').count()).toBe(0);
    expect(dialogs).toEqual([]); // no alert() ever ran
    await context.close();
  }, 60_000);
});
