// A series on the host console in real Chromium at 1440×900 against the real server: created
// through the form, two contests linked to it and run by real socket.io judges, a month of points
// pasted from Excel (a bad row refused whole and shown at its row, then fixed and entered once),
// a correction, a rename and a merge, and the standings and 红黑榜 on the page equal to the rules
// of docs/series.md worked out by hand below; a unit's trend chart and the 红黑榜 poster.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, tokenOf } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof startBrowserServer>>;
let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Creates a contest in the series and runs it: each presenter's two judges give these totals (one criterion of 100). */
async function runContest(seriesId: string, tierId: string, periodId: string, title: string, units: string[], marks: [number, number][]) {
  const created = await api<{ id: string; judges: { joinUrl: string }[] }>(server.url, 'POST', '/api/contests', {
    title,
    criteria: [{ name: '综合', max: 100 }],
    judges: [{ name: '甲评委' }, { name: '乙评委' }],
    presenters: units.map((unit) => ({ unit })),
    series: { seriesId, tierId, periodId },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const { id } = created.body;
  const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: id });
  const judges = await Promise.all(created.body.judges.map((j) => connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) })));
  expect((await host.send('contest:start', {})).ok).toBe(true);
  for (let i = 0; i < units.length; i++) {
    const presenterId = `p${i + 1}`;
    expect((await host.send('presenter:next', { presenterId })).ok).toBe(true);
    expect((await host.send('scoring:open', {})).ok).toBe(true);
    for (const [k, j] of judges.entries()) expect(await j.send('score:submit', { presenterId, values: [marks[i]![k]!] })).toMatchObject({ ok: true });
    expect(await host.send('scoring:reveal', {})).toMatchObject({ ok: true });
  }
  expect((await host.send('contest:finish', {})).ok).toBe(true);
  [host, ...judges].forEach((c) => c.close());
  return id;
}

/** The visible text of each row of a table, cell by cell. */
const rowsOf = (page: Page, testId: string) =>
  page.getByTestId(testId).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.replace(/\s+/g, ' ').trim())));
const boardOf = (page: Page, kind: 'red' | 'black') =>
  page.getByTestId(`board-${kind}`).locator('li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
async function quiet(page: Page): Promise<void> {
  expect(await page.locator('.toast-error').allInnerTexts()).toEqual([]);
  await page.locator('.toast').first().waitFor({ state: 'detached', timeout: 4000 });
}
const tab = (page: Page, name: string) => page.locator('.tabs').getByRole('button', { name, exact: true }).click();

describe('a series on the host console', () => {
  it('is created, filled with contests and points, corrected, tidied, and ranked as docs/series.md says', async () => {
    const { page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);

    // ── The series through the form: three tiers, the months of 2026, contest + points, red top 2, black bottom 1 ──
    await page.getByRole('button', { name: '新建系列' }).click();
    await page.getByLabel('系列名称').fill('2026年度三级干部擂台赛');
    await page.getByLabel('发布单位').fill('中共峨山县委组织部');
    await page.getByLabel('年份').fill('2026');
    await page.getByRole('button', { name: '添加 1–12 月' }).click();
    expect(await page.getByLabel(/^期次名称 \d+$/).count()).toBe(12);
    await page.getByLabel('积分权重').fill('1');
    await page.getByLabel('红榜名数或分数线').fill('2');
    await page.getByLabel('黑榜名数或分数线').fill('1');
    await page.getByRole('button', { name: '创建系列' }).click();
    await page.getByTestId('series-grid').waitFor();
    const seriesId = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('series') ?? '';
    const made = (await api<{ definition: { tiers: { id: string; name: string }[]; periods: { id: string; name: string }[] } }>(server.url, 'GET', `/api/series/${seriesId}`)).body;
    expect(made.definition.tiers.map((t) => t.name)).toEqual(['县级干部', '科级干部', '村(社区)干部']);
    expect(made.definition.periods[3]).toEqual({ id: 'm4', name: '2026年4月', kind: 'month' });

    // ── Two 科级 contests: March 甲乡 85 乙乡 80 丙乡 75; April 乙乡 90 甲乡 70 丙香 61 (a typo for 丙乡) 丁乡 70.5 ──
    const march = await runContest(seriesId, 't2', 'm3', '三月科级擂台赛', ['甲乡', '乙乡', '丙乡'], [[84, 86], [80, 80], [75, 75]]);
    await runContest(seriesId, 't2', 'm4', '四月科级擂台赛', ['乙乡', '甲乡', '丙香', '丁乡'], [[90, 90], [70, 70], [60, 62], [70, 71]]);

    // The contest list groups them under the series, tier and period.
    await page.locator('.brand').click();
    const block = page.locator(`[data-series="${seriesId}"]`);
    await block.locator('tr[data-contest]').nth(1).waitFor();
    expect(await block.locator('.group-row').allInnerTexts()).toEqual(['科级干部 · 2026年3月', '科级干部 · 2026年4月']);
    await block.getByRole('button', { name: '2026年度三级干部擂台赛' }).click();

    // ── 概览: the grid, a new contest in a cell, and a contest copied as the next period's template ──
    const cell = page.locator('[data-cell="t2-m4"]');
    await cell.getByText('四月科级擂台赛').waitFor();
    expect(await page.locator('[data-cell="t2-m3"] .pill').innerText()).toBe('已结束');
    await quiet(page);
    await screenshot(page, 'host-series-overview');
    await page.getByRole('button', { name: '在 科级干部 · 2026年5月 新建比赛' }).click();
    const choice = page.getByTestId('series-choice');
    await choice.locator('select').nth(2).waitFor();
    expect(await choice.locator('select').evaluateAll((s) => s.map((x) => (x as HTMLSelectElement).selectedOptions[0]?.textContent))).toEqual(['2026年度三级干部擂台赛', '科级干部', '2026年5月']);
    await page.goBack();
    await cell.getByRole('button', { name: '复制为下期' }).click();
    await page.getByLabel('单位 4').waitFor();
    expect(await page.getByLabel(/^单位 \d$/).evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value))).toEqual(['乙乡', '甲乡', '丙香', '丁乡']);
    // The series' periods arrive on their own request, after the template's units.
    await expect.poll(() => choice.locator('select').nth(2).evaluate((x) => (x as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('2026年5月');
    // It names May, not April, and a date left in April is said before it reaches the certificates.
    expect(await page.getByLabel('比赛名称').inputValue()).toBe('五月科级擂台赛');
    await page.getByLabel('日期').fill('2026-04-25');
    expect(await page.getByTestId('date-outside').innerText()).toBe('比赛日期 2026年4月25日 不在期次「2026年5月」内，请核对日期或期次（日期会印在成绩报告、证书和公示上）。');
    await page.getByLabel('日期').fill('2026-05-20');
    expect(await page.getByTestId('date-outside').count()).toBe(0);
    // A finished contest's setup stays read-only but for its series (saved on its own), and says which series it is in.
    await page.goto(`${server.url}/host#contest=${march}&tab=setup`);
    await page.getByText('比赛已开始，设置不能再修改').waitFor();
    expect(await page.getByLabel('比赛名称').isDisabled()).toBe(true);
    await choice.locator('select').first().waitFor();
    expect(await choice.locator('select').first().isDisabled()).toBe(false);
    expect(await choice.locator('select').first().evaluate((x) => (x as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('2026年度三级干部擂台赛');

    // ── 积分: who enters, asked once; a paste with a bad date (caught here) and an unknown unit (refused by the server) ──
    await page.goto(`${server.url}/host#series=${seriesId}&tab=ledger`);
    await page.getByLabel('录入人（签名，每条记录都会记下）').fill('李干事');
    await page.getByRole('button', { name: '确定' }).click();
    await page.getByTestId('recorder').getByText('李干事').waitFor();
    expect(await page.locator('.ledger-toolbar select').first().evaluate((x) => (x as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('2026年4月');
    await page.locator('.ledger-toolbar select').nth(1).selectOption('t2');
    const box = page.getByTestId('ledger-paste');
    const sheet = (unit2: string, date3: string, heading2 = '问题化解') =>
      ['日期\t单位\t项目\t分值\t事由', '2026-04-03\t甲乡\t责任落实\t3\t按期完成', `2026/4/12\t${unit2}\t${heading2}\t-4\t信访积案未化解`, `${date3}\t丁乡\t服务成效\t+2.5\t经验被推广`].join('\n');
    await box.locator('textarea').fill(sheet('戊乡', '2026-04-31'));
    await box.getByRole('button', { name: '预览' }).click();
    expect(await box.locator('tr[data-line="3"] .row-check').innerText()).toBe('没有这一天');
    expect(await box.getByRole('button', { name: '导入 3 行' }).isDisabled()).toBe(true);
    // A unit the tier does not know is said in the preview, with the names one character off.
    await box.locator('textarea').fill(sheet('乙相', '2026-04-20'));
    await box.getByRole('button', { name: '预览' }).click();
    expect(await box.locator('tr[data-line="2"] .row-check').innerText()).toBe('没有这个单位——是否应为 乙乡？');
    expect(await box.locator('tr[data-line="2"] td.cell-bad').allInnerTexts()).toEqual(['乙相']);
    expect(await box.getByRole('button', { name: '导入 3 行' }).isDisabled()).toBe(true);
    // A 项目 the series does not have is said in the preview with the series' list (it passed as
    // 格式正确, then the server refused the paste), and a day of March pasted into 2026年4月 is
    // warned of: it would count in April.
    await box.locator('textarea').fill(sheet('乙乡', '2026-03-28', '问题化节'));
    await box.getByRole('button', { name: '预览' }).click();
    expect(await box.locator('tr[data-line="2"] .row-check').innerText()).toBe('本系列没有这个积分项目（现有：责任落实、问题化解、服务成效）');
    expect(await box.locator('tr[data-line="2"] td.cell-bad').allInnerTexts()).toEqual(['问题化节']);
    expect(await box.locator('tr[data-line="3"]').getByTestId('row-warning').innerText()).toBe('日期不在「2026年4月」内，仍将计入2026年4月：请核对日期或期次');
    expect(await box.locator('tr[data-line="3"] td.cell-warn').allInnerTexts()).toEqual(['2026-03-28']);
    expect(await box.locator('tr[data-line="1"] .row-check').innerText()).toBe('格式正确');
    expect(await box.getByText('1 行的日期不在2026年4月内，导入前请核对').count()).toBe(1);
    expect(await box.getByRole('button', { name: '导入 3 行' }).isDisabled()).toBe(true);
    expect((await api<{ ledger: unknown[] }>(server.url, 'GET', `/api/series/${seriesId}`)).body.ledger).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'host-series-ledger-paste');
    // The date alone is a warning, not an error: the rows may be sent.
    await box.locator('textarea').fill(sheet('乙乡', '2026-03-28'));
    await box.getByRole('button', { name: '预览' }).click();
    expect(await box.getByRole('button', { name: '导入 3 行' }).isDisabled()).toBe(false);
    // Fixed in Excel and pasted again; a double click on 导入 enters the month once.
    await box.locator('textarea').fill(sheet('乙乡', '2026-04-20'));
    await box.getByRole('button', { name: '预览' }).click();
    await box.getByRole('button', { name: '导入 3 行' }).dblclick();
    await page.getByTestId('ledger-entries').locator('tr[data-entry=e3]').waitFor();
    // Dates as every date reads (2026/4/12 as typed, stored 2026-04-12).
    expect(await page.locator('tr[data-entry=e2]').innerText()).toContain('2026年4月12日');
    const log = (await api<{ type: string }[]>(server.url, 'GET', `/api/series/${seriesId}/events`)).body;
    expect(log.filter((e) => e.type === 'LedgerEntered')).toHaveLength(1);

    // ── 更正: 乙乡's −4 becomes −2, by a new entry citing it ──
    await page.locator('tr[data-entry=e2]').getByRole('button', { name: '更正' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('更正后分值（0 = 撤销此条）').fill('-2');
    await dialog.getByLabel('更正原因（必填）').fill('复核后减为 2 分');
    await dialog.getByRole('button', { name: '确认更正' }).click();
    await page.locator('tr[data-entry=e4]').waitFor();
    expect(await page.locator('tr[data-entry=e2] td.struck').count()).toBeGreaterThan(3);
    expect(await page.locator('tr[data-entry=e2]').innerText()).toContain('已更正，见 e4');
    // The reason is read from the series' log, fetched when the ledger changes: it may follow the row.
    await expect.poll(() => page.locator('tr[data-entry=e4]').getByTestId('correction-note').innerText()).toBe('更正 e2：复核后减为 2 分');
    expect(await page.locator('tr[data-entry=e4] .points').innerText()).toBe('\u22122');

    // ── Before the merge: 丙乡 absent in April, 丙香 at the bottom ──
    await tab(page, '排名与红黑榜');
    await page.getByTestId('period-standing').waitFor();
    expect(await rowsOf(page, 'period-standing')).toEqual([
      ['1', '乙乡', '90.00', '\u22122', '88.00'],
      ['2并列', '甲乡', '70.00', '+3', '73.00'],
      ['2并列', '丁乡', '70.50', '+2.5', '73.00'],
      ['4', '丙香', '61.00', '0', '61.00'],
      ['缺席', '丙乡', '—', '0', '—'],
    ]);
    expect(await boardOf(page, 'black')).toEqual(['4 丙香 61.00 积分 0']);

    // ── 单位: 丁乡 renamed, 丙香 merged into 丙乡 ──
    await tab(page, '单位');
    const row = (name: string) => page.locator('[data-tier=t2] tr', { has: page.locator('td.strong', { hasText: new RegExp(`^${name}$`) }) });
    await row('丁乡').getByRole('button', { name: '改名' }).click();
    await dialog.getByLabel('新名称').fill('丁家乡');
    await dialog.getByLabel('原因（必填）').fill('乡镇更名');
    await dialog.getByRole('button', { name: '确认改名' }).click();
    await row('丁家乡').getByText('丁乡').waitFor();
    await row('丙香').getByRole('button', { name: '合并到…' }).click();
    await dialog.locator('select').selectOption({ label: '丙乡' });
    expect(await dialog.getByTestId('merge-moves').innerText()).toContain('1 场比赛的成绩：四月科级擂台赛');
    await dialog.getByLabel('原因（必填）').fill('录入错别字');
    await dialog.getByRole('button', { name: '确认合并' }).click();
    await row('丙香').getByText('已并入「丙乡」').waitFor();
    expect(await row('丙乡').locator('td').nth(1).innerText()).toBe('丙香');

    // ── 排名与红黑榜, worked out by the rules of docs/series.md (period score = contest + points, 2 decimals):
    //    April: 乙 90 − 2 = 88; 甲 70 + 3 = 73 and 丁家乡 70.5 + 2.5 = 73 share rank 2; 丙乡 (丙香's 61) 4th.
    //    Cumulative sum (March 甲 85, 乙 80, 丙 75): 乙 168, 甲 158, 丙 136, 丁家乡 73.
    //    Red top 2: 乙, and 甲 and 丁家乡 tied at the cut (并列入榜); black bottom 1: 丙乡, black in March too (连续上黑榜).
    await tab(page, '排名与红黑榜');
    await page.getByTestId('period-standing').locator('tr', { hasText: '丁家乡' }).waitFor();
    expect(await rowsOf(page, 'period-standing')).toEqual([
      ['1', '乙乡', '90.00', '\u22122', '88.00'],
      ['2并列', '甲乡', '70.00', '+3', '73.00'],
      ['2并列', '丁家乡', '70.50', '+2.5', '73.00'],
      ['4', '丙乡', '61.00', '0', '61.00'],
    ]);
    expect(await page.getByTestId('cumulative-method').innerText()).toBe('累计：各期得分相加（缺席的一期记 0）');
    expect(await rowsOf(page, 'cumulative-standing')).toEqual([
      ['1', '乙乡', '168.00', '2 期'],
      ['2', '甲乡', '158.00', '2 期'],
      ['3', '丙乡', '136.00', '2 期'],
      ['4', '丁家乡', '73.00', '1 期'],
    ]);
    expect(await boardOf(page, 'red')).toEqual(['1 乙乡 88.00 积分 \u22122', '2 甲乡 并列入榜 73.00 积分 +3', '2 丁家乡 并列入榜 73.00 积分 +2.5']);
    expect(await boardOf(page, 'black')).toEqual(['4 丙乡 连续上黑榜 61.00 积分 0']);
    await quiet(page);
    await screenshot(page, 'host-series-standings');

    // ── 趋势: the first unit of the standing by default; a click on 丙乡's row draws its March and
    //    April (75 then 丙香's 61: 3rd of 3, then 4th of 4) beside the tier's best and median ──
    const trend = page.getByTestId('trend-panel');
    await trend.getByTestId('trend-caption').getByText('乙乡 · 逐期得分与名次（科级干部）').waitFor();
    await trend.locator('[data-testid=trend-chart] svg').waitFor();
    await page.getByTestId('period-standing').locator('tr', { hasText: '丙乡' }).click();
    await trend.getByTestId('trend-caption').getByText('丙乡 · 逐期得分与名次（科级干部）').waitFor();
    expect(await page.getByTestId('period-standing').locator('tr[aria-selected=true]').innerText()).toContain('丙乡');
    const chartText = async () => (await trend.locator('[data-testid=trend-chart] svg').innerHTML()).replace(/<[^>]+>/g, ' ');
    await expect.poll(chartText).toContain('61.00');
    const drawn = await chartText();
    for (const words of ['75.00', '2026年3月', '第 3 名', '2026年4月', '第 4 名', '本单位得分', '本层级最高分', '本层级中位数']) expect(drawn).toContain(words);
    await trend.scrollIntoViewIfNeeded();
    await screenshot(page, 'host-series-trend');

    // ── The poster of the period shown, with the host token, saved under the series' name ──
    const [download, answer] = await Promise.all([
      page.waitForEvent('download'),
      page.waitForResponse((r) => r.url().includes('/poster.pdf')),
      trend.getByRole('button', { name: '⤓ 红黑榜海报 A4' }).click(),
    ]);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toBe('application/pdf');
    expect(new URL(answer.url()).searchParams.toString()).toBe('tier=t2&period=m4&size=A4');
    expect(download.suggestedFilename()).toBe('2026年度三级干部擂台赛-科级干部-2026年4月-红黑榜-A4.pdf');
    const saved = await download.path();
    expect(fs.readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');

    // ── In English (the host may switch): the same standing and boards, the console's own words
    //    in English, no Chinese left but the names the host typed and the periods' names ──
    await page.evaluate(() => localStorage.setItem('leitai:lang', 'en'));
    await page.reload();
    await page.getByTestId('board-black').waitFor();
    await page.getByRole('button', { name: 'Standings & boards' }).waitFor();
    for (const words of ['Red board', 'Black board', 'Cumulative standing (up to 2026年4月)']) await page.getByText(words, { exact: false }).first().waitFor();
    const typed = /乙乡|甲乡|丙乡|丁家乡|科级干部|县级干部|村\(社区\)干部|2026年\d+月|2026年度三级干部擂台赛|峨山县/g;
    const leftover = (await page.locator('main').innerText()).replace(typed, '').match(/[\u4e00-\u9fff]+/g);
    expect(leftover).toBeNull();
    expect(await page.getByTestId('cumulative-standing').innerText()).toMatch(/\b1 period\b(?!s)/);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.board-head h2')!).letterSpacing)).not.toBe('4px');
    await trend.locator('[data-testid=trend-chart] svg').waitFor();
    await quiet(page);
    await screenshot(page, 'host-series-standings-en');
    await page.evaluate(() => localStorage.setItem('leitai:lang', 'zh'));
    await page.reload();
    await page.getByTestId('board-black').waitFor();

    // ── 设置: a period renamed keeps its id, so April's contest, points and standing stay where they are ──
    await tab(page, '设置');
    await page.getByLabel('期次名称 4').fill('2026年4月（第二期）');
    // Points entered elsewhere meanwhile: the page loads the series again (on return to the
    // window), and the settings being edited stay as typed — the definition did not change.
    const points = { date: '2026-04-20', unit: '甲乡', heading: '服务成效', points: 1, reason: '经验交流' };
    const reloaded = page.waitForResponse((r) => r.url().endsWith(`/api/series/${seriesId}`) && r.request().method() === 'GET');
    expect((await api(server.url, 'POST', `/api/series/${seriesId}/commands`, { type: 'ledger:add', periodId: 'm4', tierId: 't2', by: '办公室', rows: [points] })).status).toBe(200);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await reloaded;
    await page.waitForTimeout(200);
    expect(await page.getByLabel('期次名称 4').inputValue()).toBe('2026年4月（第二期）');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('系列设置已保存').waitFor();
    const after = (await api<{ definition: { periods: { id: string; name: string }[] }; contests: { periodId: string }[] }>(server.url, 'GET', `/api/series/${seriesId}`)).body;
    expect(after.definition.periods[3]).toMatchObject({ id: 'm4', name: '2026年4月（第二期）' });
    expect(after.contests.map((c) => c.periodId)).toEqual(['m3', 'm4']);
    // Removing a tier still in use is refused, with the server's reasons beside the form.
    await page.locator('[data-table=tiers] tr').nth(1).getByRole('button', { name: '删除' }).click();
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.locator('.side-issues').getByText(/仍有单位/).first().waitFor();
  }, 90_000);
});
