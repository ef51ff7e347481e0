// The 红黑榜 on the projector (issue 15): a series of two months, the April contest run to its
// reveals, the April ledger entered, then the host shows the boards — red and black side by side
// at 1920×1080 and fitting at 1280×720, ties and 连续上黑榜 marked, the rule and the issuer
// written; a further ledger entry moves the boards on the open page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, startBrowserServer } from '../support/browser.ts';
import { runSeriesContest } from '../support/series-contest.ts';
import { api, tokenOf, type TestClient } from '../support/server.ts';
import { assertFits, pageText, shot } from './screen-support.ts';

const seriesDef = {
  name: '2026年度三级干部擂台赛',
  issuer: '中共峨山县委组织部',
  tiers: [{ name: '村(社区)干部' }],
  periods: [{ name: '2026年3月' }, { name: '2026年4月' }],
  headings: [{ name: '责任落实' }, { name: '问题化解' }, { name: '服务成效' }],
  periodScore: { contest: 1, ledger: 1 },
  boards: { red: { by: 'top', count: 3 }, black: { by: 'bottom', count: 2 } },
};
const MARCH = ['安居村', '岔河村', '大石村', '坝心村', '青龙村', '新寨村', '塔冲村'];
const APRIL = ['岔河村', '安居村', '大石村', '新寨村', '坝心村', '塔冲村'];
const april = (unit: string, heading: string, points: number, reason: string, date = '2026-04-15') => ({ date, unit, heading, points, reason });

describe('the 红黑榜 stage', () => {
  let app: Awaited<ReturnType<typeof startBrowserServer>>;
  let browser: Browser;
  let host: TestClient;
  let screenUrl = '';
  let seriesId = '';
  let page: Page;
  let small: Page;

  beforeAll(async () => {
    app = await startBrowserServer();
    browser = await launchBrowser();
    seriesId = (await api<{ id: string }>(app.url, 'POST', '/api/series', seriesDef)).body.id;
    // March: 新寨村 and 塔冲村 at the bottom (black); 青龙村 takes part in March only.
    const march = await runSeriesContest(app.url, { seriesId, tierId: 't1', periodId: 'm1' }, MARCH, [92, 88, 85, 80, 78, 76, 72], { finish: true });
    march.host.close();
    const run = await runSeriesContest(app.url, { seriesId, tierId: 't1', periodId: 'm2' }, APRIL, [90, 88, 84, 82, 79, 78], {
      title: '2026年4月村(社区)干部擂台赛',
      finish: true,
    });
    host = run.host;
    screenUrl = `${app.url}/screen#${tokenOf(run.created.screenUrl)}`;
    const ledger = await api<{ ok?: boolean }>(app.url, 'POST', `/api/series/${seriesId}/commands`, {
      type: 'ledger:add',
      periodId: 'm2',
      by: '李干事',
      rows: [
        april('岔河村', '责任落实', 3, '人居环境整治提前完成', '2026-04-08'),
        april('安居村', '问题化解', -1.5, '信访件逾期办结', '2026-04-11'),
        april('大石村', '服务成效', 2.5, '便民服务站获县级表扬'),
        april('新寨村', '责任落实', 4.5, '产业项目按期落地', '2026-04-22'),
        april('坝心村', '问题化解', -2, '矛盾纠纷化解不及时', '2026-04-25'),
        april('塔冲村', '服务成效', 0.5, '代办服务台账完整', '2026-04-28'),
      ],
    });
    expect(ledger.body).toMatchObject({ ok: true });
    page = (await newPage(browser, 'projector')).page;
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, locale: 'zh-CN' });
    small = await ctx.newPage();
  }, 120_000);
  afterAll(async () => {
    host?.close();
    await browser?.close();
    await app?.close();
  });

  const rows = (p: Page, board: 'red' | 'black') => p.locator(`[data-testid=board-${board}] [data-testid=board-row]`).allInnerTexts();

  it('shows the red and the black board of the tier and the month, as a notice board reads', async () => {
    await page.goto(screenUrl);
    await small.goto(screenUrl);
    await page.locator('[data-stage=final]').waitFor();
    const shown = await host.send('screen:show', { stage: 'boards' });
    expect(shown.ok).toBe(true);
    await page.locator('[data-stage=boards]').waitFor();

    const text = await pageText(page);
    for (const s of ['2026年度三级干部擂台赛 · 村(社区)干部', '2026年4月 红黑榜', '红榜', '黑榜', '红榜：前 3 名 · 黑榜：后 2 名 · 名次相同者并列入榜', '本期缺席：青龙村', '中共峨山县委组织部'])
      expect(text).toContain(s);
    // The column says which score: the contest's final was 90.00, the board ranks by 93.00.
    expect((await page.locator('[data-testid=board-red] .board__cols').innerText()).replace(/\s+/g, ' ')).toBe('名次 单位 期次得分 积分');
    // 岔河 90 + 3 = 93; 安居 88 − 1.5, 大石 84 + 2.5 and 新寨 82 + 4.5 all 86.5, level at the cut: all four red.
    const red = (await rows(page, 'red')).map((r) => r.replace(/\s+/g, ' ').trim());
    expect(red[0]).toBe('1 岔河村 93.00 +3');
    expect(red.slice(1).sort()).toEqual(['2 大石村 并列入榜 86.50 +2.5', '2 安居村 并列入榜 86.50 \u22121.5', '2 新寨村 并列入榜 86.50 +4.5'].sort());
    // Worst first; 塔冲村 was on March's black board too.
    expect((await rows(page, 'black')).map((r) => r.replace(/\s+/g, ' ').trim())).toEqual(['6 坝心村 77.00 \u22122', '5 塔冲村 连续上黑榜 78.50 +0.5']);
    // Short names are never cut to make room for a tag.
    expect(await page.locator('.board__name[data-clamped=true]').count()).toBe(0);
    // No contest title bar: the board's own heading names the series.
    expect(await page.locator('.topbar').count()).toBe(0);

    await assertFits(page);
    // Before anyone has clicked, the 点击启用提示音 prompt does not cover the issuer's name.
    const clear = async (p: Page) => {
      const [prompt, issuer] = [await p.getByTestId('sound-prompt').boundingBox(), await p.locator('.boards__issuer').boundingBox()];
      expect(prompt && issuer && (issuer.x + issuer.width <= prompt.x || issuer.y + issuer.height <= prompt.y), JSON.stringify([prompt, issuer])).toBe(true);
    };
    await clear(page);
    // As the operator would before the show: sound on, and the key hint gone.
    await page.click('[data-testid=sound-prompt]');
    await page.locator('.hint').waitFor({ state: 'detached', timeout: 10_000 });
    await shot(page, 'screen-boards');
    await small.locator('[data-stage=boards]').waitFor();
    await assertFits(small);
    await clear(small);
  });

  it('moves on the open page when another ledger entry is made', async () => {
    const ack = await api<{ ok?: boolean }>(app.url, 'POST', `/api/series/${seriesId}/commands`, {
      type: 'ledger:add',
      periodId: 'm2',
      by: '李干事',
      rows: [april('塔冲村', '责任落实', 10, '补报整改材料并通过验收', '2026-04-29')],
    });
    expect(ack.body).toMatchObject({ ok: true });
    // 塔冲村 88.5 is second now; 大石、安居、新寨 share third, three past the cut with it.
    await expect.poll(async () => (await rows(page, 'red'))[1]?.replace(/\s+/g, ' ').trim(), { timeout: 5000 }).toBe('2 塔冲村 88.50 +10.5');
    expect((await rows(page, 'black')).map((r) => r.replace(/\s+/g, ' ').trim())).toEqual(['6 坝心村 77.00 \u22122']);
    await assertFits(small);
  });

  it('shows no 积分 column once the points weight is 0: the points count towards nothing', async () => {
    const detail = (await api<{ definition: Record<string, unknown> }>(app.url, 'GET', `/api/series/${seriesId}`)).body;
    const define = await api(app.url, 'POST', `/api/series/${seriesId}/commands`, { type: 'series:define', definition: { ...detail.definition, periodScore: { contest: 1, ledger: 0 } } });
    expect(define.status, JSON.stringify(define.body)).toBe(200);
    // The contest's finals alone: 岔河 90, 安居 88, 大石 84; no points figure beside them.
    await expect.poll(async () => (await rows(page, 'red')).map((r) => r.replace(/\s+/g, ' ').trim())).toEqual(['1 岔河村 90.00', '2 安居村 88.00', '3 大石村 84.00']);
    expect(await page.locator('[data-testid=board-red] .board__cols').innerText()).not.toContain('积分');
    await assertFits(page);
    await assertFits(small);
  });
});
