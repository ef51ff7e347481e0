// A title or a unit's name that takes two lines wraps between words, not inside one (第四季 / 度,
// 党委书 / 记 read as a typo on the projector in front of the leaders): the projector's welcome and
// presenter pages at 1920×1080 and 1280×720, and the audience phone's title and theme.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, tokenOf, type TestClient } from '../support/server.ts';
import { assertFits, commander, shot, type Created } from './screen-support.ts';

const TITLE = '2026年第四季度乡镇党委书记抓基层党建工作述职评议暨乡村振兴擂台赛';
const THEME = '抓党建促乡村振兴，比实绩晒亮点，以担当作为推动基层治理能力现代化';
const UNIT = '峨山彝族自治县化念镇农业农村综合服务中心党支部';

/**
 * Where the element's text starts a new line, each as the words on either side, when the line
 * starts inside a word of the browser's own word list (Intl.Segmenter); and how many lines.
 */
function wrapsInsideWords(p: Page, selector: string) {
  return p.locator(selector).first().evaluate((el) => {
    const text = el.textContent ?? '';
    const starts = new Set<number>([0]);
    for (const s of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) starts.add(s.index);
    // Each character's line, read from its own box: text nodes in order, as textContent is.
    const tops: number[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = 0; i < (n.textContent ?? '').length; i++) {
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        tops.push(range.getBoundingClientRect().top);
      }
    }
    const bad: string[] = [];
    let lines = 1;
    for (let i = 1; i < tops.length; i++) {
      if (tops[i]! <= tops[i - 1]! + 2) continue;
      lines++;
      if (!starts.has(i)) bad.push(`${text.slice(Math.max(0, i - 4), i)} / ${text.slice(i, i + 4)}`);
    }
    return { lines, bad };
  });
}

describe('long titles and names wrap between words', () => {
  let app: Awaited<ReturnType<typeof startBrowserServer>>;
  let browser: Browser;
  let created: Created;
  let host: TestClient;
  let projector: Page;
  let small: Page;
  let phone: Page;
  const run = commander(() => host);

  beforeAll(async () => {
    app = await startBrowserServer();
    browser = await launchBrowser();
    const definition = {
      title: TITLE,
      theme: THEME,
      criteria: [{ name: '工作成效', max: 100 }],
      judges: [{ name: '李明华' }],
      presenters: [{ unit: UNIT, speaker: '陈志强', title: '党支部书记' }],
    };
    created = (await api<Created>(app.url, 'POST', '/api/contests', definition)).body;
    host = await connect(app.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
    projector = (await newPage(browser, 'projector')).page;
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, locale: 'zh-CN' });
    small = await ctx.newPage();
    phone = (await newPage(browser, 'phone')).page;
    for (const p of [projector, small]) await p.goto(`${app.url}/screen#${tokenOf(created.screenUrl)}`);
    await phone.goto(`${app.url}/watch#${created.id}`);
  });
  afterAll(async () => {
    host?.close();
    await browser?.close();
    await app?.close();
  });

  it('wraps the welcome title and theme between words at 1920×1080 and 1280×720', async () => {
    for (const [size, p] of [
      ['1920x1080', projector],
      ['1280x720', small],
    ] as const) {
      await p.waitForSelector('[data-stage=welcome]');
      await assertFits(p);
      for (const selector of ['.welcome__title', '.welcome__theme']) {
        const { lines, bad } = await wrapsInsideWords(p, selector);
        expect(lines, `${selector} at ${size} should need two lines for this test to mean anything`).toBeGreaterThan(1);
        expect(bad, `${selector} at ${size}`).toEqual([]);
      }
      await shot(p, `screen-phrases-welcome-${size}`);
    }
  });

  it('wraps the title and theme on the audience phone between words', async () => {
    await phone.waitForSelector('.watch__theme');
    for (const selector of ['.watch__title', '.watch__theme']) {
      const { lines, bad } = await wrapsInsideWords(phone, selector);
      expect(lines, selector).toBeGreaterThan(1);
      expect(bad, selector).toEqual([]);
    }
    await shot(phone, 'watch-phrases-title');
  });

  it('wraps a long unit name on the presenter page between words', async () => {
    await run('contest:start', {});
    await run('presenter:next', {});
    await small.waitForSelector('[data-stage=presenter]');
    await assertFits(small);
    const { lines, bad } = await wrapsInsideWords(small, '.who__unit');
    expect(lines).toBeGreaterThan(1);
    expect(bad).toEqual([]);
    await shot(small, 'screen-phrases-presenter-1280x720');
  });
});
