// 评委二维码 → 打印: the browser's print of the judges' cards, six to an A4 page, each card whole
// with its own name and QR code — with nine judges, a long title and long 职务 (cards 7–8 once
// printed over cards 5–6, and a judge got a card nobody could read).
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, startBrowserServer } from '../support/browser.ts';
import { SCREENSHOTS } from '../support/screenshots.ts';
import { api, HOST_TOKEN } from '../support/server.ts';
import { pdfPages, renderPage, tmpPdf } from '../report/poppler.ts';

const NAMES = ['李明华', '王建国', '张丽', '赵德胜', '普文忠', '李桂芬', '杨春', '欧阳修远', '陈静'];
const definition = {
  title: '2026年第一期乡镇党委书记抓党建促乡村振兴擂台赛',
  criteria: [{ name: '工作成效', max: 100 }],
  judgeGroups: [
    { name: '县级领导', weight: 60 },
    { name: '群众代表', weight: 40 },
  ],
  judges: NAMES.map((name, i) => ({ name, title: i % 2 ? '县人大常委会副主任' : '县委常委、组织部部长', group: i < 5 ? '县级领导' : '群众代表' })),
  presenters: [{ unit: '双江街道' }],
};

describe('printed judge cards', () => {
  let server: Awaited<ReturnType<typeof startBrowserServer>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startBrowserServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('prints nine cards on two A4 pages, six and three, none over another', async () => {
    const made = (await api<{ id: string }>(server.url, 'POST', '/api/contests', definition)).body;
    const { context, page } = await newPage(browser, 'laptop');
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);
    await page.goto(`${server.url}/host#contest=${made.id}&tab=access`);
    await page.locator('.judge-card svg').nth(8).waitFor();

    // The layout as printed: each page's cards inside the page's printable height, none spilling.
    await page.emulateMedia({ media: 'print' });
    const problems = await page.evaluate(() => {
      const mm = 96 / 25.4;
      const out: string[] = [];
      for (const [p, section] of [...document.querySelectorAll<HTMLElement>('.print-page')].entries()) {
        const box = section.getBoundingClientRect();
        if (box.height > 277 * mm + 1) out.push(`page ${p + 1} is ${Math.round(box.height / mm)} mm tall`);
        for (const card of section.querySelectorAll<HTMLElement>('.print-card')) {
          const r = card.getBoundingClientRect();
          const name = card.querySelector('.print-name')?.textContent;
          if (r.bottom > box.bottom + 1) out.push(`${name} below its page`);
          if (card.scrollHeight > card.clientHeight + 1) out.push(`${name} spills out of its card`);
        }
      }
      return out;
    });
    expect(problems).toEqual([]);

    // And on paper: two pages, every judge once, six then three.
    const file = tmpPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const pages = pdfPages(file);
    expect(pages).toHaveLength(2);
    const names = pages.map((t) => NAMES.filter((n) => t.includes(n)));
    expect(names).toEqual([NAMES.slice(0, 6), NAMES.slice(6)]);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    renderPage(file, 1, 60, `${SCREENSHOTS}/host-print-cards-a4.png`);
    await context.close();
  });
});
