// The projector and the 民主测评 in real Chromium at 1920×1080 against the real server: the welcome
// shows how to join (QR code, join code, the public address), the turnout climbs as phones with
// ballot codes vote, the reveal shows the counts, and after one ballot for all at the end, twenty
// presenters' results fit one screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFinal, formatPercent } from '../../shared/format.ts';
import type { PublicView } from '../../shared/protocol/index.ts';
import { launchBrowser, newPage, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, tokenOf, type TestClient } from '../support/server.ts';
import { assertFits, commander, pageText, shot, type Created } from './screen-support.ts';

const criteria = [
  { name: '工作成效', max: 60 },
  { name: '汇报表现', max: 40 },
];
const judgesDef = [{ name: '李明华' }, { name: '王建国' }, { name: '张丽' }];
const marks = [
  [50, 36],
  [48, 33],
  [55, 38],
];
/** The eight ballots cast on 双江街道, in order: 4 满意, 2 基本满意, 1 不满意, 1 不了解. */
const BALLOTS = ['o1', 'o1', 'o2', 'o1', 'o3', 'o2', 'o1', 'o4'];
/** A view reaches the screen in milliseconds; a projector page drawn without a GPU on two busy cores can take seconds to paint it. */
const LIVE = { timeout: 15_000, interval: 200 };

describe('projector: join and 民主测评', () => {
  let app: Awaited<ReturnType<typeof startBrowserServer>>;
  let browser: Browser;
  let page: Page;
  const clients: TestClient[] = [];
  let host: TestClient;
  const run = commander(() => host);
  const stage = (name: string, extra = '') => page.waitForSelector(`[data-stage=${name}]${extra}`, { timeout: 8000 });
  const turnout = () => page.locator('[data-testid=appraisal-turnout]').innerText({ timeout: 1000 }).catch(() => '');

  async function contest(def: object): Promise<{ created: Created; judges: TestClient[] }> {
    const created = (await api<Created>(app.url, 'POST', '/api/contests', def)).body;
    host = await connect(app.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
    const judges = await Promise.all(created.judges.map((j) => connect(app.url, { role: 'judge', token: tokenOf(j.joinUrl) })));
    clients.push(host, ...judges);
    return { created, judges };
  }

  beforeAll(async () => {
    app = await startBrowserServer();
    browser = await launchBrowser();
    page = (await newPage(browser, 'projector')).page;
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await browser?.close();
    await app?.close();
  });

  describe('ballot codes, one presenter at a time', () => {
    let created: Created;
    let judges: TestClient[];
    let codes: string[];

    beforeAll(async () => {
      ({ created, judges } = await contest({
        title: '书记擂台赛',
        theme: '抓党建促乡村振兴',
        date: '2024-03-15',
        venue: '县委党校报告厅',
        criteria,
        judges: judgesDef,
        presenters: [{ unit: '双江街道', speaker: '陈志强', title: '党工委书记' }, { unit: '小街街道', speaker: '刘晓燕', title: '党工委书记' }],
        appraisal: { preset: 'satisfaction', weight: 0.3, electorate: 'codes', opens: 'perPresenter' },
      }));
      expect((await api(app.url, 'POST', `/api/contests/${created.id}/ballot-codes`, { count: 12 })).status).toBe(201);
      codes = app.contests.ballotCodes.all(created.id).map((c) => c.code);
    });

    it('welcomes the hall with a QR code of the public audience address and the join code', async () => {
      await page.goto(`${app.url}/screen#${tokenOf(created.screenUrl)}`);
      await stage('welcome');
      const qr = await page.waitForSelector('[data-testid=join-qr] svg');
      const join = (await api<{ audienceUrl: string; joinCode: string; joinUrl: string }>(app.url, 'GET', `/join/${created.id}`, undefined, '')).body;
      // The phones' address (PUBLIC_URL), not 127.0.0.1 the projector was opened on.
      expect(await page.getAttribute('[data-testid=join-qr]', 'data-url')).toBe(`http://leitai.test/watch#${created.id}`);
      expect(await page.locator('[data-testid=join-code]').innerText()).toBe(join.joinCode);
      expect((await pageText(page)).replace(/\s+/g, ' ')).toContain(`手机扫码或访问 leitai.test/j/${join.joinCode} 参与测评`);
      // Big enough to scan from the back of a hall: over a third of the screen's height.
      const box = (await qr.boundingBox())!;
      expect(box.width).toBeGreaterThan(360);
      expect(box.height).toBeCloseTo(box.width, 0);
      await assertFits(page);
      await shot(page, 'screen-welcome-join');
      await page.setViewportSize({ width: 1280, height: 720 });
      await assertFits(page);
      await page.setViewportSize({ width: 1920, height: 1080 });
    });

    it('shows the turnout, and only the turnout, while the hall votes', async () => {
      await run('contest:start', {});
      await run('presenter:next', {});
      await run('scoring:open', {}); // opens the hall's voting on the same presenter
      await stage('scoring');
      await expect.poll(turnout, LIVE).toMatch(/民主测评中\s*0\/12/);
      const voters = await Promise.all(BALLOTS.map((_, i) => connect(app.url, { role: 'audience', contestId: created.id, voter: codes[i]! })));
      clients.push(...voters);
      const cast = async (from: number, to: number) => {
        for (let i = from; i < to; i++) expect((await voters[i]!.send('appraisal:vote', { choices: { p1: BALLOTS[i]! } })).ok).toBe(true);
      };
      await cast(0, 3);
      await expect.poll(turnout, LIVE).toMatch(/民主测评中\s*3\/12/);
      await cast(3, BALLOTS.length);
      await expect.poll(turnout, LIVE).toMatch(/民主测评中\s*8\/12/);
      // A voter changing their mind is still one voter.
      expect((await voters[7]!.send('appraisal:vote', { choices: { p1: 'o4' } })).ok).toBe(true);
      await run('score:submit', { presenterId: 'p1', values: marks[0]! }, judges[0]);
      await expect.poll(() => page.locator('[data-testid=progress]').innerText(), LIVE).toMatch(/1\s*\/\s*3/);
      expect(await turnout()).toMatch(/8\/12/);
      // No running distribution: nothing tells the hall how the others voted.
      expect(await page.locator('[data-testid=appraisal-result]').count()).toBe(0);
      expect(await pageText(page)).not.toMatch(/满意率|基本满意/);
      await assertFits(page);
      await shot(page, 'screen-appraisal-turnout');
    });

    it('reveals ballots per option, the satisfaction rate, the score and how it combines', async () => {
      await run('score:submit', { presenterId: 'p1', values: marks[1]! }, judges[1]);
      await run('score:submit', { presenterId: 'p1', values: marks[2]! }, judges[2]);
      await run('scoring:reveal', {}); // closes the voting
      await stage('reveal', '[data-complete=true]');
      await page.waitForSelector('[data-testid=appraisal-result].is-shown');
      for (const [option, n] of Object.entries({ o1: 4, o2: 2, o3: 1, o4: 1 })) {
        expect(await page.locator(`[data-testid=appraisal-count-${option}]`).innerText(), option).toBe(String(n));
      }
      expect(await page.locator('[data-testid=appraisal-mode]').innerText()).toBe('凭测评码');
      expect(await page.locator('[data-testid=appraisal-satisfaction]').innerText()).toBe('85.71%'); // 6 of 7 counted
      // The 不了解 ballot is said to be left out, or 85.71% of "8 ballots" would not add up.
      expect(await page.getByTestId('appraisal-ballots').innerText()).toBe('共 8 票，计分 7 票');
      // Every number as the server computed it, printed by shared/format.ts.
      const audience = await connect(app.url, { role: 'audience', contestId: created.id });
      clients.push(audience);
      const view = (await audience.waitFor((v) => (v as PublicView).revealed.length === 1)) as PublicView;
      const result = view.revealed[0]!;
      const line = result.appraisal!;
      expect(line.score).toBe(80); // (4 × 100 + 2 × 80 + 0) / 7
      const d = view.contest.decimals;
      expect(await page.locator('[data-testid=appraisal-score]').innerText()).toBe(formatFinal(line.score, d));
      expect(await page.locator('[data-testid=appraisal-combination]').innerText()).toBe(
        `评委 ${formatFinal(line.judges, d)} × 70% + 测评 ${formatFinal(line.scaled, d)} × 30% = ${formatFinal(result.raw, d)}`,
      );
      expect(await page.locator('[data-testid=final-score]').innerText()).toBe(formatFinal(result.final, d));
      expect(await page.locator('[data-testid=appraisal-turnout]').count()).toBe(0);
      await assertFits(page);
      await shot(page, 'screen-appraisal-result');
      await page.setViewportSize({ width: 1280, height: 720 });
      await assertFits(page);
      await page.setViewportSize({ width: 1920, height: 1080 });
    });

    it('keeps a small join card beside a short ranking between presenters', async () => {
      await run('screen:show', { stage: 'ranking' });
      await stage('ranking');
      await page.waitForSelector('.join--corner [data-testid=join-qr] svg');
      await assertFits(page);
      await shot(page, 'screen-ranking-join');
      await run('screen:show', { stage: 'auto' });
    });
  });

  describe('one open ballot for twenty presenters at the end', () => {
    const N = 20;
    const units = Array.from({ length: N }, (_, i) => `${['峨山县', '新平县', '元江县', '易门县'][i % 4]}${['双江街道', '小街街道', '甸中镇', '化念镇', '塔甸镇'][i % 5]}第${i + 1}村`);
    let created: Created;
    let judges: TestClient[];

    beforeAll(async () => {
      ({ created, judges } = await contest({
        title: '村（社区）党组织书记擂台赛',
        criteria,
        judges: judgesDef,
        presenters: units.map((unit) => ({ unit })),
        appraisal: { preset: 'satisfaction', weight: 0.2, electorate: 'open', opens: 'atEnd' },
      }));
      // Another contest's screen: a new page load, not a change of the fragment only.
      await page.goto('about:blank');
      await page.goto(`${app.url}/screen#${tokenOf(created.screenUrl)}`);
      // Twenty presenters are more host commands than the write budget allows at once (10 a second).
      const paced: typeof run = async (type, payload, by) => {
        await new Promise((r) => setTimeout(r, 110));
        await run(type, payload, by);
      };
      await run('contest:start', {});
      for (let i = 0; i < N; i++) {
        await paced('presenter:next', {});
        await paced('scoring:open', {});
        for (const [k, j] of judges.entries()) await run('score:submit', { presenterId: `p${i + 1}`, values: [40 + ((i * 7 + k * 3) % 20), 25 + ((i + k) % 15)] }, j);
        await paced('scoring:reveal', {});
      }
    }, 60_000);

    it('counts phones while open, then lists every presenter’s result on one screen', async () => {
      // Before the one ballot for all, a ranking on screen is the judges' alone, and says so.
      await run('screen:show', { stage: 'ranking' });
      await page.getByTestId('judges-only').waitFor();
      expect(await page.getByTestId('judges-only').innerText()).toContain('民主测评尚未计入，以上暂为评委评分');
      await run('screen:show', { stage: 'auto' });
      await run('appraisal:open', {});
      await expect.poll(turnout, LIVE).toMatch(/已有\s*0\s*人投票/);
      const phones: TestClient[] = [];
      for (let v = 0; v < 5; v++) {
        const { token } = (await api<{ token: string }>(app.url, 'POST', `/api/contests/${created.id}/voter`, undefined, '')).body;
        phones.push(await connect(app.url, { role: 'audience', contestId: created.id, voter: token }));
      }
      clients.push(...phones);
      // Varied per presenter, so the rows differ the way a real hall's would.
      const choice = (v: number, i: number) => ['o1', 'o2', 'o1', 'o3', 'o1', 'o4', 'o2'][(v * (1 + (i % 4)) + i) % 7]!;
      for (const [v, phone] of phones.entries()) {
        const choices = Object.fromEntries(units.map((_, i) => [`p${i + 1}`, choice(v, i)]));
        expect((await phone.send('appraisal:vote', { choices })).ok).toBe(true);
      }
      await expect.poll(turnout, LIVE).toMatch(/已有\s*5\s*人投票/);
      await run('appraisal:close', {});
      await run('screen:show', { stage: 'ranking' });
      await page.waitForSelector('[data-testid=appraisal-board]');
      expect(await page.locator('[data-testid=appraisal-board] tbody tr').count()).toBe(N);
      expect(await page.locator('[data-testid=appraisal-mode]').innerText()).toBe('开放测评');
      expect(await pageText(page)).toContain(`评委 ${formatPercent(0.8, 1)} + 测评 ${formatPercent(0.2, 1)}`);
      // Each row carries its own presenter's counts, in the ballot's option order.
      for (const i of [0, 7, 19]) {
        const expected = ['o1', 'o2', 'o3', 'o4'].map((o) => String(phones.filter((_, v) => choice(v, i) === o).length));
        expect(await page.locator(`[data-presenter=p${i + 1}] .aboard__n`).allInnerTexts()).toEqual(expected);
      }
      await assertFits(page);
      // Twenty rows still read from the back of a hall: the units' names at least 24 px on 1080p.
      const px = await page.locator('[data-presenter=p1] .aboard__unit').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(px).toBeGreaterThanOrEqual(24);
      await shot(page, 'screen-appraisal-board');
      await page.setViewportSize({ width: 1280, height: 720 });
      await assertFits(page);
      await page.setViewportSize({ width: 1920, height: 1080 });
    }, 30_000);
  });
});
