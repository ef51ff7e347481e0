// 对标 in the browser (issue 16), on the demo data (安居区 vs 溧阳, server/demo/benchmark-demo.ts):
// the host console's 对标 tab draws the chart and takes a paste from Excel (a bad row previewed
// and nothing imported until it is fixed), and the projector shows the presenter on stage's
// charts when the host switches to the benchmark stage, fitting 1920×1080, and so do the phones.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchmarkDemoDefinition, seedBenchmarkDemo } from '../../server/demo/benchmark-demo.ts';
import type { BenchmarkCommand } from '../../shared/benchmark/commands.ts';
import { BENCHMARK_PAGE_MS } from '../../client/screen/stages/benchmark-stage.tsx';
import { launchBrowser, newPage, screenshot, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, tokenOf, type TestClient } from '../support/server.ts';
import { assertFits, pageText, shot } from './screen-support.ts';

describe('对标 in the console and on the projector', () => {
  let app: Awaited<ReturnType<typeof startBrowserServer>>;
  let browser: Browser;
  let host: TestClient;
  let id = '';
  let screenUrl = '';

  beforeAll(async () => {
    app = await startBrowserServer();
    browser = await launchBrowser();
    const contest = app.contests.create(benchmarkDemoDefinition());
    seedBenchmarkDemo(app.benchmarks, contest);
    id = contest.id;
    const links = await api<{ screenUrl: string }>(app.url, 'GET', `/api/contests/${id}/access`);
    screenUrl = `${app.url}/screen#${tokenOf(links.body.screenUrl)}`;
    host = await connect(app.url, { role: 'host', token: HOST_TOKEN, contestId: id });
  }, 60_000);
  afterAll(async () => {
    host?.close();
    await browser?.close();
    await app?.close();
  });

  const chartText = (page: Page) => page.getByTestId('benchmark-chart').first().locator('svg').evaluate((svg) => svg.textContent ?? '');

  it('draws the 安居 chart on the 对标 tab and imports a paste only once every row is right', async () => {
    const { page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${app.url}/host#token=${HOST_TOKEN}`);
    await page.goto(`${app.url}/host#contest=${id}&tab=benchmark`);
    await page.getByTestId('benchmark-chart').locator('svg').waitFor();
    const text = await chartText(page);
    for (const s of ['1.07%', '15%', '23%', '27.5%', '3.21 / 300', '220 / 800']) expect(text).toContain(s);
    expect(await page.getByTestId('values-table').innerText()).toMatch(/2022Q1\s+36\.8\s+160\s+23%/);

    // 射洪市: an overall benchmark through the forms, its values pasted from Excel.
    await page.getByTestId('benchmark-unit').filter({ hasText: '射洪市' }).click();
    await page.getByTestId('add-benchmark').getByLabel('名称').fill('绵阳市');
    await page.getByTestId('add-benchmark').getByLabel('类别').selectOption('overall');
    await page.getByTestId('add-benchmark').getByRole('button', { name: '添加' }).click();
    await page.getByTestId('benchmark-list').getByText('绵阳市').waitFor();
    await page.getByTestId('add-indicator').getByLabel('名称').fill('地区生产总值');
    await page.getByTestId('add-indicator').getByLabel('计量单位').fill('亿元');
    await page.getByTestId('add-indicator').getByRole('button', { name: '添加' }).click();
    await page.getByTestId('indicator-list').getByText('地区生产总值').waitFor();
    const paste = page.getByTestId('values-paste');
    await paste.locator('textarea').fill('期次\t本单位\t标杆\n2020\t583.2\t3010.1\n2021\t65l.2\t3350.3\n2022\t720\t0\t');
    await paste.getByRole('button', { name: '预览' }).click();
    await expect.poll(() => paste.getByTestId('paste-preview').innerText()).toContain('本单位数值不是数字');
    expect(await paste.getByRole('button', { name: /导入/ }).isDisabled()).toBe(true);
    expect(await page.getByTestId('values-table').innerText()).toContain('尚无数据');
    await paste.locator('textarea').fill('期次\t本单位\t标杆\n2020\t583.2\t3,010.1\n2021\t651.2\t3350.3\n2022\t720\t0\n2023\t800\t3800\t目标');
    await paste.getByRole('button', { name: '预览' }).click();
    await paste.getByRole('button', { name: '导入 4 行' }).click();
    await expect.poll(() => page.getByTestId('values-table').innerText()).toContain('19.37%');
    const table = await page.getByTestId('values-table').innerText();
    expect(table).toMatch(/2022\s+720\s+0\s+—/);
    expect(table).toContain('21.05%');
    await expect.poll(() => chartText(page)).toContain('无对标值');
    // A benchmark renamed in place (benchmark:edit): its values and chart follow it.
    await page.getByTestId('benchmark-list').getByRole('button', { name: '绵阳市' }).click();
    await page.getByTestId('edit-benchmark').getByLabel('名称').fill('绵阳市（含涪城区）');
    await page.getByTestId('edit-benchmark').getByRole('button', { name: '保存' }).click();
    await page.getByTestId('benchmark-list').getByRole('button', { name: '绵阳市（含涪城区）' }).waitFor();
    expect(await page.locator('.chart-title').innerText()).toContain('对标 绵阳市（含涪城区）');
    // One added by mistake is removed, once confirmed, with its values; the other stays whole.
    await page.getByTestId('add-benchmark').getByLabel('名称').fill('德阳市');
    await page.getByTestId('add-benchmark').getByRole('button', { name: '添加' }).click();
    const wrong = page.getByTestId('benchmark-list').locator('li').filter({ hasText: '德阳市' });
    await wrong.waitFor();
    await wrong.getByTestId('remove-benchmark').click();
    await page.locator('.modal-actions').getByRole('button', { name: '删除' }).click();
    await wrong.waitFor({ state: 'detached' });
    expect(await page.getByTestId('benchmark-list').innerText()).toContain('绵阳市（含涪城区）');
    expect(await page.getByTestId('values-table').innerText()).toContain('19.37%');

    await page.getByTestId('benchmark-unit').filter({ hasText: '安居区' }).click();
    await page.getByTestId('benchmark-chart').locator('svg').waitFor();
    await expect.poll(() => chartText(page)).toContain('27.5%');
    await page.locator('.toast').first().waitFor({ state: 'detached', timeout: 6000 });
    await screenshot(page, 'benchmark-host');
    await page.context().close();
  }, 60_000);

  it('shows the presenter on stage’s 对标 on the projector when the host switches to it', async () => {
    const { page } = await newPage(browser, 'projector');
    page.setDefaultTimeout(8000);
    await page.goto(screenUrl);
    expect(await host.send('contest:start', {})).toMatchObject({ ok: true });
    expect(await host.send('presenter:next', {})).toMatchObject({ ok: true });
    expect(await host.send('screen:show', { stage: 'benchmark' })).toMatchObject({ ok: true });
    await page.getByTestId('benchmark-card').locator('svg').waitFor();
    await expect.poll(() => chartText(page)).toContain('27.5%');
    const text = await pageText(page);
    for (const s of ['对标晒成绩', '安居区', '安居区锂电池产值（亿元） 对标 溧阳市', '特色']) expect(text).toContain(s);
    await assertFits(page);
    // As the operator would before the show: sound on, and the key hint gone.
    await page.click('[data-testid=sound-prompt]');
    await page.locator('.hint').waitFor({ state: 'detached', timeout: 10_000 });
    await shot(page, 'benchmark-screen');
    // A phone in the hall shows the same charts, every one of them, under the presenter.
    const phone = (await newPage(browser, 'phone')).page;
    phone.setDefaultTimeout(8000);
    await phone.goto(`${app.url}/watch#${id}`);
    await phone.getByTestId('watch-benchmark').getByTestId('benchmark-chart').first().locator('svg').waitFor();
    await expect.poll(() => chartText(phone)).toContain('27.5%');
    const phoneText = await pageText(phone);
    for (const s of ['对标晒成绩', '安居区锂电池产值（亿元） 对标 溧阳市']) expect(phoneText).toContain(s);
    // Nothing wider than the phone: the charts follow its width.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.getByTestId('watch-benchmark').scrollIntoViewIfNeeded();
    await shot(phone, 'watch-benchmark');
    await phone.context().close();
    // Back to the run of show: the projector follows the presenter again.
    expect(await host.send('screen:show', { stage: 'auto' })).toMatchObject({ ok: true });
    await page.locator('[data-stage="presenter"]').waitFor();
    await page.context().close();
  }, 60_000);

  it('shows a unit with more than four comparisons four at a time, the groups in turn', async () => {
    // A contest of its own, 安居区 on stage with four more indicators against 溧阳市: five charts.
    const contest = app.contests.create(benchmarkDemoDefinition());
    seedBenchmarkDemo(app.benchmarks, contest);
    const own = await connect(app.url, { role: 'host', token: HOST_TOKEN, contestId: contest.id });
    expect(await own.send('contest:start', {})).toMatchObject({ ok: true });
    expect(await own.send('presenter:next', {})).toMatchObject({ ok: true });
    const place = app.benchmarks.placeOf(contest, 'p1');
    const run = (c: Omit<BenchmarkCommand, 'unit'>) => expect(app.benchmarks.execute(place.scope, { ...c, unit: place.unit } as BenchmarkCommand, null)).toMatchObject({ ok: true });
    const added = [['固定资产投资', '亿元'], ['招商引资项目', '个'], ['税收收入', '亿元'], ['新增就业', '万人']] as const;
    added.forEach(([name, measure], i) => {
      run({ type: 'indicator:add', payload: { name, measure } });
      const board = app.benchmarks.board(place); // ids are the scope's, not this unit's
      run({ type: 'values:set', payload: { benchmarkId: board.benchmarks[0]!.id, indicatorId: board.indicators.at(-1)!.id, rows: [{ period: '2021', own: String(10 + i), theirs: '40', target: false }] } });
    });
    const titles = [['锂电池产值', '亿元'], ...added].map(([n, m]) => `安居区${n}（${m}） 对标 溧阳市`);

    const { context, page } = await newPage(browser, 'projector');
    page.setDefaultTimeout(8000);
    await context.clock.install(); // time runs as usual until the test jumps it forward
    const links = await api<{ screenUrl: string }>(app.url, 'GET', `/api/contests/${contest.id}/access`);
    await page.goto(`${app.url}/screen#${tokenOf(links.body.screenUrl)}`);
    await page.click('[data-testid=sound-prompt]');
    expect(await own.send('screen:show', { stage: 'benchmark' })).toMatchObject({ ok: true });
    const captions = () => page.locator('.benchmark__caption').evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? ''));
    await expect.poll(captions).toEqual(titles.slice(0, 4));
    expect(await page.getByTestId('benchmark-page').textContent()).toBe('第 1/2 组');
    await expect.poll(() => page.locator('[data-testid=benchmark-card] svg').count()).toBe(4);
    await assertFits(page);

    await page.clock.fastForward(BENCHMARK_PAGE_MS);
    await expect.poll(captions).toEqual(titles.slice(4));
    expect(await page.getByTestId('benchmark-page').textContent()).toBe('第 2/2 组');
    await page.getByTestId('benchmark-card').locator('svg').waitFor();
    await assertFits(page);
    await page.clock.fastForward(BENCHMARK_PAGE_MS);
    await expect.poll(captions).toEqual(titles.slice(0, 4));
    // Back to the first group; by now the key hint has gone, as it has when the show runs.
    await page.locator('.hint').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('[data-testid=benchmark-card] svg').count()).toBe(4);
    await shot(page, 'benchmark-screen-group');
    own.close();
    await context.close();
  }, 60_000);
});
