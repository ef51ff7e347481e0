// 导入 JSON with a file that has problems: one that breaks only a rule between fields loads into
// the form with each problem on its row, as after 创建比赛; one that cannot be shown says every
// problem in words and leaves the form as it was.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, startBrowserServer } from '../support/browser.ts';
import { HOST_TOKEN } from '../support/server.ts';
import { baseInput } from '../domain/given.ts';

const file = (name: string, data: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });

describe('importing a contest file with problems', () => {
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

  it('loads a file whose judges name a missing group, marking the rows; says every problem of one it cannot load', async () => {
    const { context, page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}&new`);
    const input = page.locator('input[type=file]');

    // A judge's group the file does not list, and a name twice: the form shows the file.
    const judges = [{ name: '张评委', group: '县级领导' }, { name: '李评委' }, { name: '李评委' }];
    await input.setInputFiles(file('第二期.json', { ...baseInput, judges }));
    await page.getByText('已导入，有 2 处问题需要修改（见右侧）').waitFor();
    expect(await page.getByLabel('比赛名称').inputValue()).toBe(baseInput.title);
    expect(await page.getByLabel(/^姓名 \d$/).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['张评委', '李评委', '李评委']);
    const side = page.locator('.side-issues');
    expect(await side.innerText()).toContain('第 1 位评委（张评委）：未知评委组: 县级领导');
    expect(await side.innerText()).toContain('评委姓名重复: 李评委');
    expect(await page.locator('table[data-table=judges] tr.row-error').count()).toBeGreaterThan(0);
    await screenshot(page, 'host-import-issues');
    // Fixing the row clears its problem at once.
    await page.getByLabel('姓名 3').fill('王评委');
    await expect.poll(() => side.innerText()).not.toContain('重复');

    // Fields of the wrong kind and one the definition has not: nothing loads, each is said.
    await input.setInputFiles(file('手写.json', { ...baseInput, title: 5, extra: true, judges: [{ name: '张评委' }, { name: 7 }], rules: { decimals: '两位' } }));
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const text = await problems.innerText();
    for (const s of ['文件无法导入', '比赛名称应为文字', '第 2 位评委：姓名应为文字', '保留小数位应为数字', '有未知的字段 "extra"']) expect(text).toContain(s);
    expect(text).not.toMatch(/Invalid input|Unrecognized|expected/);
    // The form still holds the file loaded before.
    expect(await page.getByLabel('姓名 3').inputValue()).toBe('王评委');
    await context.close();
  }, 30_000);
});
