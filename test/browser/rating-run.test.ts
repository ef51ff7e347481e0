// A 评比 of a series run from the host console in real Chromium (1440×900) against the real
// server: the setup form shows the kind, 开启评分 opens every unit, four judges on sockets and
// one on a real phone page score through the unit list, the host sees each unit's progress,
// 全部亮分 and 结束比赛, then 红黑榜 puts the series' boards on the projector (1920×1080). The
// projector's progress grid is checked for fit with 30 units at 1920×1080 and 1280×720.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPEAT_MS } from '../../client/host/run/step-guard.ts';
import type { HostView } from '../../shared/protocol/index.ts';
import { launchBrowser, newPage, screenshot, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, tokenOf, type TestClient } from '../support/server.ts';
import { assertFits, pageText, shot, type Created } from './screen-support.ts';

const seriesDef = {
  name: '2026年度村(社区)评比',
  issuer: '中共峨山县委组织部',
  tiers: [{ name: '村(社区)' }],
  periods: [{ name: '2026年5月' }],
  headings: [{ name: '综合' }],
  periodScore: { contest: 1, ledger: 1 },
  boards: { red: { by: 'top', count: 2 }, black: { by: 'bottom', count: 2 } },
};
const UNITS = ['安居村', '岔河村', '大石村', '坝心村', '青龙村', '新寨村'];
/** Every judge gives a unit the same total, so each unit's score is that total. */
const TOTALS = [92, 88, 85, 80, 78, 76];
const JUDGES = ['李明华', '王建国', '张丽', '赵强', '周敏'];

type Server = Awaited<ReturnType<typeof startBrowserServer>>;
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

const dialogButton = (page: Page, name: string) => page.getByRole('dialog').getByRole('button', { name });
const expectStep = (page: Page, step: string) => page.locator(`[data-testid=next-step][data-step=${step}]`).waitFor();
let pressedAt = 0;
/** The big button, pressed as a deliberate host does: after the repeat guard (step-guard.ts). */
async function press(page: Page): Promise<void> {
  await page.waitForTimeout(Math.max(0, pressedAt + REPEAT_MS + 50 - Date.now()));
  await page.getByTestId('next-step').click();
  pressedAt = Date.now();
}
const unitRow = (page: Page, id: string) => page.locator(`[data-testid=rating-units] tr[data-unit=${id}]`);
const progressOf = (page: Page, id: string) => unitRow(page, id).getByTestId('unit-progress').textContent();

describe('a 评比 run from the host console', () => {
  it('opens every unit, shows their progress, reveals all, finishes and puts the 红黑榜 on screen', async () => {
    const seriesId = (await api<{ id: string }>(server.url, 'POST', '/api/series', seriesDef)).body.id;
    const made = await api<Created>(server.url, 'POST', '/api/contests', {
      kind: 'rating',
      title: '2026年5月村(社区)评比',
      criteria: [{ name: '综合', max: 100 }],
      judges: JUDGES.map((name) => ({ name })),
      presenters: UNITS.map((unit) => ({ unit })),
      series: { seriesId, tierId: 't1', periodId: 'm1' },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const id = made.body.id;
    const judges: TestClient[] = [];
    for (const j of made.body.judges.slice(1)) judges.push(await connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) }));
    closers.push(() => judges.forEach((j) => j.close()));

    const { page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);
    await page.locator('.contest-table tr[data-contest]').first().waitFor();

    // The setup form keeps the kind, and a 评比 has no timing rules to fill in.
    await page.goto(`${server.url}/host#contest=${id}&tab=setup`);
    await page.getByTestId('kind-choice').waitFor();
    expect(await page.getByRole('radio', { name: '评比（只评分）' }).isChecked()).toBe(true);
    expect(await page.getByTestId('rating-rules-note').textContent()).toBe('评比没有汇报、提问和计时，以下计时规则不适用。');
    expect(await page.getByText('汇报时长（秒）').count()).toBe(0);

    // ── Run: no stage, timer or Q&A; the units' table instead ──
    await page.goto(`${server.url}/host#contest=${id}&tab=run`);
    await expectStep(page, 'start');
    expect(await page.getByTestId('stage').count()).toBe(0);
    expect(await page.locator('.timer-panel').count()).toBe(0);
    await press(page);
    await expectStep(page, 'openAll');
    expect(await page.getByTestId('next-step').textContent()).toContain('开启评分');
    await press(page);
    await expectStep(page, 'revealAll');
    await expect.poll(() => unitRow(page, 'p1').getAttribute('data-state')).toBe('open');

    // The projector shows the units' progress in place of an empty stage.
    const screenUrl = `${server.url}/screen#${tokenOf(made.body.screenUrl)}`;
    const { page: screen } = await newPage(browser, 'projector');
    await screen.goto(screenUrl);
    await screen.locator('[data-stage=rating-progress]').waitFor();
    // A phone in the hall says the same in a line, not just the contest's date.
    const { page: watch } = await newPage(browser, 'phone');
    await watch.goto(`${server.url}/watch#${id}`);
    await watch.getByTestId('watch-rating-progress').waitFor();
    expect(await watch.getByTestId('watch-rating-progress').innerText()).toMatch(/评分进行中\s+已评齐 0 \/ 6 个单位/);
    await watch.context().close();

    // Four judges on sockets score every unit.
    for (const j of judges)
      for (const [i, total] of TOTALS.entries()) expect(await j.send('score:submit', { presenterId: `p${i + 1}`, values: [total] })).toMatchObject({ ok: true });
    await expect.poll(() => progressOf(page, 'p6')).toBe('4/5');

    // 亮分 for one unit with a judge missing asks first; cancelled, nothing is revealed.
    await unitRow(page, 'p1').getByRole('button', { name: '亮分' }).click();
    await page.getByRole('dialog').getByText('1 位评委未提交，仍然亮分？').waitFor();
    expect(await page.getByRole('dialog').textContent()).toContain('李明华');
    await dialogButton(page, '取消').click();
    expect(await unitRow(page, 'p1').getAttribute('data-state')).toBe('open');

    // The fifth judge on a real phone, through the unit list: the first three units.
    const { context: phoneCtx, page: phone } = await newPage(browser, 'phone');
    closers.push(() => phoneCtx.close());
    await phone.goto(made.body.judges[0]!.joinUrl.replace('http://leitai.test', server.url));
    await phone.getByTestId('rating-list').waitFor();
    for (const i of [0, 1, 2]) {
      await phone.locator(`[data-testid=rating-unit][data-presenter=p${i + 1}]`).click();
      await phone.getByRole('textbox', { name: '综合', exact: true }).fill(String(TOTALS[i]));
      await phone.getByRole('button', { name: '提交评分' }).click();
      await dialogButton(phone, '确认提交').click();
      await expect.poll(() => phone.locator(`[data-testid=rating-unit][data-presenter=p${i + 1}]`).getAttribute('data-status')).toBe('submitted');
    }
    await expect.poll(() => progressOf(page, 'p3')).toBe('5/5');
    expect(await progressOf(page, 'p4')).toBe('4/5');
    expect(await unitRow(page, 'p3').locator('.count-full').count()).toBe(1);

    // The projector: three units complete (checked), three at 4/5, no value anywhere.
    await expect.poll(() => screen.locator('.rating-cell.is-complete').count()).toBe(3);
    const grid = await screen.getByTestId('rating-grid').innerText();
    expect(grid).toContain('已评 4/5');
    for (const total of TOTALS) expect(grid).not.toContain(String(total));
    expect(await screen.getByTestId('rating-done').textContent()).toBe('已评齐 3 / 6 个单位');
    await assertFits(screen);
    // As the operator would before the show: sound on, and the key hint gone.
    await screen.click('[data-testid=sound-prompt]');
    await screen.locator('.hint').waitFor({ state: 'detached', timeout: 10_000 });
    await shot(screen, 'screen-rating-progress');

    // The host picks a unit to see its marks judge by judge; the preview names the grid.
    await unitRow(page, 'p4').click();
    expect(await page.getByTestId('judge-focus').textContent()).toBe('坝心村');
    expect(await page.locator('.judge-table tr.has-mark').count()).toBe(4);
    expect(await page.locator('.judge-table tr[data-judge=j1].has-mark').count()).toBe(0);
    expect(await page.getByTestId('screen-stage').textContent()).toContain('评分进度');
    // The lit button is the projector's mode, 自动 (it follows the contest), not 欢迎 under the grid.
    expect(await page.locator('.screen-buttons [aria-pressed=true]').allInnerTexts()).toEqual(['自动']);
    await page.locator('.toast').first().waitFor({ state: 'detached', timeout: 4000 }).catch(() => undefined);
    await screenshot(page, 'host-rating-run');

    // 全部亮分 with three units incomplete: the host chooses to reveal only the complete ones.
    await press(page);
    await page.getByRole('dialog').getByText('还有 3 个单位评分未齐：坝心村（缺 1 位）、青龙村（缺 1 位）、新寨村（缺 1 位）。').waitFor();
    await page.getByRole('dialog').getByRole('radio', { name: '只亮分已评齐的 3 个单位' }).check();
    await dialogButton(page, '亮分').click();
    await expect.poll(() => unitRow(page, 'p3').getAttribute('data-state')).toBe('revealed');
    expect(await unitRow(page, 'p4').getAttribute('data-state')).toBe('open');
    expect(await unitRow(page, 'p1').locator('.q-score').textContent()).toBe('92.00');
    await screen.locator('[data-stage=ranking]').waitFor();
    // The host's 排名 button says it is what the screen shows, and stays legible under the mouse.
    const showing = page.locator('.screen-buttons').getByRole('button', { name: '排名', pressed: true });
    await showing.hover();
    expect(await showing.evaluate((b) => getComputedStyle(b).color)).toBe('rgb(255, 255, 255)');

    // The phone scores the rest; 全部亮分 now reveals them after one confirmation.
    for (const i of [3, 4, 5]) {
      await phone.locator(`[data-testid=rating-unit][data-presenter=p${i + 1}]`).click();
      await phone.getByRole('textbox', { name: '综合', exact: true }).fill(String(TOTALS[i]));
      await phone.getByRole('button', { name: '提交评分' }).click();
      await dialogButton(phone, '确认提交').click();
      await expect.poll(() => phone.locator(`[data-testid=rating-unit][data-presenter=p${i + 1}]`).getAttribute('data-status')).toBe('submitted');
    }
    await expect.poll(() => progressOf(page, 'p6')).toBe('5/5');
    await press(page);
    await page.getByRole('dialog').getByText('3 个单位评分已齐，将一起亮分，大屏显示排名。').waitFor();
    await dialogButton(page, '亮分').click();
    await expectStep(page, 'finish');
    expect(await page.getByTestId('rating-revealed').textContent()).toBe('已亮分 6/6');

    // 结束比赛, then the series' 红黑榜 on the projector.
    await press(page);
    await dialogButton(page, '结束比赛').click();
    await expectStep(page, 'none');
    await screen.locator('[data-stage=final]').waitFor();
    // A 评比 has no 擂主: its best is announced as 第一名.
    expect(await screen.getByTestId('champion').innerText()).toMatch(/^第一名\s+安居村/);
    // The host's 大屏 button for that page says the projector's word.
    expect(await page.locator('.screen-buttons').getByRole('button', { name: '第一名', pressed: true }).count()).toBe(1);
    expect(await page.locator('.screen-buttons').innerText()).not.toContain('擂主');
    await page.getByRole('button', { name: '红黑榜', exact: true }).click();
    await screen.locator('[data-stage=boards]').waitFor();
    const boardRows = (board: 'red' | 'black') =>
      screen.locator(`[data-testid=board-${board}] [data-testid=board-row]`).allInnerTexts().then((rows) => rows.map((r) => r.replace(/\s+/g, ' ').trim()));
    // No ledger entries this month: each unit's 评比 score alone, its ledger points 0.
    expect(await boardRows('red')).toEqual(['1 安居村 92.00 0', '2 岔河村 88.00 0']);
    expect(await boardRows('black')).toEqual(['6 新寨村 76.00 0', '5 青龙村 78.00 0']);
    expect(await pageText(screen)).toContain('2026年5月 红黑榜');

    // 成绩: the first place as the projector names it, and no column for a clock that never ran.
    await page.getByRole('button', { name: '成绩' }).click();
    await page.getByTestId('champion').waitFor();
    expect(await page.getByTestId('champion').innerText()).toMatch(/^第一名\s+安居村\s+92\.00$/);
    expect(await page.locator('.ranking-table th').allInnerTexts()).toEqual(['名次', '单位', '汇报人', '最后得分', '说明']);
    expect(await page.locator('.ranking-table tr[data-presenter=p1] td').allInnerTexts()).toEqual(['1', '安居村', '', '92.00', '']);
    expect(await page.locator('.results-page').innerText()).not.toMatch(/擂主|超时|扣分|汇报用时/);
    await page.getByRole('button', { name: '语言 / Language' }).click();
    expect(await page.getByTestId('champion').innerText()).toMatch(/^First place\s+安居村/);
    await page.getByRole('button', { name: '语言 / Language' }).click();
  }, 90_000);

  it('fits the progress grid of 30 units on the projector at 1920×1080 and 1280×720', async () => {
    const made = await api<Created>(server.url, 'POST', '/api/contests', {
      kind: 'rating',
      title: '2026年5月 全县村(社区)综合评比',
      criteria: [{ name: '综合', max: 100 }],
      judges: [{ name: '甲评委' }, { name: '乙评委' }],
      presenters: Array.from({ length: 30 }, (_, i) => ({ unit: i % 7 === 3 ? `第${i + 1}村民委员会（含易地扶贫搬迁安置点）` : `第${i + 1}村` })),
    });
    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: made.body.id });
    closers.push(() => host.close());
    const judge = await connect(server.url, { role: 'judge', token: tokenOf(made.body.judges[0]!.joinUrl) });
    closers.push(() => judge.close());
    expect((await host.send('contest:start', {})).ok).toBe(true);
    expect((await host.send('scoring:openAll', {})).ok).toBe(true);
    for (let i = 1; i <= 12; i++) expect((await judge.send('score:submit', { presenterId: `p${i}`, values: [80] })).ok).toBe(true);
    await host.waitFor<HostView>((v) => v.role === 'host' && (v.screen.rating?.units.filter((u) => u.submitted === 1).length ?? 0) === 12);

    const screenUrl = `${server.url}/screen#${tokenOf(made.body.screenUrl)}`;
    const { page: big } = await newPage(browser, 'projector');
    const small = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, locale: 'zh-CN' })).newPage();
    for (const p of [big, small]) {
      await p.goto(screenUrl);
      await p.locator('[data-stage=rating-progress]').waitFor();
      expect(await p.locator('.rating-cell').count()).toBe(30);
      expect(await p.getByTestId('rating-grid').innerText()).toContain('已评 1/2');
      await assertFits(p);
    }
    await big.click('[data-testid=sound-prompt]');
    await big.locator('.hint').waitFor({ state: 'detached', timeout: 10_000 });
    await shot(big, 'screen-rating-progress-30');
  }, 60_000);
});
