// The host console's series page on a county's year, in Debian's Chromium at 1440×900 (the
// laptop size of the browser tests): from the address being opened to the page usable — the
// 概览 grid of 3 tiers × 12 periods drawn, and on 排名与红黑榜 the period standing, the cumulative
// standing and both boards drawn. Each in a fresh browser context (nothing cached), against the
// server measured by series-year.ts, which serves the built client (dist/client).
import { chromium } from 'playwright-core';
import { now } from './stats.ts';

export interface SeriesPageFigures {
  /** Open /host#…&series=ID → the overview grid is on screen. */
  overviewMs: number;
  /** Open /host#…&series=ID&tab=standings → both standings tables and both boards are on screen. */
  standingsMs: number;
}

export async function measureSeriesPage(url: string, seriesId: string, token: string): Promise<SeriesPageFigures> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const open = async (tab: string, ready: string[]) => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
      try {
        const page = await context.newPage();
        const t0 = now();
        await page.goto(`${url}/host#token=${token}&series=${seriesId}&tab=${tab}`);
        for (const id of ready) await page.getByTestId(id).first().waitFor({ state: 'visible', timeout: 30_000 });
        return now() - t0;
      } finally {
        await context.close();
      }
    };
    // One throwaway open: Chromium's own start-up (profile, GPU process) is no part of the page.
    await open('overview', ['series-grid']);
    return {
      overviewMs: await open('overview', ['series-grid']),
      standingsMs: await open('standings', ['period-standing', 'cumulative-standing', 'board-red', 'board-black']),
    };
  } finally {
    await browser.close();
  }
}
