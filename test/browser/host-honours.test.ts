// 表彰 on the host console in real Chromium at 1440×900 against the real server: a finished
// contest of a series with two tied 擂主, the 表彰 tab choosing who (擂主, 前N名, by hand), the
// template edited with an unknown placeholder caught at once, the live preview, a refused and an
// accepted seal, and the certificates PDF downloaded and rendered (docs/screenshots/certificate.png);
// then the series standings' 红榜证书 button, and the series' own 表彰 tab (a tier and period,
// its 红榜 or units picked by hand, the series' wording kept apart from the contest's).
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFonts, pdfPages, renderPage } from '../report/poppler.ts';
import { launchBrowser, newPage, screenshot, SCREENSHOTS, startBrowserServer } from '../support/browser.ts';
import { sealPng } from '../support/seal-png.ts';
import { oneMonthSeries, runSeriesContest } from '../support/series-contest.ts';
import { api, HOST_TOKEN } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof startBrowserServer>>;
let server: Server;
let browser: Browser;
let contestId: string;
let seriesId: string;
const TITLE = '2026年3月村(社区)干部擂台赛';

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
  seriesId = await oneMonthSeries(server.url);
  const units = [
    { unit: '岔河乡大龙潭村', speaker: '普建华' },
    { unit: '化念镇文明社区', speaker: '李𠮷祥' },
    { unit: '塔甸镇安居村', speaker: '王丽' },
    { unit: '甸中镇高平村', speaker: '杨春' },
  ];
  const run = await runSeriesContest(server.url, { seriesId, tierId: 't1', periodId: 'm1' }, units, [95, 95, 90, 82], { title: TITLE, finish: true });
  run.host.close();
  contestId = run.created.id;
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('表彰 on the host console', () => {
  it('chooses who, edits the wording with a live preview, uploads a seal and downloads the certificates', async () => {
    const { page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);
    await page.goto(`${server.url}/host#contest=${contestId}&tab=honours`);
    const preview = page.getByTestId('certificate-preview');
    const download = page.getByTestId('honours-download');

    // 擂主 by default: the two tied firsts, the preview filled with the first of them.
    await expect.poll(() => preview.innerText()).toContain('荣获擂主（95.00分）');
    await expect.poll(() => download.innerText()).toBe('⤓ 下载证书（2 张）');
    expect(await page.locator('.honours-table tr.chosen td:nth-child(3)').allInnerTexts()).toEqual(['岔河乡大龙潭村', '化念镇文明社区']);

    // A score is never cut across two lines of the preview (荣获擂主（92. / 65分）), wherever the text
    // puts it; like the PDF, the line may end before its 分.
    const template0 = page.getByLabel('证书正文');
    const cut: number[] = [];
    for (let n = 0; n < 30; n += 1) {
      await template0.fill(`${'荣'.repeat(n)}得分{得分}分`);
      const lines = await preview.evaluate(async (el) => {
        await new Promise((r) => requestAnimationFrame(r));
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          const at = t.textContent!.indexOf('95.00');
          if (at < 0) continue;
          const r = document.createRange();
          r.setStart(t, at);
          r.setEnd(t, at + 5);
          return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size;
        }
        return -1;
      });
      if (lines !== 1) cut.push(n);
    }
    expect(cut).toEqual([]);

    // An unknown placeholder is named at once and nothing can be downloaded with it.
    const template = page.getByLabel('证书正文');
    await template.fill('{单位}{职务}：\n荣获{名次}。');
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('未知的占位符：{职务}');
    expect(await download.isDisabled()).toBe(true);
    await template.fill('{单位} {姓名}同志：\n在{比赛}中表现突出，成绩优异，荣获{名次}，得分');
    await page.getByRole('button', { name: '{得分}' }).click();
    await template.press('End');
    await template.pressSequentially('分。\n特发此证，以资鼓励。');
    await page.getByLabel('颁发单位').fill('中共峨山彝族自治县委员会组织部');
    await page.getByLabel('落款日期').fill('2026-03-31');
    await expect.poll(() => preview.innerText()).toContain('岔河乡大龙潭村 普建华同志：');
    await expect.poll(() => preview.innerText()).toContain(`在${TITLE}中表现突出，成绩优异，荣获擂主，得分95.00分。`);
    expect(await preview.innerText()).toContain('2026年3月31日');

    // 前N名 and by hand.
    await page.getByRole('radio', { name: '前 N 名' }).check();
    await page.getByRole('spinbutton', { name: '名次数' }).fill('3');
    await expect.poll(() => download.innerText()).toBe('⤓ 下载证书（3 张）');
    await page.getByRole('radio', { name: '手动选择' }).check();
    await expect.poll(() => download.innerText()).toBe('⤓ 下载证书（0 张）');
    await page.getByRole('checkbox', { name: '甸中镇高平村' }).check();
    await expect.poll(() => preview.innerText()).toContain('荣获第4名，得分82.00分');

    // A seal: a JPEG is refused in the server's words; a PNG is stored and shown on the preview.
    const input = page.getByTestId('seal-input');
    await input.setInputFiles({ name: 'seal.png', mimeType: 'image/png', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Buffer.alloc(200)]) });
    await expect.poll(() => page.locator('.toast-error').allInnerTexts()).toEqual([expect.stringContaining('PNG')]);
    await input.setInputFiles({ name: 'seal.png', mimeType: 'image/png', buffer: sealPng() });
    await page.getByText('240×240').waitFor();
    await expect.poll(() => preview.locator('img.cert-seal').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(240);

    await page.getByRole('radio', { name: '擂主' }).check();
    await expect.poll(() => download.innerText()).toBe('⤓ 下载证书（2 张）');
    await page.locator('.toast').first().waitFor({ state: 'detached', timeout: 8000 });
    await screenshot(page, 'honours-host');

    const [file, answer] = await Promise.all([page.waitForEvent('download'), page.waitForResponse((r) => r.url().includes('/certificates.pdf')), download.click()]);
    expect(answer.status()).toBe(200);
    expect(new URL(answer.url()).searchParams.toString()).toBe('who=champions');
    expect(file.suggestedFilename()).toBe(`${TITLE}-荣誉证书.pdf`);
    const saved = await file.path();
    const pages = pdfPages(saved).map((p) => p.replace(/\s+/g, ''));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('岔河乡大龙潭村普建华同志：');
    expect(pages[1]).toContain('化念镇文明社区李𠮷祥同志：');
    expect(pages[0]).toContain('中共峨山彝族自治县委员会组织部');
    for (const f of pdfFonts(saved)) expect(f.emb, f.name).toBe(true);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    renderPage(saved, 1, 110, path.join(SCREENSHOTS, 'certificate.png'));
    // The edits were saved with the download.
    const info = (await api<{ settings: { issuer: string; date: string } }>(server.url, 'GET', `/api/contests/${contestId}/certificates`)).body;
    expect(info.settings).toMatchObject({ issuer: '中共峨山彝族自治县委员会组织部', date: '2026-03-31' });
  }, 60_000); // certificate PDFs made and downloaded, fonts embedded: ~10 s alone, more beside other files

  it('downloads the red-list certificates from the series standings', async () => {
    const { page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);
    await page.goto(`${server.url}/host#series=${seriesId}&tab=standings`);
    const [file, answer] = await Promise.all([
      page.waitForEvent('download'),
      page.waitForResponse((r) => r.url().includes('/certificates.pdf')),
      page.getByRole('button', { name: '⤓ 红榜证书' }).click(),
    ]);
    expect(answer.status()).toBe(200);
    expect(new URL(answer.url()).searchParams.toString()).toBe('who=red&tier=t1&period=m1');
    expect(file.suggestedFilename()).toBe('2026年度村(社区)干部擂台赛-村(社区)干部-2026年3月-红榜证书.pdf');
    const pages = pdfPages(await file.path()).map((p) => p.replace(/\s+/g, ''));
    expect(pages).toHaveLength(2);
    // No issuer saved for the series' certificates: its own 发布单位 signs them.
    expect(pages[0]).toContain('中共峨山县委组织部');
  });

  it("prints a series period's certificates from its 表彰 tab, with the series' own wording and issuer", async () => {
    const { page } = await newPage(browser, 'laptop');
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/host#token=${HOST_TOKEN}`);
    await page.goto(`${server.url}/host#series=${seriesId}&tab=honours`);
    const preview = page.getByTestId('certificate-preview');
    const download = page.getByTestId('honours-download');

    // 红榜单位 by default: the period's red list (the tied firsts), ranked as on the boards.
    await expect.poll(() => download.innerText()).toBe('⤓ 下载证书（2 张）');
    expect(await page.locator('.honours-table tr.chosen td:nth-child(3)').allInnerTexts()).toEqual(['岔河乡大龙潭村', '化念镇文明社区']);
    // A series' units have no speaker, so no 汇报人 column.
    expect(await page.locator('.honours-table th').allInnerTexts()).toEqual(['选', '名次', '单位', '得分']);
    // Nothing of the contest's wording: the contest saved an issuer, the series has none, so
    // its 发布单位 signs (named in the empty field too).
    expect(await page.getByLabel('颁发单位').inputValue()).toBe('');
    expect(await page.getByLabel('颁发单位').getAttribute('placeholder')).toBe('留空则为系列的发布单位：中共峨山县委组织部');
    await expect.poll(() => preview.innerText()).toContain('中共峨山县委组织部');
    expect(await preview.innerText()).not.toContain('中共峨山彝族自治县委员会组织部');

    await page.getByLabel('证书正文').fill('{单位}：\n在{比赛}中荣获{名次}，得分{得分}分，评为红榜单位。');
    await page.getByLabel('落款日期').fill('2026-04-02');
    await expect.poll(() => preview.innerText()).toContain('岔河乡大龙潭村：');
    expect(await preview.innerText()).toContain('在2026年度村(社区)干部擂台赛（村(社区)干部·2026年3月）中荣获第1名，得分95.00分，评为红榜单位。');
    await page.getByRole('radio', { name: '手动选择' }).check();
    await page.getByRole('checkbox', { name: '塔甸镇安居村' }).check();
    await expect.poll(() => download.innerText()).toBe('⤓ 下载证书（1 张）');
    await expect.poll(() => preview.innerText()).toContain('塔甸镇安居村：');
    await screenshot(page, 'series-honours');

    const [file, answer] = await Promise.all([page.waitForEvent('download'), page.waitForResponse((r) => r.url().includes('/certificates.pdf')), download.click()]);
    expect(answer.status()).toBe(200);
    const query = new URL(answer.url()).searchParams;
    expect(Object.fromEntries(query)).toMatchObject({ tier: 't1', period: 'm1', who: 'picked' });
    expect(file.suggestedFilename()).toBe('2026年度村(社区)干部擂台赛-村(社区)干部-2026年3月-荣誉证书.pdf');
    const pages = pdfPages(await file.path()).map((p) => p.replace(/\s+/g, ''));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('塔甸镇安居村：');
    expect(pages[0]).toContain('评为红榜单位。');
    expect(pages[0]).toContain('中共峨山县委组织部');
    expect(pages[0]).toContain('2026年4月2日');
    // Saved with the download, for the series alone: the contest keeps its own wording.
    const series = (await api<{ settings: { template: string; date: string } }>(server.url, 'GET', `/api/series/${seriesId}/certificates`)).body;
    expect(series.settings).toMatchObject({ template: '{单位}：\n在{比赛}中荣获{名次}，得分{得分}分，评为红榜单位。', date: '2026-04-02' });
    const contest = (await api<{ settings: { template: string } }>(server.url, 'GET', `/api/contests/${contestId}/certificates`)).body;
    expect(contest.settings.template).not.toContain('红榜单位');

    // A second period, nobody ranked in it yet: choosing it shows nobody (never March's units
    // while its answer is on the way), and March again shows March's.
    type Definition = Record<string, unknown> & { periods: { id: string; name: string }[] };
    const detail = (await api<{ definition: Definition }>(server.url, 'GET', `/api/series/${seriesId}`)).body;
    const april = { ...detail.definition, periods: [...detail.definition.periods, { name: '2026年4月' }] };
    const defined = await api(server.url, 'POST', `/api/series/${seriesId}/commands`, { type: 'series:define', definition: april });
    expect(defined.status, JSON.stringify(defined.body)).toBe(200);
    await page.reload();
    // The first load of April is lost on the way (the venue's Wi-Fi): the panel says so and
    // offers 重试 — not "loading" for ever, and not March's units.
    let lose = 1;
    await page.route(
      (u) => u.pathname.endsWith('/certificates') && u.searchParams.has('period') && u.searchParams.get('period') !== 'm1',
      (route) => (lose-- > 0 ? route.abort('connectionreset') : route.continue()),
    );
    await page.getByLabel('期次').selectOption({ label: '2026年4月' });
    const failed = page.locator('.load-failed');
    await failed.waitFor();
    expect(await failed.innerText()).toContain('加载失败');
    expect(await page.locator('.honours-table').count()).toBe(0);
    // Said there, and not a second time in a toast.
    const why = (await failed.innerText()).replace(/^加载失败：/, '').replace(/\s*重试$/, '').trim();
    expect(why.length).toBeGreaterThan(0);
    expect(await page.locator('.toast', { hasText: why }).count()).toBe(0);
    await failed.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => page.locator('.honours-who').innerText()).toContain('本层级本期尚无排名');
    expect(await failed.count()).toBe(0);
    expect(await page.locator('.honours-table').count()).toBe(0);
    await page.getByRole('radio', { name: '红榜单位' }).check();
    await expect.poll(() => download.innerText()).toBe('⤓ 下载证书（0 张）');
    await page.getByLabel('期次').selectOption({ label: '2026年3月' });
    await expect.poll(() => download.innerText()).toBe('⤓ 下载证书（2 张）');

    // 年度表彰: the year so far up to March, from the cumulative standing; no 红榜 to choose there.
    await page.getByTestId('honours-scope').selectOption('year');
    await expect.poll(() => page.locator('.honours-modes label.mode').allInnerTexts()).toEqual(['前 N 名', '手动选择']);
    expect(await page.getByRole('radio', { name: '前 N 名' }).isChecked()).toBe(true);
    await expect.poll(() => preview.innerText()).toContain('（村(社区)干部·截至2026年3月累计）');
    // The choice reads whole: the select is as wide as its text and arrow (it was cut at 200 px).
    const room = await page.getByTestId('honours-scope').evaluate((s: HTMLSelectElement) => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = getComputedStyle(s).font;
      return [Math.round(ctx.measureText(s.options[s.selectedIndex]!.text).width), Math.round(s.getBoundingClientRect().width)];
    });
    // Padding and the arrow take 39 px of an auto-sized select; cut at 200 px, it had 26.
    expect(room[0]! + 36).toBeLessThanOrEqual(room[1]!);
    await expect.poll(() => download.innerText()).toBe('⤓ 下载证书（3 张）');
    // The year has no 红榜: its certificates get words of their own, and the periods' keep theirs.
    const note = page.getByTestId('year-template-note');
    expect(await note.innerText()).toContain('年度表彰目前与各期证书共用正文');
    await expect.poll(() => preview.innerText()).toContain('评为红榜单位');
    await page.getByLabel('证书正文（年度表彰）').fill('{单位}：\n在{比赛}中综合排名{名次}，被评为年度先进单位。');
    await expect.poll(() => preview.innerText()).toContain('被评为年度先进单位');
    expect(await preview.innerText()).not.toContain('红榜');
    expect(await note.innerText()).toContain('年度表彰有单独的正文');
    await screenshot(page, 'series-honours-year');
    await page.getByRole('button', { name: '保存设置' }).click();
    await expect.poll(async () => (await api<{ settings: { template: string; yearTemplate: string | null } }>(server.url, 'GET', `/api/series/${seriesId}/certificates`)).body.settings).toMatchObject({
      template: '{单位}：\n在{比赛}中荣获{名次}，得分{得分}分，评为红榜单位。',
      yearTemplate: '{单位}：\n在{比赛}中综合排名{名次}，被评为年度先进单位。',
    });
    // Emptied to write anew, the year prints the periods' text meanwhile, as the server keeps it:
    // the preview says so rather than showing a blank certificate.
    await page.getByLabel('证书正文（年度表彰）').fill('');
    await expect.poll(() => preview.innerText()).toContain('评为红榜单位');
    expect(await note.innerText()).toContain('年度表彰目前与各期证书共用正文');
    await page.getByTestId('honours-scope').selectOption('period');
    await page.getByRole('radio', { name: '红榜单位' }).waitFor();
    expect(await page.locator('.honours-template').inputValue()).toContain('评为红榜单位');
    await expect.poll(() => preview.innerText()).toContain('评为红榜单位');

    // In English: the same choice, the units and the certificate's own (Chinese) wording.
    await page.locator('.lang').click();
    await page.getByRole('radio', { name: 'Red list' }).waitFor();
    expect(await page.locator('.honours-who h2').innerText()).toBe('Who');
    expect(await page.locator('.honours-table th').allInnerTexts()).toEqual(['✓', 'Rank', 'Unit', 'Score']);
    await expect.poll(() => preview.innerText()).toContain('岔河乡大龙潭村');
    await screenshot(page, 'series-honours-en');
    await page.locator('.lang').click();
  }, 60_000); // certificate PDFs made and downloaded, fonts embedded: ~10 s alone, more beside other files
});
