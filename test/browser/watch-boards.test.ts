// The 红黑榜 on the audience's phone (issue 15): a series of two months, the April contest run to
// its reveals and its ledger entered; a phone follows /watch#<id> at 390×844; when the host puts
// the boards on the projector a card comes at the top of the page with the red and the black
// board — ties and 连续上黑榜 marked, scores and points as the series writes them, the rule, the
// absent unit and the issuer — above the final ranking, and it goes when the host moves on.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, startBrowserServer } from '../support/browser.ts';
import { runSeriesContest } from '../support/series-contest.ts';
import { api, type TestClient } from '../support/server.ts';
import { pageText, settle, shot } from './screen-support.ts';

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

describe('the 红黑榜 on the audience page', () => {
  let app: Awaited<ReturnType<typeof startBrowserServer>>;
  let browser: Browser;
  let host: TestClient;
  let contestId = '';
  let seriesId = '';
  let page: Page;

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
    contestId = run.created.id;
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
    page = (await newPage(browser, 'phone')).page;
    page.setDefaultTimeout(10_000);
  }, 120_000);
  afterAll(async () => {
    host?.close();
    await browser?.close();
    await app?.close();
  });

  const card = () => page.getByTestId('watch-boards');
  const rows = async (board: 'red' | 'black') =>
    (await page.locator(`[data-testid=watch-board-${board}] [data-testid=watch-board-row]`).allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());

  it('shows the red and the black board at the top of the phone while the projector shows them', async () => {
    await page.goto(`${app.url}/watch#${contestId}`);
    await page.getByText('最终排名').waitFor();
    expect(await card().count()).toBe(0);

    expect(await host.send('screen:show', { stage: 'boards' })).toMatchObject({ ok: true });
    await card().waitFor();
    const text = await card().innerText();
    for (const s of ['2026年度三级干部擂台赛 · 村(社区)干部', '2026年4月 红黑榜', '红榜：前 3 名 · 黑榜：后 2 名 · 名次相同者并列入榜', '本期缺席：青龙村', '中共峨山县委组织部'])
      expect(text).toContain(s);
    // 岔河 90 + 3 = 93; 安居 88 − 1.5, 大石 84 + 2.5 and 新寨 82 + 4.5 all 86.5, level at the cut: all four red.
    const red = await rows('red');
    expect(red[0]).toBe('1 岔河村 93.00 +3');
    expect(red.slice(1).sort()).toEqual(['2 大石村 并列入榜 86.50 +2.5', '2 安居村 并列入榜 86.50 \u22121.5', '2 新寨村 并列入榜 86.50 +4.5'].sort());
    // Worst first; 塔冲村 was on March's black board too.
    expect(await rows('black')).toEqual(['6 坝心村 77.00 \u22122', '5 塔冲村 连续上黑榜 78.50 +0.5']);

    // The card comes first; the final ranking stays below it.
    expect(await page.locator('.watch__main > .watch__card').first().getAttribute('data-testid')).toBe('watch-boards');
    expect(await pageText(page)).toContain('最终排名');
    // Nothing runs off the side of the phone.
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = (await card().boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await shot(page, 'watch-boards');
  });

  it('shows no 积分 column once the points weight is 0: the points count towards nothing', async () => {
    const detail = (await api<{ definition: Record<string, unknown> }>(app.url, 'GET', `/api/series/${seriesId}`)).body;
    const define = await api(app.url, 'POST', `/api/series/${seriesId}/commands`, { type: 'series:define', definition: { ...detail.definition, periodScore: { contest: 1, ledger: 0 } } });
    expect(define.status, JSON.stringify(define.body)).toBe(200);
    await expect.poll(() => rows('red')).toEqual(['1 岔河村 90.00', '2 安居村 88.00', '3 大石村 84.00']);
    expect(await page.locator('[data-testid=watch-board-red] .wboard__cols').innerText()).not.toContain('积分');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('takes the card away when the host moves the projector on', async () => {
    expect(await host.send('screen:show', { stage: 'final' })).toMatchObject({ ok: true });
    await card().waitFor({ state: 'detached' });
    expect(await pageText(page)).toContain('最终排名');
  });
});
