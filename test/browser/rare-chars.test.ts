// Real names carry rare characters (𠮷田村, 李𬌗祥) that the fonts of a venue laptop, a projector PC
// or a phone may lack: Debian's Chromium here has none for them, as many Windows PCs have none.
// The pages carry the two cut-down fonts of scripts/rare-han-fonts.ts (Noto Sans SC, and JP for
// what SC lacks), fetched only by a page that shows such a character.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, tokenOf, type TestClient } from '../support/server.ts';
import { commander, shot, type Created } from './screen-support.ts';

const contest = (unit: string, speaker: string, title: string) => ({
  title: '书记擂台赛',
  criteria: [{ name: '工作成效', max: 100 }],
  judges: [{ name: '李明华' }],
  presenters: [
    { unit, speaker, title },
    { unit: '双江街道', speaker: '陈志强', title: '党工委书记' },
  ],
});

/** The rare-character faces the page has fetched (a face is fetched only for a character it covers). */
const fetched = (page: Page) => page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('Leitai Rare') && f.status === 'loaded').map((f) => f.family.replace(/"/g, '')).sort());

describe('rare characters in names', () => {
  let app: Awaited<ReturnType<typeof startBrowserServer>>;
  let browser: Browser;
  let hosts: TestClient[] = [];

  beforeAll(async () => {
    app = await startBrowserServer();
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    hosts.forEach((h) => h.close());
    await browser?.close();
    await app?.close();
  });

  async function onStage(unit: string, speaker: string, title: string): Promise<Page> {
    const created = (await api<Created>(app.url, 'POST', '/api/contests', contest(unit, speaker, title))).body;
    const host = await connect(app.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
    hosts.push(host);
    const run = commander(() => host);
    await run('contest:start', {});
    await run('presenter:next', {});
    const { page } = await newPage(browser, 'projector');
    await page.goto(`${app.url}/screen#${tokenOf(created.screenUrl)}`);
    await page.waitForSelector('[data-stage=presenter]');
    await page.evaluate(() => document.fonts.ready);
    return page;
  }

  it('draws 𠮷 and 𬌗 on the projector with the fonts that have them, SC first', async () => {
    const page = await onStage('𠮷田村', '李𬌗祥', '𠮷田村党总支书记');
    // Each fetched for the character it has (SC lacks 𠮷, JP lacks 𬌗). Whether Chromium then draws
    // the glyph or a system font's empty box is not something a pixel test here told apart
    // reliably: docs/screenshots/screen-rare-name.png is looked at instead.
    expect(await fetched(page)).toEqual(['Leitai Rare JP', 'Leitai Rare SC']);
    await shot(page, 'screen-rare-name');
    await page.context().close();
  });

  it('fetches neither when no name needs them', async () => {
    const page = await onStage('甸中镇', '普建华', '党委书记');
    await page.waitForTimeout(300);
    expect(await fetched(page)).toEqual([]);
    await page.context().close();
  });
  it('draws English quotes and apostrophes narrow on English pages, full width on Chinese ones', async () => {
    // A CJK face draws ’ a full em wide: "benchmark’s" read "benchmark’ s" in the English console.
    const { page } = await newPage(browser, 'laptop');
    await page.goto(`${app.url}/host#token=${HOST_TOKEN}`);
    await page.locator('.lang').waitFor();
    const width = () =>
      page.evaluate(async () => {
        const span = Object.assign(document.createElement('span'), { textContent: '’’’’’’’’’’' });
        span.style.fontSize = '20px';
        document.body.append(span);
        await document.fonts.ready;
        const w = span.getBoundingClientRect().width / 10;
        span.remove();
        return w;
      });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await width()).toBeGreaterThan(15);
    await page.locator('.lang').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await width()).toBeLessThan(9);
    await page.context().close();
  });
});
