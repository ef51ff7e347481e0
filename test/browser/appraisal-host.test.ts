// 民主测评 on the host console in real Chromium at 1440×900 against the real server: set it up
// through the form (四档, 30 %), issue and void ballot codes in the run view, watch the turnout
// rise live while real socket.io voters cast ballots with their codes, close the round, and read
// the counts on the results page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredContest } from '../../shared/protocol/http.ts';
import { launchBrowser, newPage, screenshot, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, tokenOf, type TestClient } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof startBrowserServer>>;
interface Access {
  id: string;
  judges: { id: string; joinUrl: string | null }[];
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

const dialogButton = (page: Page, name: string) => page.getByRole('dialog').getByRole('button', { name, exact: true });
const panel = (page: Page) => page.getByTestId('appraisal-panel');
const turnout = (page: Page) => page.getByTestId('appraisal-turnout').innerText();
/** Lets confirmation toasts fade before a screenshot; an error toast means something was refused. */
async function quiet(page: Page): Promise<void> {
  expect(await page.locator('.toast-error').allInnerTexts()).toEqual([]);
  await page.locator('.toast').first().waitFor({ state: 'detached', timeout: 4000 });
}

describe('民主测评 on the host console', () => {
  it('is set up in the form, handed out as codes, counted live and shown on the results page', async () => {
    const { page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);

    // ── Setup: 四档 ballot, 30 % of the final ──
    await page.getByRole('button', { name: '新建比赛' }).click();
    await page.getByLabel('比赛名称').fill('第二季度村（社区）书记擂台赛');
    await page.getByLabel('细则名称 1').fill('工作实绩');
    await page.getByLabel('满分 1').fill('100');
    const judgesPaste = page.locator('.paste-box', { has: page.locator('textarea[name=paste-judges]') });
    await judgesPaste.locator('textarea').fill('张三\t县委副书记\t\n李四\t组织部部长\t\n王五\t群众代表\t');
    await judgesPaste.getByRole('button', { name: '替换列表' }).click();
    await page.getByLabel('单位 1').fill('安居村');
    await page.getByLabel('汇报人 1').fill('李桂芬');
    await page.getByRole('button', { name: '+ 添加单位' }).click();
    await page.getByLabel('单位 2').fill('岔河社区');

    await page.getByRole('checkbox', { name: /本场进行民主测评/ }).check();
    await page.getByRole('radio', { name: '四档' }).check();
    await page.getByLabel('测评权重（%）').fill('25');
    await page.getByText('最后得分 = 评委 75% + 测评 25%').waitFor();
    await page.getByLabel('测评权重（%）').fill('30');
    await page.getByText('最后得分 = 评委 70% + 测评 30%').waitFor();
    // Each choice says what it means.
    await page.getByText('每张票一个码，每个码对每个单位投一票', { exact: false }).waitFor();
    await page.locator('section.form-section', { hasText: '民主测评' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'host-appraisal-setup');
    await page.getByRole('button', { name: '创建比赛' }).click();

    await page.locator('.judge-card').nth(2).waitFor();
    const id = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('contest') ?? '';
    const stored = (await api<StoredContest>(server.url, 'GET', `/api/contests/${id}`)).body;
    expect(stored.definition.appraisal).toEqual({
      preset: 'fourLevel',
      options: [
        { id: 'o1', name: '优秀', points: 100, satisfied: true },
        { id: 'o2', name: '称职', points: 80, satisfied: true },
        { id: 'o3', name: '基本称职', points: 60, satisfied: false },
        { id: 'o4', name: '不称职', points: 0, satisfied: false },
        { id: 'o5', name: '不了解', points: null, satisfied: false },
      ],
      opens: 'perPresenter',
      weight: 0.3,
      noBallots: 'judgesOnly',
      electorate: 'codes',
    });

    // ── Run view: 20 codes out, one voided ──
    await page.getByRole('button', { name: '现场控制' }).click();
    await panel(page).waitFor();
    // Nothing to print before any code is issued.
    const print = panel(page).getByRole('button', { name: '打印测评票' });
    expect(await print.isDisabled()).toBe(true);
    expect(await print.getAttribute('title')).toBe('请先发放测评码');
    await panel(page).getByRole('button', { name: '发放测评码' }).click();
    // A wrong count is said in the dialog, which stays open for the right one (it closed into a toast).
    const count = page.getByRole('dialog').getByLabel('张数（1–2000）');
    for (const wrong of ['0', 'abc', '3000']) {
      await count.fill(wrong);
      expect(await page.getByTestId('dialog-problem').innerText()).toBe('请填写 1–2000 之间的整数');
      expect(await dialogButton(page, '发放').isDisabled()).toBe(true);
    }
    await screenshot(page, 'host-issue-codes-wrong');
    await count.press('Enter');
    expect(await page.getByRole('dialog').count()).toBe(1);
    await count.fill('20');
    expect(await page.getByTestId('dialog-problem').count()).toBe(0);
    await dialogButton(page, '发放').click();
    await expect.poll(() => turnout(page)).toBe('已投 0 / 可投 20');
    expect(await page.getByTestId('appraisal-codes').innerText()).toBe('已发放 20 张，作废 0 张，可用 20 张');

    await panel(page).getByRole('button', { name: '作废测评码' }).click();
    await page.getByRole('dialog').getByLabel('测评票编号').fill('No. 020'); // typed as the slip prints it
    await dialogButton(page, '下一步').click();
    await page.getByRole('dialog').getByLabel('作废原因（必填，写入日志）').fill('测评票遗失');
    await dialogButton(page, '作废').click();
    await expect.poll(() => turnout(page)).toBe('已投 0 / 可投 19');
    expect(await page.getByTestId('appraisal-codes').innerText()).toBe('已发放 20 张，作废 1 张，可用 19 张');
    expect(await page.getByTestId('appraisal-voided').innerText()).toContain('已作废：No. 020（测评票遗失）');

    // ── Scoring opens the hall's voting on the presenter by itself ──
    const access = (await api<Access>(server.url, 'GET', `/api/contests/${id}/access`)).body;
    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: id });
    const judges = await Promise.all(access.judges.map((j) => connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) })));
    clients.push(host, ...judges);
    for (const type of ['contest:start', 'presenter:next'] as const) expect((await host.send(type, {})).ok).toBe(true);
    await page.getByRole('button', { name: '跳过提问，直接评分' }).click();
    await page.getByTestId('appraisal-round').getByText('测评中：安居村').waitFor();
    expect(await panel(page).getByRole('button', { name: '开始测评' }).count()).toBe(0);

    // Three voters with printed codes; the turnout follows each ballot. A voided slip is refused.
    const bySerial = new Map(server.contests.ballotCodes.all(id).map((c) => [c.serial, c.code]));
    await expect(connect(server.url, { role: 'audience', contestId: id, voter: bySerial.get(20)! })).rejects.toThrow(/作废/);
    const choices = ['o1', 'o2', 'o3'];
    for (const [i, option] of choices.entries()) {
      const voter = await connect(server.url, { role: 'audience', contestId: id, voter: bySerial.get(i + 1)! });
      clients.push(voter);
      expect(await voter.send('appraisal:vote', { choices: { p1: option } })).toMatchObject({ ok: true });
      await expect.poll(() => turnout(page)).toBe(`已投 ${i + 1} / 可投 19`);
    }
    await quiet(page);
    await screenshot(page, 'host-appraisal-panel');

    // Closing asks first, with the turnout in the question.
    await panel(page).getByRole('button', { name: '结束测评' }).click();
    await page.getByRole('dialog').getByText('安居村：已投 3 / 可投 19', { exact: false }).waitFor();
    await dialogButton(page, '结束测评').click();
    await page.getByTestId('appraisal-round').getByText('当前没有进行中的测评').waitFor();

    // Judges 84 / 90 / 78: trimmed J = 84. Ballots 优秀, 称职, 基本称职: A = 80, 满意率 2/3.
    // Final = 0.7 × 84 + 0.3 × 80 = 58.8 + 24 = 82.80.
    await Promise.all(judges.map((j, i) => j.send('score:submit', { presenterId: 'p1', values: [[84, 90, 78][i]!] })));
    expect((await host.send('scoring:reveal', {})).ok).toBe(true);
    // The panel keeps the round just counted, not the next one's 已投 0.
    await expect.poll(() => turnout(page)).toBe('上一轮 安居村：3 票，满意率 66.67%');

    // ── Results ──
    await page.getByRole('button', { name: '成绩' }).click();
    const table = page.getByTestId('appraisal-results');
    await table.waitFor();
    expect(await page.getByTestId('appraisal-mode').innerText()).toBe('投票方式：凭测评码');
    const row = table.locator('tr[data-presenter=p1]');
    const counts = await row.locator('td[data-option]').allInnerTexts();
    expect(counts).toEqual(['1', '1', '1', '0', '0']);
    expect(await row.innerText()).toMatch(/安居村\s+1\s+1\s+1\s+0\s+0\s+3\s+66\.67%\s+80\.00\s+80\.00\s+24\.00/);
    expect(await table.innerText()).toContain('测评码发放 20 张，作废 1 张');
    expect(await page.locator('.ranking-table tr[data-presenter=p1]').innerText()).toContain('82.80');
    // Under the marks, how 84 became 82.80.
    expect(await page.locator('.marks-card[data-presenter=p1]').getByTestId('appraisal-card-line').innerText()).toBe('评委得分 84.00 × 70% + 民主测评 80.00 × 30% = 82.80');
    // The 各项 row sums the judges' marks: J = 84.00, as the report's 各项得分 (82.80 is the final's).
    expect(await page.locator('.marks-card[data-presenter=p1] tfoot tr').innerText()).toMatch(/各项\s+84\.00\s+84\.00/);
  }, 60_000);
});
