// 表彰 of a 评比 (kind "rating") on the host console in real Chromium at 1440×900 against the real
// server: its first place is 第一名 (First place) — the choice, the recipient table, its unit
// column (评比单位), the live preview, the note while it runs and the downloaded PDF — never 擂主,
// and choosing it still selects every rank 1 (a tie: both). (A 擂台赛's 擂主: host-honours.test.ts.)
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../report/poppler.ts';
import { launchBrowser, newPage, startBrowserServer } from '../support/browser.ts';
import { HOST_TOKEN } from '../support/server.ts';
import { runRatingContest } from '../support/rating-contest.ts';

type Server = Awaited<ReturnType<typeof startBrowserServer>>;
let server: Server;
let browser: Browser;
let finishedId: string;
let runningId: string;
const TITLE = '2026年3月村(社区)评比';
const UNITS = [
  { unit: '安居村', speaker: '李文' },
  { unit: '岔河村', speaker: '王海' },
  { unit: '甸中社区', speaker: '普志强' },
];
// 安居村 and 甸中社区 tie for first.
const TOTALS = [94, 85, 94];


const runRating = (title: string, finish: boolean) =>
  runRatingContest(server.url, { kind: 'rating', title, criteria: [{ name: '综合', max: 100 }], judges: [{ name: '李明华' }, { name: '王建国' }], presenters: UNITS }, TOTALS, finish);

async function honoursTab(id: string): Promise<Page> {
  const { page } = await newPage(browser, 'laptop');
  page.setDefaultTimeout(8000);
  await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);
  await page.goto(`${server.url}/host#contest=${id}&tab=honours`);
  return page;
}
const modes = (page: Page) => page.locator('.honours-modes label.mode').allInnerTexts();
const rankColumn = (page: Page) => page.locator('.honours-table tbody td:nth-child(2)').allInnerTexts();

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
  finishedId = await runRating(TITLE, true);
  runningId = await runRating('2026年4月村(社区)评比', false);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('表彰 of a 评比 on the host console', () => {
  it('offers its 第一名, ranks it so in the table and the preview, and prints it', async () => {
    const page = await honoursTab(finishedId);
    const preview = page.getByTestId('certificate-preview');
    const download = page.getByTestId('honours-download');

    // 第一名 by default: the two tied firsts.
    await expect.poll(() => preview.innerText()).toContain('荣获第一名（94.00分）');
    expect(await modes(page)).toEqual(['第一名', '前 N 名', '手动选择']);
    expect(await page.getByRole('radio', { name: '第一名' }).isChecked()).toBe(true);
    await expect.poll(() => download.innerText()).toBe('⤓ 下载证书（2 张）');
    expect(await page.locator('.honours-table tr.chosen td:nth-child(3)').allInnerTexts()).toEqual(['安居村', '甸中社区']);
    expect(await page.locator('.honours-table th').allInnerTexts()).toEqual(['选', '名次', '评比单位', '汇报人', '得分']);
    expect(await rankColumn(page)).toEqual(['第一名（并列）', '第一名（并列）', '第3名']);
    expect(await page.locator('.honours-page').innerText()).not.toContain('擂主');

    const [file, answer] = await Promise.all([page.waitForEvent('download'), page.waitForResponse((r) => r.url().includes('/certificates.pdf')), download.click()]);
    expect(answer.status()).toBe(200);
    expect(new URL(answer.url()).searchParams.toString()).toBe('who=champions');
    const pages = pdfPages(await file.path()).map((p) => p.replace(/\s+/g, ''));
    expect(pages).toHaveLength(2);
    for (const p of pages) {
      expect(p).toContain('荣获第一名（94.00分）');
      expect(p).not.toContain('擂主');
    }

    // In English: First place, as the 成绩 tab says it.
    await page.getByRole('button', { name: '语言 / Language' }).click();
    await expect.poll(() => modes(page)).toEqual(['First place', 'Top N', 'Pick by hand']);
    expect(await rankColumn(page)).toEqual(['First place (tied)', 'First place (tied)', '3rd place']);
    expect(await page.locator('.honours-page').innerText()).not.toMatch(/Champion/i);
  }, 60_000);

  it('while it runs, says its 第一名 and ranks print once it has finished', async () => {
    const page = await honoursTab(runningId);
    const note = page.getByTestId('honours-not-finished');
    await expect.poll(() => note.innerText()).toBe('比赛结束后才能打印第一名和名次证书；手动选择的名单现在即可打印');
    expect(await page.getByTestId('honours-download').isDisabled()).toBe(true);
  });
});
