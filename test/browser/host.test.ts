// The host console in real Chromium at laptop size against the real server: set a contest up
// through the form, hand out judge links, and run it to the champion while real socket.io judges
// score from "their phones".
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPEAT_MS } from '../../client/host/run/step-guard.ts';
import type { JudgeView } from '../../shared/protocol/index.ts';
import { launchBrowser, newPage, screenshot, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, tokenOf, type TestClient } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof startBrowserServer>>;
interface Access {
  id: string;
  judges: { id: string; name: string; joinUrl: string | null }[];
}

let server: Server;
let browser: Browser;
const judges: TestClient[] = [];

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const j of judges) j.close();
  await browser?.close();
  await server?.close();
});

const nextStep = (page: Page) => page.getByTestId('next-step');
/** When the test last pressed N or clicked the big button. */
let pressedAt = 0;
/** Steps on as a deliberate host does, after the repeat guard of the last press (step-guard.ts). */
async function press(page: Page, how: 'click' | 'key'): Promise<void> {
  // Measured from when the press is done: the page times it on arrival, a little after it was sent.
  await page.waitForTimeout(Math.max(0, pressedAt + REPEAT_MS + 50 - Date.now()));
  await (how === 'click' ? nextStep(page).click() : page.keyboard.press('n'));
  pressedAt = Date.now();
}
/** Waits until the big button offers the given step, so a click never acts on a stale render. */
const expectStep = (page: Page, step: string) => page.locator(`[data-testid=next-step][data-step=${step}]`).waitFor();
/** Lets confirmation toasts fade before a screenshot; an error toast means a step was refused. */
async function quiet(page: Page): Promise<void> {
  expect(await page.locator('.toast-error').allInnerTexts()).toEqual([]);
  await page.locator('.toast').first().waitFor({ state: 'detached', timeout: 4000 });
  // The big button dims for a moment after a press (step-pause.ts); shown as the operator sees it after.
  await page.locator('.next-step.is-paused').waitFor({ state: 'detached', timeout: 4000 });
}
const dialogButton = (page: Page, name: string) => page.getByRole('dialog').getByRole('button', { name });

async function currentPresenter(judge: TestClient): Promise<string> {
  const v = await judge.waitFor<JudgeView>((x) => x.current?.phase === 'scoring' && x.current.scoringOpen);
  return v.current?.presenterId ?? '';
}

describe('host console', () => {
  it('sets a contest up, hands out links and runs it to the champion', async () => {
    await api(server.url, 'POST', '/api/demo');
    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);

    // The token arrives in the address, is remembered, and leaves the address bar at once.
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);
    await page.locator('.contest-table tr[data-contest]').first().waitFor();
    expect(page.url()).not.toContain(HOST_TOKEN);
    await page.locator('.lang').click(); // English is one click away, and back
    await page.getByRole('button', { name: 'New contest' }).waitFor();
    await page.locator('.lang').click();
    await screenshot(page, 'host-contests');

    // ── Setup through the form ──
    await page.getByRole('button', { name: '新建比赛' }).click();
    await page.getByLabel('比赛名称').fill('第一期书记擂台赛');
    await page.getByLabel('主题').fill('抓党建促乡村振兴');
    await page.getByLabel('细则名称 1').fill('工作成效');
    await page.getByLabel('满分 1').fill('60');
    await expect.poll(() => page.getByText('满分合计不是 100 分（当前 60 分）').count()).toBe(1);
    await page.getByRole('button', { name: '+ 添加细则' }).click();
    await page.getByLabel('细则名称 2').fill('汇报表现');
    await page.getByLabel('满分 2').fill('40');
    await page.getByText('满分合计：100 分').waitFor();
    const judgesPaste = page.locator('.paste-box', { has: page.locator('textarea[name=paste-judges]') });
    await judgesPaste.locator('textarea').fill('姓名\t职务\t组别\n张三\t局长\t\n李四\t副局长\t\n王五\t村民代表\t');
    await judgesPaste.getByRole('button', { name: '追加到列表' }).click();
    await expect.poll(() => page.getByLabel(/^姓名 \d$/).count()).toBe(3);
    // Saving without presenters: the server's verdict appears next to the form.
    await page.getByRole('button', { name: '创建比赛' }).click();
    await page.locator('.side-issues').getByText('至少一个汇报单位', { exact: true }).waitFor();
    // Fixed in the form, the issue goes at once, before the next save.
    await page.getByLabel('单位 1').fill('双江街道');
    await page.locator('.side-issues').waitFor({ state: 'detached' });
    await page.getByLabel('单位 1').fill('双江街道');
    await page.getByLabel('汇报人 1').fill('陈志强');
    await page.getByRole('button', { name: '+ 添加单位' }).click();
    await page.getByLabel('单位 2').fill('小街街道');
    await page.getByLabel('汇报人 2').fill('刘晓燕');
    // A number field left empty is said, in words and by its name (创建比赛 used to do nothing).
    const reportTime = page.getByLabel('汇报时长（秒）');
    await reportTime.fill('');
    await page.getByRole('button', { name: '创建比赛' }).click();
    await page.locator('.side-issues').getByText('汇报时长不能为空', { exact: true }).waitFor();
    await reportTime.fill('300');
    await page.locator('.side-issues').waitFor({ state: 'detached' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'host-setup');
    await page.getByRole('button', { name: '创建比赛' }).click();

    // ── Access: QR codes, print, reissue ──
    await page.locator('.judge-card svg').nth(2).waitFor();
    expect(await page.locator('.judge-card svg').count()).toBe(3);
    const id = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('contest') ?? '';
    const before = (await api<Access>(server.url, 'GET', `/api/contests/${id}/access`)).body;
    await quiet(page);
    await screenshot(page, 'host-access');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-card').count()).toBe(3);
    await screenshot(page, 'host-print');
    await page.emulateMedia({ media: 'screen' });

    const oldToken = tokenOf(before.judges[2]!.joinUrl);
    await page.locator('.judge-card[data-judge=j3]').getByRole('button', { name: '重新生成' }).click();
    await dialogButton(page, '重新生成').click();
    await page.getByText('已为 王五 生成新链接，旧链接已失效').waitFor();
    await expect(connect(server.url, { role: 'judge', token: oldToken })).rejects.toThrow();
    const after = (await api<Access>(server.url, 'GET', `/api/contests/${id}/access`)).body;
    expect(await page.locator('.judge-card[data-judge=j3] .link-text').textContent()).toBe(after.judges[2]!.joinUrl);
    for (const j of after.judges) judges.push(await connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) }));
    const [j1, j2, j3] = judges as [TestClient, TestClient, TestClient];

    // ── Run of show ──
    await page.getByRole('button', { name: '现场控制' }).click();
    await expectStep(page, 'start');
    // In English at 1440 px the contest's tabs stay on one line each, however long the
    // contest's name (it gives way, cut with an ellipsis).
    await page.locator('.lang').click();
    await page.locator('.tabs .tab', { hasText: 'Public notice' }).waitFor();
    const name = (await page.locator('.contest-name').textContent()) ?? '';
    await page.locator('.contest-name').evaluate((el) => (el.textContent = '2026年一季度乡镇党委书记抓基层党建擂台赛（第二批）'));
    const heights = await page.locator('.tabs .tab').evaluateAll((tabs) => tabs.map((x) => x.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(40);
    await page.locator('.contest-name').evaluate((el, text) => (el.textContent = text), name);
    await page.locator('.lang').click();
    await page.locator('.tabs .tab', { hasText: '公示' }).waitFor();
    await press(page, 'click');
    await page.getByRole('button', { name: '抽签' }).click();
    await page.getByText('(已抽签)').waitFor();
    await expectStep(page, 'first');
    await press(page, 'click');
    await expectStep(page, 'timer');
    await press(page, 'key'); // the shortcut starts the report timer
    await page.getByText('计时中').waitFor();
    const t0 = await page.getByTestId('timer').textContent();
    await page.waitForTimeout(1300);
    expect(await page.getByTestId('timer').textContent()).not.toBe(t0);
    // Space pauses and resumes the clock, even with the big button focused: it must not step on.
    await page.keyboard.press(' ');
    await page.getByText('已暂停').waitFor();
    await page.keyboard.press(' ');
    await page.getByText('计时中').waitFor();
    await expectStep(page, 'qa');
    await quiet(page);
    await screenshot(page, 'host-run-report');
    // −30秒 with time to spare cuts at once; a cut that would put the speaker straight into
    // (penalised) overtime asks first, and cancelling changes nothing.
    await page.getByRole('button', { name: '−30秒' }).click();
    await expect.poll(() => page.getByTestId('timer').textContent()).toMatch(/^4:[23]\d$/);
    // The allotment cut to 0:30, so a few seconds in the next −30秒 leaves it at 0:00.
    const staff = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: id });
    expect(await staff.send('timer:add', { seconds: -240 })).toMatchObject({ ok: true });
    staff.close();
    await expect.poll(() => page.getByTestId('timer').textContent()).toMatch(/^0:[12]\d$/);
    await page.getByRole('button', { name: '−30秒' }).click();
    const cut = page.getByRole('dialog');
    await cut.getByText('减少时间后将立即超时，仍要减少？').waitFor();
    expect(await cut.textContent()).toMatch(/剩余 0:[12]\d，减少后即为超时 0:\d\d，超时按比赛规则扣分。/);
    await screenshot(page, 'host-timer-cut');
    // Left open, its words follow the clock running behind it.
    const said = await cut.locator('p').first().textContent();
    await expect.poll(() => cut.locator('p').first().textContent(), { timeout: 3000 }).not.toBe(said);
    await cut.getByRole('button', { name: '取消' }).click();
    expect(await page.getByTestId('timer').textContent()).toMatch(/^0:[12]\d$/);
    // Overtime is an alarm: the badge turns red (not the running green).
    await page.keyboard.press('-');
    await cut.getByRole('button', { name: '仍然减少' }).click();
    await page.getByTestId('timer-state').getByText('已超时').waitFor();
    expect(await page.getByTestId('timer-state').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(198, 40, 40)');
    // The time is given back, so this presenter's report is recorded within its 5:00 (the 更正用时 check below).
    const staff2 = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: id });
    expect(await staff2.send('timer:add', { seconds: 300 })).toMatchObject({ ok: true });
    staff2.close();
    await page.getByText('计时中').waitFor();
    await expectStep(page, 'qa');
    await press(page, 'click');
    // Minutes of the report left: ending it asks first (the dialog is checked on the second presenter).
    await dialogButton(page, '结束汇报').click();
    await expectStep(page, 'score');
    await page.waitForTimeout(REPEAT_MS);
    await press(page, 'click');
    // Just pressed, the button says so: dimmed and disabled until a second press could act.
    await expect.poll(() => nextStep(page).getAttribute('class')).toContain('is-paused');
    expect(await nextStep(page).isDisabled()).toBe(true);
    await nextStep(page).click({ force: true }); // a double-click: the second click lands on a disabled button, like a second N
    await expectStep(page, 'reveal');
    await page.waitForTimeout(REPEAT_MS);
    expect(await nextStep(page).getAttribute('data-step')).toBe('reveal');

    const first = await currentPresenter(j1);
    for (const [j, values] of [[j1, [50, 30]], [j2, [55, 35]], [j3, [45, 25]]] as const)
      expect(await j.send('score:submit', { presenterId: first, values: [...values] })).toMatchObject({ ok: true });
    await expect.poll(() => page.getByTestId('submitted').count()).toBe(3);
    const row1 = await page.locator('.judge-table tr[data-judge=j1]').innerText();
    expect(row1).toMatch(/50\s+30\s+80/);
    await quiet(page);
    // The projector follows the contest (评分中 has no button of its own): 自动 is the lit one.
    expect(await page.locator('.screen-buttons [aria-pressed=true]').allInnerTexts()).toEqual(['自动']);
    await screenshot(page, 'host-run-scoring');
    await press(page, 'click'); // all in: reveals without asking
    await page.getByText('最后得分 80').waitFor();
    await quiet(page);
    await screenshot(page, 'host-run-revealed');

    // 退回一步 needs a reason: 退回 waits for one instead of closing into a refusal (then B again).
    await page.getByRole('button', { name: /退回一步/ }).click();
    const back = page.getByRole('dialog');
    const confirmBack = back.getByRole('button', { name: '退回', exact: true });
    expect(await confirmBack.isDisabled()).toBe(true);
    await back.getByLabel('原因（必填，写入日志和报告）').fill('   ');
    await page.keyboard.press('Enter');
    expect(await back.isVisible()).toBe(true);
    expect(await confirmBack.isDisabled()).toBe(true);
    await back.getByLabel('原因（必填，写入日志和报告）').fill('误点亮分');
    expect(await confirmBack.isDisabled()).toBe(false);
    // From a reveal it says what is withdrawn.
    expect(await back.innerText()).toContain('亮分撤回：该单位的得分从排名中撤下，大屏回到评分');
    await screenshot(page, 'host-back-from-reveal');
    await back.getByRole('button', { name: '取消' }).click();
    await back.waitFor({ state: 'detached' });

    // Second presenter: one judge never submits, so the reveal asks first.
    await press(page, 'click');
    await expectStep(page, 'timer');
    const secondUnit = await page.getByTestId('current-unit').textContent();
    await press(page, 'key');
    await page.keyboard.press('n'); // a double press: the second is ignored, no phase is skipped
    await expectStep(page, 'qa');
    await page.waitForTimeout(REPEAT_MS);
    expect(await nextStep(page).getAttribute('data-step')).toBe('qa');
    // With minutes of the report left, ending it asks first (a stray N ended a report at 1:28 left);
    // Escape keeps the report running, and the dialog's button ends it.
    await press(page, 'key');
    const early = page.getByRole('dialog', { name: '提前结束汇报？' });
    await expect.poll(() => early.innerText()).toMatch(/汇报计时还剩 [45]:\d\d，结束后进入提问答复。/);
    await screenshot(page, 'host-end-report-early');
    await page.keyboard.press('Escape');
    await early.waitFor({ state: 'detached' });
    expect(await nextStep(page).getAttribute('data-step')).toBe('qa');
    await press(page, 'key');
    await dialogButton(page, '结束汇报').click();
    await expectStep(page, 'score');
    await press(page, 'key'); // a deliberate press comes after the repeat guard
    await expectStep(page, 'reveal');
    const second = await currentPresenter(j1);
    await j1.send('score:submit', { presenterId: second, values: [58, 38] });
    await j2.send('score:submit', { presenterId: second, values: [57, 37] });
    await expect.poll(() => page.getByTestId('submitted').count()).toBe(2);
    await press(page, 'click');
    await page.getByRole('dialog').getByText('未提交：王五').waitFor();
    await dialogButton(page, '仍然亮分').click();
    await page.getByText('最后得分 95.00').waitFor(); // 保留小数位 = 2 on the host as on the screen

    await expectStep(page, 'finish');
    await press(page, 'click');
    await page.getByRole('dialog').getByText('所有单位均已亮分，结束后大屏显示最终排名与擂主。').waitFor();
    await dialogButton(page, '结束比赛').click();
    await expectStep(page, 'none');
    const runText = await page.locator('.run').innerText();
    expect(runText).not.toMatch(/[A-Za-z]{3,}/); // no English leaking into the Chinese console

    await page.getByRole('button', { name: '成绩' }).click();
    await page.getByTestId('champion').waitFor();
    expect(await page.getByTestId('champion').innerText()).toContain(secondUnit ?? '?');
    // The judge who never scored the second unit is said so in words, beside 补录.
    expect(await page.getByTestId('not-scored').allInnerTexts()).toEqual(['未评分']);
    await quiet(page);
    await screenshot(page, 'host-results');

    // 更正用时: the first presenter's clock was started late; 5:31 of 5:00 is 31 s over. This
    // contest has no overtime penalty, so the final stays 80.00 (the penalty's arithmetic is
    // scoring's, tested in test/domain; the dialog previews it with the same penaltyFor).
    const card = page.locator(`.marks-card[data-presenter="${first}"]`);
    expect(await card.locator('.marks-final').textContent()).toBe('80.00');
    await card.getByRole('button', { name: '更正用时' }).click();
    const dialog = page.getByRole('dialog', { name: '更正汇报用时' });
    expect(await dialog.getByTestId('report-time-recorded').innerText()).toMatch(/规定 5:00，超时 0:00，扣分 0/);
    await dialog.getByLabel('实际汇报用时（分:秒）').fill('5:31');
    expect(await dialog.getByTestId('report-time-preview').innerText()).toBe('更正后：超时 0:31，扣分 0 · 本场未设超时扣分');
    await dialog.getByRole('button', { name: '确认更正' }).click();
    await dialog.getByText('请填写更正原因').waitFor(); // the reason is required
    await dialog.getByLabel('更正原因（必填，写入日志和成绩报告）').fill('计时器开晚了，按录像核对');
    await screenshot(page, 'host-report-time');
    await dialog.getByRole('button', { name: '确认更正' }).click();
    await dialog.waitFor({ state: 'detached' });
    const line = card.getByTestId('report-time');
    await line.getByText('超时 0:31').waitFor();
    expect(await line.innerText()).toMatch(/汇报用时 5:31 \/ 5:00\s+超时 0:31\s+用时已更正/);
    expect(await card.locator('.marks-final').textContent()).toBe('80.00');
    expect(await page.locator(`.ranking-table tr[data-presenter="${first}"]`).innerText()).toMatch(/\s0:31\s+5:31/);
    expect(await line.getByTestId('report-time-corrected').getAttribute('title')).toMatch(/^主持人已更正汇报用时（原记录 0:0\d）：计时器开晚了，按录像核对$/);
    const results = (await api<{ audit: { reportCorrections: { presenterId: string; seconds: number; overtimeSeconds: number; reason: string }[] } }>(server.url, 'GET', `/api/contests/${id}/results`)).body;
    expect(results.audit.reportCorrections).toMatchObject([{ presenterId: first, seconds: 331, overtimeSeconds: 31, reason: '计时器开晚了，按录像核对' }]);
    await context.close();
  }, 60_000);
});

describe('host setup round trips', () => {
  it('edits a contest before it starts, exports its JSON and imports it into a new one', async () => {
    const created = (await api<Access>(server.url, 'POST', '/api/demo')).body;
    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);
    await page.locator(`tr[data-contest="${created.id}"]`).getByRole('button', { name: '编辑' }).click();
    await page.getByLabel('比赛名称').fill('第二期书记擂台赛');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已保存').waitFor();
    const stored = await api<{ definition: { title: string } }>(server.url, 'GET', `/api/contests/${created.id}`);
    expect(stored.body.definition.title).toBe('第二期书记擂台赛');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 JSON' }).click();
    const file = await (await download).path();

    await page.goto(`${server.url}/host#new`);
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText('已导入定义').waitFor();
    expect(await page.getByLabel('比赛名称').inputValue()).toBe('第二期书记擂台赛');
    expect(await page.getByLabel(/^姓名 \d$/).count()).toBe(7);
    expect(await page.getByLabel(/^单位 \d$/).count()).toBe(8);

    // The trimming (drop 1 + 1) leaves 群众代表 with nothing to average once it has two judges.
    expect(await page.getByTestId('trim-warning').count()).toBe(0);
    await page.getByLabel('评委组 7').selectOption('县级领导');
    expect(await page.getByTestId('trim-warning').innerText()).toContain('“群众代表”只有 2 位评委');
    // Polish: a long 职务 is not cut, 权重 says what it means, the date reads in the interface's language.
    const title = page.locator('[data-table=judges]').getByLabel('职务 1');
    await title.fill('县人大常委会副主任');
    expect(await title.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await page.locator('[data-table=criteria] th', { hasText: '权重' }).getAttribute('title')).toContain('乘以权重');
    expect(await page.getByTestId('date-readable').innerText()).toContain('2022年2月18日');
    await page.locator('.lang').click();
    expect(await page.getByTestId('date-readable').innerText()).toContain('18 February 2022');
    await page.locator('.lang').click();
    // Typed the short way, it reads as saving takes it, not as a format error.
    await page.getByLabel('日期').fill('2022-2-8');
    expect(await page.getByTestId('date-readable').innerText()).toContain('2022年2月8日');
    await context.close();
  }, 30_000);
});
