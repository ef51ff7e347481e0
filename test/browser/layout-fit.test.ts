// Layouts at the sizes a venue really has, measured as a user would notice them: the 成绩 tab's
// marks cards with six long-named criteria at 1280–1440 px, the run of show's Q&A tabs and timer
// buttons in English at 1280×720, the judge-group rows of the setup form, and the judge pad's
// bar in English at 360×640 with a field in error. Real Chromium against the real server.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../shared/protocol/index.ts';
import { launchBrowser, newPage, screenshot, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, tokenOf, type TestClient } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof startBrowserServer>>;
interface Created {
  id: string;
  judges: { joinUrl: string }[];
}

let server: Server;
let browser: Browser;
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of clients) c.close();
  await browser?.close();
  await server?.close();
});

const ok = async (p: Promise<Ack>) => {
  const ack = await p;
  expect(ack, JSON.stringify(ack)).toMatchObject({ ok: true });
};

const sixCriteria = {
  title: '第二期书记擂台赛',
  criteria: [
    { name: '工作成效', max: 20 },
    { name: '创新亮点', max: 15 },
    { name: '群众满意度', max: 15 },
    { name: '汇报表现（语言表达、时间把控）', max: 20 },
    { name: '问题整改落实情况', max: 15 },
    { name: '现场答辩', max: 15 },
  ],
  judgeGroups: [
    { name: '县级领导', weight: 60 },
    { name: '群众代表', weight: 40 },
  ],
  judges: [
    { name: '张建国', title: '县委书记', group: '县级领导' },
    { name: '李明华', title: '县长', group: '县级领导' },
    { name: '欧阳修远', title: '县委副书记', group: '县级领导' },
    { name: '王芳', title: '人大代表', group: '群众代表' },
    { name: '陈静', title: '村民代表', group: '群众代表' },
  ],
  presenters: [
    { unit: '双江街道', speaker: '陈志强' },
    { unit: '小街街道', speaker: '刘晓燕' },
    { unit: '甸中镇', speaker: '普建华' },
  ],
  rules: { scoreStep: 0.5 },
};

/** Creates a contest, starts it and has every judge score `revealed` presenters, each revealed. */
async function runContest(definition: object | 'demo', revealed: number): Promise<Created> {
  const made = await api<Created>(server.url, 'POST', definition === 'demo' ? '/api/demo' : '/api/contests', definition === 'demo' ? undefined : definition);
  const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: made.body.id });
  const judges = await Promise.all(made.body.judges.map((j) => connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) })));
  clients.push(host, ...judges);
  await ok(host.send('contest:start', {}));
  for (let p = 1; p <= revealed; p++) {
    await ok(host.send('presenter:next', {}));
    await ok(host.send('scoring:open', {}));
    const criteria = (definition === 'demo' ? [40, 20, 20, 20] : sixCriteria.criteria.map((c) => c.max)) as number[];
    for (const [k, j] of judges.entries()) await ok(j.send('score:submit', { presenterId: `p${p}`, values: criteria.map((max, i) => max - ((k + i + p) % 4) * 0.5 - 1) }));
    await ok(host.send('scoring:reveal', {}));
  }
  return made.body;
}

async function hostPage(size: { width: number; height: number }, hash: string, lang: 'zh' | 'en' = 'zh') {
  const { context, page } = await newPage(browser, 'laptop');
  page.setDefaultTimeout(8000);
  await page.setViewportSize(size);
  if (lang === 'en') await context.addInitScript(() => localStorage.setItem('leitai:lang', 'en'));
  await page.goto(`${server.url}/host#token=${HOST_TOKEN}&${hash}`);
  return { context, page };
}

/** What a user would notice about each marks card: the table outside the card, a name broken across lines. */
function marksProblems(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const page = document.querySelector('.results-page')!.getBoundingClientRect();
    for (const card of document.querySelectorAll<HTMLElement>('.marks-card')) {
      const c = card.getBoundingClientRect();
      const id = card.dataset.presenter;
      if (c.right > page.right + 0.5) out.push(`${id}: card past the page`);
      const table = card.querySelector('table')!;
      const scroller = table.parentElement!;
      // Inside its card, or (last resort) scrolling inside it.
      const t = table.getBoundingClientRect();
      if (t.right > c.right + 0.5 && scroller === card) out.push(`${id}: table ${t.right} past card ${c.right}`);
      for (const b of card.querySelectorAll('button')) {
        const r = b.getBoundingClientRect();
        if (r.right > c.right + 0.5 && scroller === card) out.push(`${id}: ${b.textContent} outside the card`);
      }
      for (const td of card.querySelectorAll<HTMLElement>('tbody tr > td:first-child')) {
        const range = document.createRange();
        range.selectNodeContents(td);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) out.push(`${id}: name ${td.textContent} on ${tops.size} lines`);
      }
      for (const th of card.querySelectorAll<HTMLElement>('thead th')) {
        const lines = Math.round(th.getBoundingClientRect().height / 16);
        if (lines > 3) out.push(`${id}: head ${th.textContent} on ${lines} lines`);
      }
    }
    if (document.documentElement.scrollWidth > innerWidth) out.push('the page scrolls sideways');
    return out;
  });
}

describe('layouts at real sizes', () => {
  it('keeps six long-named criteria inside each marks card on the 成绩 tab', async () => {
    const { id } = await runContest(sixCriteria, 3);
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1366, height: 768 },
      { width: 1440, height: 900 },
    ]) {
      const { context, page } = await hostPage(size, `contest=${id}&tab=results`);
      await page.locator('.marks-card').nth(2).waitFor();
      await page.locator('.marks-card').first().scrollIntoViewIfNeeded();
      await screenshot(page, `host-results-6-criteria-${size.width}`);
      expect(await marksProblems(page), `${size.width}×${size.height}`).toEqual([]);
      // A head that is cut short says its whole name on hover.
      expect(await page.locator('.marks-card').first().locator('thead th[title^="汇报表现（语言表达、时间把控）"]').count()).toBe(1);
      // The groups' weights as the projector and the report give them (60%), not as typed (60).
      const notes = await page.locator('.marks-card').first().locator('.marks-notes').innerText();
      expect(notes).toMatch(/县级领导：[\d.]+（权重 60%）/);
      expect(notes).toMatch(/群众代表：[\d.]+（权重 40%）/);
      await context.close();
    }
  });

  it('keeps the demo contest’s four criteria two cards to a row', async () => {
    const { id } = await runContest('demo', 3);
    for (const width of [1280, 1440]) {
      const { context, page } = await hostPage({ width, height: 900 }, `contest=${id}&tab=results`);
      await page.locator('.marks-card').nth(2).waitFor();
      expect(await marksProblems(page)).toEqual([]);
      const [a, b] = await Promise.all([0, 1].map((n) => page.locator('.marks-card').nth(n).boundingBox()));
      expect(a!.y).toBe(b!.y); // side by side
      await page.locator('.marks-card').first().scrollIntoViewIfNeeded();
      await screenshot(page, `host-results-demo-${width}`);
      await context.close();
    }
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`shows every Q&A tab, the filter and the timer buttons at 1280×720 (${lang})`, async () => {
      const made = (await api<Created>(server.url, 'POST', '/api/demo')).body;
      const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: made.id });
      clients.push(host);
      await ok(host.send('contest:start', {}));
      await ok(host.send('presenter:next', {}));
      await ok(host.send('timer:start', {})); // ❚❚ Pause: the widest first button
      const { context, page } = await hostPage({ width: 1280, height: 720 }, `contest=${made.id}&tab=run`, lang);
      await page.locator('.timer-controls').waitFor();
      await page.locator('.qa-tab').first().waitFor();
      await screenshot(page, `host-run-1280x720-${lang}`);
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        const panel = document.querySelector('.qa-panel')!.getBoundingClientRect();
        for (const el of document.querySelectorAll<HTMLElement>('.qa-head button')) {
          const r = el.getBoundingClientRect();
          if (r.left < panel.left || r.right > panel.right) out.push(`${el.textContent} outside the Q&A panel`);
          if (el.scrollWidth > el.clientWidth) out.push(`${el.textContent} clipped`);
          // What a click in the middle of it lands on.
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          if (!hit || !el.contains(hit)) out.push(`a click on ${el.textContent} lands on ${hit?.textContent}`);
        }
        const controls = document.querySelector('.timer-controls')!;
        const t = controls.getBoundingClientRect();
        for (const el of controls.querySelectorAll<HTMLElement>('button')) {
          const r = el.getBoundingClientRect();
          if (r.left < t.left - 0.5 || r.right > t.right + 0.5) out.push(`${el.textContent} past the timer's controls (${r.right} > ${t.right})`);
          if (el.scrollWidth > el.clientWidth) out.push(`${el.textContent} clipped`);
        }
        if (document.documentElement.scrollWidth > innerWidth) out.push('the page scrolls sideways');
        return out;
      });
      expect(problems).toEqual([]);
      // The last tab answers its click.
      await page.locator('.qa-tab[data-tab=comments]').click();
      await expect.poll(() => page.locator('.qa-tab[data-tab=comments]').getAttribute('aria-selected')).toBe('true');
      await page.locator('.qa-tab[data-tab=questions]').click();
      await context.close();
    });
  }

  /** The judge rows whose group drop-down cuts its chosen name, or whose title box is narrower than nine characters. */
  const judgeRowsCut = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLTableRowElement>('table[data-table=judges] tbody tr')].flatMap((tr) => {
        const select = tr.querySelector('select')!;
        const title = tr.querySelectorAll('input')[1]!;
        const style = getComputedStyle(select);
        const probe = document.createElement('span');
        probe.style.font = style.font;
        probe.style.position = 'absolute';
        probe.style.whiteSpace = 'pre';
        document.body.append(probe);
        probe.textContent = select.selectedOptions[0]?.textContent ?? '';
        // Room for the text: the box less its padding and the drop-down arrow (~20 px).
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        const need = probe.getBoundingClientRect().width;
        probe.textContent = '县人大常委会副主任';
        const titleNeed = probe.getBoundingClientRect().width;
        probe.remove();
        const out: string[] = [];
        if (need > room) out.push(`${select.value}: ${Math.round(need)} px in ${Math.round(room)}`);
        if (title.clientWidth < titleNeed) out.push(`title box ${title.clientWidth} px < ${Math.round(titleNeed)}`);
        return out;
      }),
    );

  it('gives a judge group’s name room for eight characters and its weight a narrow box', async () => {
    const fits = (page: Page) =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLTableElement>('table[data-table=groups] tbody tr')].map((tr) => {
          const [name, weight] = [...tr.querySelectorAll('input')];
          return { name: name!.value, fits: name!.scrollWidth <= name!.clientWidth, nameWidth: name!.clientWidth, weightWidth: weight!.clientWidth };
        }),
      );
    const { context, page } = await hostPage({ width: 1280, height: 720 }, 'new');
    const judgesPaste = page.locator('.paste-box', { has: page.locator('textarea[name=paste-judges]') });
    await judgesPaste.locator('textarea').fill('姓名\t职务\t组别\n张三\t局长\t县级领导\n李四\t副局长\t群众代表\n王五\t村民\t县级领导班子成员');
    await judgesPaste.getByRole('button', { name: '追加到列表' }).click();
    await expect.poll(() => page.locator('table[data-table=groups] tbody tr').count()).toBe(3);
    await page.locator('table[data-table=groups]').scrollIntoViewIfNeeded();
    await screenshot(page, 'host-setup-groups-1280');
    for (const row of await fits(page)) {
      expect(row.fits, `${row.name}: ${JSON.stringify(row)}`).toBe(true);
      expect(row.weightWidth).toBeLessThan(row.nameWidth);
    }
    // Each judge's 评委组 drop-down shows the whole name too (it cut 县级领导班子成 at 140 px),
    // and the title beside it keeps room for 县人大常委会副主任.
    expect(await judgeRowsCut(page)).toEqual([]);
    await context.close();

    // The same rows in a contest's 比赛设置 tab.
    const made = (await api<Created>(server.url, 'POST', '/api/demo')).body;
    const edit = await hostPage({ width: 1280, height: 720 }, `contest=${made.id}&tab=setup`);
    await edit.page.locator('table[data-table=groups] tbody tr').nth(1).waitFor();
    await edit.page.getByLabel('组名 1', { exact: true }).fill('县级领导班子成员');
    for (const row of await fits(edit.page)) {
      expect(row.fits, `${row.name}: ${JSON.stringify(row)}`).toBe(true);
      expect(row.weightWidth).toBeLessThan(row.nameWidth);
    }
    await edit.page.getByLabel('评委组 1', { exact: true }).selectOption('县级领导班子成员');
    expect(await judgeRowsCut(edit.page)).toEqual([]);
    await edit.page.locator('table[data-table=groups]').scrollIntoViewIfNeeded();
    await screenshot(edit.page, 'host-edit-groups-1280');
    await edit.context.close();
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`keeps a field's error above the judge pad's bar at 360×640 (${lang})`, async () => {
      const made = (await api<Created>(server.url, 'POST', '/api/contests', sixCriteria)).body;
      const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: made.id });
      clients.push(host);
      await ok(host.send('contest:start', {}));
      await ok(host.send('presenter:next', {}));
      await ok(host.send('scoring:open', {}));
      const { context, page } = await newPage(browser, 'phone');
      await page.setViewportSize({ width: 360, height: 640 });
      if (lang === 'en') await context.addInitScript(() => localStorage.setItem('leitai:lang', 'en'));
      await page.goto(made.judges[0]!.joinUrl.replace('http://leitai.test', server.url));
      const input = (i: number) => page.locator(`#jp-crit-${i}`);
      await input(0).waitFor();
      for (const [i, v] of ['18', '12.3', '14', '', '13.5', '14'].entries()) await input(i).fill(v);
      // The field in error just above the bar, where the thumb left it.
      await page.evaluate(() => {
        const field = document.querySelector('#jp-crit-1')!.getBoundingClientRect();
        const bar = document.querySelector('.jp-submit-bar')!.getBoundingClientRect();
        window.scrollBy(0, field.bottom - bar.top + 4);
      });
      await page.locator('.jp-submit-bar .jp-primary').tap();
      const problem = page.locator('#jp-crit-1-problem');
      await problem.waitFor();
      await page.waitForTimeout(300);
      await screenshot(page, `judge-invalid-360x640-${lang}`);
      await expect
        .poll(() =>
          page.evaluate(() => {
            const p = document.querySelector('#jp-crit-1-problem')!.getBoundingClientRect();
            const bar = document.querySelector('.jp-submit-bar')!.getBoundingClientRect();
            return p.top >= 0 && p.bottom <= bar.top;
          }),
        )
        .toBe(true);
      await context.close();
    });
  }

  it('keeps the contest list’s dates, times and row buttons on one line at 1440×900', async () => {
    // Long titles and 参赛对象 squeeze the columns, as a county's list does.
    for (const title of ['2026年第一季度乡镇党委书记抓基层党建工作述职评议擂台赛', '产业发展晒成绩擂台赛（对标演示）'])
      await api(server.url, 'POST', '/api/contests', { ...sixCriteria, title, date: '2022-04-20', tier: '乡镇（街道）党（工）委书记' });
    const { context, page } = await hostPage({ width: 1440, height: 900 }, '');
    await page.locator('.contest-table tr[data-contest]').first().waitFor();
    const broken = await page.evaluate(() => {
      const lines = (el: Element) => {
        const r = document.createRange();
        r.selectNodeContents(el);
        return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size;
      };
      const out: string[] = [];
      for (const table of document.querySelectorAll('.contest-table')) {
        const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
        for (const tr of table.querySelectorAll('tr[data-contest]')) {
          const cells = [...tr.children];
          for (const name of ['日期', '创建时间']) {
            const cell = cells[heads.indexOf(name)];
            if (cell && lines(cell) > 1) out.push(`${name}: ${cell.textContent}`);
          }
          const buttons = [...tr.querySelectorAll('.contest-actions button')].map((b) => Math.round(b.getBoundingClientRect().top));
          if (new Set(buttons).size > 1) out.push(`buttons on ${new Set(buttons).size} lines`);
        }
      }
      return out;
    });
    expect(broken).toEqual([]);
    await screenshot(page, 'host-contests-long-1440');
    await context.close();
  });
});
