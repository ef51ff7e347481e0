// The projector with the longest text the setup allows (a 100-character title, a 60-character
// unit name, a 300-character question) at 1920×1080 and 1280×720; per-criterion trimming with a
// judge group too small to trim; the sound-unlock prompt and the full-screen hint.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, sizes, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, tokenOf, type TestClient } from '../support/server.ts';
import { assertFits, commander, pageText, shot, type Created } from './screen-support.ts';

/** `seed` repeated to exactly `n` characters. */
const long = (seed: string, n: number) => seed.repeat(Math.ceil(n / seed.length)).slice(0, n);

const TITLE = long('峨山彝族自治县二〇二四年第一季度乡镇党委书记抓党建促乡村振兴擂台赛', 100);
const UNIT = long('峨山彝族自治县双江街道党工委', 60);
const QUESTION = long('请问危房拆除后的宅基地如何盘活利用？群众的安置意愿如何保障？', 300);
const definition = {
  title: TITLE,
  theme: long('抓党建促乡村振兴，比实绩晒亮点。', 200),
  tier: long('乡镇党委书记', 60),
  venue: long('县委党校报告厅', 100),
  criteria: [
    { name: '工作成效', max: 40 },
    { name: '创新亮点', max: 20 },
    { name: '汇报表现', max: 20 },
    { name: '答辩情况', max: 20 },
  ],
  judgeGroups: [
    { name: '县级领导', weight: 60 },
    { name: '群众代表', weight: 40 },
  ],
  judges: [
    { name: '李明华', group: '县级领导' },
    { name: '王建国', group: '县级领导' },
    { name: '张丽', group: '县级领导' },
    { name: '赵代表', group: '群众代表' },
    { name: '钱代表', group: '群众代表' },
  ],
  presenters: [{ unit: UNIT, speaker: long('陈志强', 40), title: long('党工委书记', 60) }, { unit: '小街街道', speaker: '刘晓燕', title: '党工委书记' }],
  rules: { aggregation: { method: 'trimmed', dropHighest: 1, dropLowest: 1, scope: 'criterion' } },
};
const sheets = [
  [35, 17, 16, 17],
  [36, 18, 17, 18],
  [30, 15, 15, 16],
  [33, 16, 16, 16],
  [34, 17, 17, 17],
];

describe('projector with the longest text, per-criterion trimming and the sound prompt', () => {
  let app: Awaited<ReturnType<typeof startBrowserServer>>;
  let browser: Browser;
  let created: Created;
  let host: TestClient;
  let judges: TestClient[];
  let page: Page;
  let small: Page;
  const run = commander(() => host);
  const url = () => `${app.url}/screen#${tokenOf(created.screenUrl)}`;
  const both = () => [
    ['1920x1080', page],
    ['1280x720', small],
  ] as const;

  beforeAll(async () => {
    app = await startBrowserServer();
    browser = await launchBrowser();
    created = (await api<Created>(app.url, 'POST', '/api/contests', definition)).body;
    host = await connect(app.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
    judges = await Promise.all(created.judges.map((j) => connect(app.url, { role: 'judge', token: tokenOf(j.joinUrl) })));
    page = (await newPage(browser, 'projector')).page;
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, locale: 'zh-CN' });
    small = await ctx.newPage();
  });
  afterAll(async () => {
    for (const c of [host, ...(judges ?? [])]) c?.close();
    await browser?.close();
    await app?.close();
  });

  it('asks for a click until the sound cue can play, then the prompt goes', async () => {
    await page.goto(url());
    await page.waitForSelector('[data-stage=welcome]');
    const prompt = page.getByTestId('sound-prompt');
    expect(await prompt.innerText()).toContain('点击启用提示音');
    await prompt.click();
    await page.waitForSelector('[data-testid=sound-prompt]', { state: 'detached', timeout: 3000 });
  });

  it('folds the prompt to a bell in the corner when nobody clicks, so it covers nothing on stage', async () => {
    const { context, page: p } = await newPage(browser, 'projector');
    await p.clock.install();
    await p.goto(url());
    await p.waitForSelector('[data-stage=welcome]');
    const prompt = p.getByTestId('sound-prompt');
    expect(await prompt.innerText()).toContain('点击启用提示音');
    await p.clock.fastForward(13_000);
    await expect.poll(() => prompt.getAttribute('class')).toContain('is-folded');
    // Still the same button, named for a screen reader and under the mouse; only small, in the corner.
    expect(await prompt.getAttribute('aria-label')).toBe('点击启用提示音');
    const box = (await prompt.boundingBox())!;
    expect(box.width).toBeLessThan(60);
    expect(box.x + box.width).toBeGreaterThan(1920 - 20);
    expect(box.y + box.height).toBeGreaterThan(1080 - 20);
    await prompt.click();
    await p.waitForSelector('[data-testid=sound-prompt]', { state: 'detached', timeout: 3000 });
    await context.close();
  });

  it('drops the full-screen hint once in full screen, long before it would fade', async () => {
    await small.goto(url());
    await small.waitForSelector('[data-stage=welcome]');
    expect(await pageText(small)).toContain('按 F 键全屏');
    await small.keyboard.press('f');
    await small.waitForFunction(() => document.fullscreenElement !== null, undefined, { timeout: 2000 });
    await small.waitForSelector('.hint', { state: 'detached', timeout: 1000 });
    await small.evaluate(() => document.exitFullscreen());
  });

  it('fits a 100-character title on the welcome page, balanced, at both sizes', async () => {
    for (const [size, p] of both()) {
      await p.waitForSelector('[data-stage=welcome]');
      await assertFits(p);
      await shot(p, `screen-long-welcome-${size}`);
    }
  });

  it('fits a 60-character unit name above an unclipped clock at both sizes', async () => {
    await run('contest:start', {});
    await run('presenter:next', {});
    await run('timer:start', {});
    for (const [size, p] of both()) {
      await p.waitForSelector('[data-stage=presenter]');
      await assertFits(p);
      await assertBelow(p, '.who__unit', '[data-testid=clock]');
      await shot(p, `screen-long-presenter-${size}`);
    }
  });

  it('fits a 300-character question between the heading and the answer timer at both sizes', async () => {
    const id = host.view?.current?.presenterId ?? '';
    await run('phase:qa', {});
    await run('question:ask', { presenterId: id, text: QUESTION }, judges[0]);
    const asked = await host.waitFor((v) => v.role === 'host' && v.questions.length > 0);
    const qid = asked.role === 'host' ? (asked.questions[0]?.id ?? '') : '';
    await run('question:show', { questionId: qid });
    await run('timer:start', {});
    for (const [size, p] of both()) {
      await p.waitForSelector('[data-stage=question]');
      await assertFits(p);
      await assertBelow(p, '.topbar', '.who');
      await assertBelow(p, '.who', '.words');
      await assertBelow(p, '.words', '[data-testid=clock]');
      await shot(p, `screen-long-question-${size}`);
    }
    await run('question:answered', { questionId: qid });
  });

  it('shows the values dropped in each criterion and names the group that fell back', async () => {
    await run('scoring:open', {});
    const id = host.view?.current?.presenterId ?? '';
    await Promise.all(judges.map((j, i) => run('score:submit', { presenterId: id, values: sheets[i]! }, j)));
    await run('scoring:reveal', {});
    for (const [size, p] of both()) {
      await p.waitForSelector('[data-stage=reveal][data-complete=true]', { timeout: 10000 });
      const grid = p.getByTestId('criteria-grid');
      // 县级领导 drops one highest and one lowest per criterion (8); 群众代表 has two, none dropped.
      expect(await grid.locator('td.is-dropped').count()).toBe(8);
      expect(await grid.locator('td').count()).toBe(4 * 5);
      expect(await p.getByTestId('fell-back').innerText()).toBe('群众代表人数不足，按平均分计算');
      await assertFits(p);
      await shot(p, `screen-reveal-criteria-${size}`);
    }
  });

  it('shows the audience the group lines with weights and the per-criterion drops', async () => {
    const phone = (await newPage(browser, 'phone')).page;
    await phone.goto(`${app.url}/watch#${created.id}`);
    await phone.waitForSelector('[data-stage=reveal]');
    const text = await pageText(phone);
    for (const s of ['县级领导', '群众代表', '权重 60%', '权重 40%', '组内得分', '群众代表人数不足，按平均分计算']) expect(text).toContain(s);
    expect(await phone.getByTestId('watch-group').count()).toBe(2);
    expect(await phone.locator('[data-testid=criteria-grid] td.is-dropped').count()).toBe(8);
    // In the ranking the long unit takes the row; a speaker who does not fit whole drops out of it
    // rather than both being cut (化念镇农业农… 欧…).
    const squeezed = await phone.locator('.ranking__row').evaluateAll((rows) =>
      rows.flatMap((row) => {
        const name = row.querySelector('.ranking__name')!.getBoundingClientRect();
        const speaker = row.querySelector<HTMLElement>('.ranking__speaker');
        const shown = speaker && speaker.getBoundingClientRect().top < name.bottom - 1;
        return shown && speaker.scrollWidth > speaker.clientWidth + 1 ? [speaker.textContent] : [];
      }),
    );
    expect(squeezed).toEqual([]);
    // The language switch is a thumb's target too (it was 33 px tall).
    expect((await phone.locator('.watch__lang').boundingBox())!.height).toBeGreaterThanOrEqual(40);
    await shot(phone, 'watch-reveal-groups');
    await assertPhoneTitle(phone, TITLE);
    // A 17-character title: balanced, not 16 characters and one on its own line.
    const short = (await api<Created>(app.url, 'POST', '/api/contests', { ...definition, title: '峨山县第一期书记抓党建擂台赛比武' })).body;
    // A new hash alone does not load a page again: the page does it itself (client/common/new-link.ts).
    await Promise.all([phone.waitForEvent('load'), phone.goto(`${app.url}/watch#${short.id}`)]);
    await assertPhoneTitle(phone, '峨山县第一期书记抓党建擂台赛比武');
    await shot(phone, 'watch-title-short');
    await phone.context().close();
  }, 40_000);

  it('shows whole unit and speaker names of a usual county list in the speaking order at both sizes', async () => {
    // Village names of 7–8 characters with a 党总支书记's line: a QA run saw 城关镇东门… 党总支书记 杨…
    // on a 1920×1080 screen that was mostly empty.
    const presenters = ['城关镇东门社区', '岔河乡岔河村委会', '甸中镇大营村委会', '化念镇化念社区', '双江街道大寨村委会'].map((unit, i) => ({ unit, speaker: ['杨建华', '李春梅', '普正荣', '王家顺', '白云飞'][i]!, title: '党总支书记' }));
    const village = (await api<Created>(app.url, 'POST', '/api/contests', { ...definition, title: '村（社区）党组织书记擂台赛', presenters })).body;
    const staff = await connect(app.url, { role: 'host', token: HOST_TOKEN, contestId: village.id });
    await commander(() => staff)('contest:start', {});
    await commander(() => staff)('order:draw', {});
    // Pages of its own: the tests above keep theirs on the long-text contest.
    for (const size of [sizes.projector, { width: 1280, height: 720 }]) {
      const ctx = await browser.newContext({ viewport: size, deviceScaleFactor: 1, locale: 'zh-CN' });
      const p = await ctx.newPage();
      await p.goto(`${app.url}/screen#${tokenOf(village.screenUrl)}`);
      await p.waitForSelector('[data-stage=order][data-settled=true]', { timeout: 8000 });
      await assertFits(p);
      const cut = await p.locator('.order__unit, .order__speaker').evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth).map((el) => el.textContent));
      expect(cut).toEqual([]);
      if (size === sizes.projector) await shot(p, 'screen-order-villages');
      await ctx.close();
    }
    staff.close();
  });
});

/** The bottom of `upper` is above the top of `lower` (no overlap). */
async function assertBelow(p: Page, upper: string, lower: string): Promise<void> {
  const a = await p.locator(upper).first().boundingBox();
  const b = await p.locator(lower).first().boundingBox();
  expect(a && b && a.y + a.height <= b.y + 1, `${upper} overlaps ${lower}: ${JSON.stringify([a, b])}`).toBe(true);
}

/** The audience's heading holds the whole title on a phone: no sideways scroll, balanced lines. */
async function assertPhoneTitle(p: Page, title: string): Promise<void> {
  const h = p.locator('.watch__title');
  await expect.poll(() => h.innerText()).toBe(title);
  const m = await h.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    // One rect per line (per text run on it): the width of each line.
    const lines = new Map<number, number>();
    for (const r of range.getClientRects()) lines.set(Math.round(r.top), (lines.get(Math.round(r.top)) ?? 0) + r.width);
    const box = el.getBoundingClientRect();
    return {
      scroll: document.documentElement.scrollWidth - innerWidth,
      right: box.right - innerWidth,
      overflow: el.scrollWidth - el.clientWidth,
      widths: [...lines.values()],
      wrap: getComputedStyle(el).textWrap,
    };
  });
  expect(m.scroll, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  expect(m.right).toBeLessThanOrEqual(0);
  expect(m.overflow).toBeLessThanOrEqual(1);
  expect(m.wrap).toContain('balance');
  expect(m.widths.length).toBeGreaterThan(1);
  // Balanced: the last line is not a stray character or two.
  expect(Math.min(...m.widths) / Math.max(...m.widths), JSON.stringify(m.widths)).toBeGreaterThan(0.6);
}
