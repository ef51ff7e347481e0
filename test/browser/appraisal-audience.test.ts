// 民主测评 on a phone in real Chromium: the voter scans a slip's QR code (/watch#<id>&code=…),
// votes 满意, changes to 基本满意 before the round closes, and after the reveal reads the result
// with one 基本满意 ballot. A mistyped code is refused with the server's words, and the same
// phone can then type the right one. In the open electorate a phone fetches its own token; with
// voting at the end, one ballot carries every presenter.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, tokenOf, type TestClient } from '../support/server.ts';
import { commander, pageText, shot, type Created } from './screen-support.ts';

const definition = {
  title: '第二期村（社区）党组织书记擂台赛',
  criteria: [
    { name: '工作成效', max: 60 },
    { name: '汇报表现', max: 40 },
  ],
  judges: [{ name: '李明华' }, { name: '王建国' }, { name: '张丽' }],
  presenters: [
    { unit: '岔河乡', speaker: '杨春林' },
    { unit: '安居村', speaker: '李秀英' },
  ],
  appraisal: { preset: 'satisfaction', weight: 0.3, electorate: 'codes', opens: 'perPresenter' },
};

describe('the audience ballot on a phone', () => {
  let app: Awaited<ReturnType<typeof startBrowserServer>>;
  let browser: Browser;
  let created: Created;
  let host: TestClient;
  let judges: TestClient[];
  let codes: string[];
  const run = commander(() => host);
  const printed = (c: string) => `${c.slice(0, 4)}-${c.slice(4)}`;

  beforeAll(async () => {
    app = await startBrowserServer();
    browser = await launchBrowser();
    created = (await api<Created>(app.url, 'POST', '/api/contests', definition)).body;
    expect((await api(app.url, 'POST', `/api/contests/${created.id}/ballot-codes`, { count: 3 })).status).toBe(201);
    // The clear codes are printed only on the slips; the test reads them where the slips do.
    codes = app.contests.ballotCodes.all(created.id).map((c) => c.code);
    host = await connect(app.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
    judges = await Promise.all(created.judges.map((j) => connect(app.url, { role: 'judge', token: tokenOf(j.joinUrl) })));
    await run('contest:start', {});
    await run('presenter:next', { presenterId: 'p1' });
    await run('scoring:open', {}); // opens the hall's voting on p1 too
  });
  afterAll(async () => {
    for (const c of [host, ...(judges ?? [])]) c?.close();
    await browser?.close();
    await app?.close();
  });

  async function phone(url: string): Promise<Page> {
    const { page } = await newPage(browser, 'phone');
    page.setDefaultTimeout(10_000);
    await page.goto(url);
    return page;
  }
  const choice = (p: Page, name: string) => p.getByRole('radiogroup', { name: '岔河乡' }).getByRole('radio', { name, exact: true });

  it('refuses a wrong code with the server’s words, keeps the page watchable, and takes the right code', async () => {
    const p = await phone(`${app.url}/watch#${created.id}&code=ZZZZ-ZZZZ`);
    await p.getByRole('alert').filter({ hasText: '测评码无效' }).waitFor();
    // In the hall's language only: the server's "(unknown ballot code)" is for programs.
    expect(await p.getByRole('alert').filter({ hasText: '测评码无效' }).innerText()).not.toMatch(/[A-Za-z]/);
    expect(await pageText(p)).toContain('岔河乡'); // still following the contest
    await shot(p, 'audience-ballot-code');
    await p.getByLabel('输入测评票上的8位测评码').fill(codes[1]!.toLowerCase()); // any case, no dash
    await p.getByRole('button', { name: '确定' }).click();
    await choice(p, '满意').waitFor();
    expect(await pageText(p)).not.toContain('测评码无效');
  });

  it('votes from a slip’s link, changes the vote, and shows the result after the reveal', async () => {
    const p = await phone(`${app.url}/watch#${created.id}&code=${printed(codes[0]!)}`);
    await choice(p, '满意').waitFor();
    // The code left the address bar (a screenshot of the phone does not carry it).
    expect(p.url()).toBe(`${app.url}/watch#${created.id}`);
    const ballot = p.getByTestId('ballot');
    expect(await ballot.innerText()).toContain('凭测评码投票');

    await choice(p, '满意').click();
    await p.getByRole('button', { name: '提交', exact: true }).click();
    await expect.poll(() => ballot.innerText()).toContain('已提交 — 可在投票结束前修改');
    expect(await p.getByTestId('ballot-submitted').innerText()).toContain('您的选择：满意');
    await expect.poll(() => ballot.innerText()).toContain('已有 1 人投票');
    // No running distribution while voting is open, on any page that could show one.
    expect(await p.getByTestId('appraisal-result').count()).toBe(0);

    await choice(p, '基本满意').click();
    expect(await ballot.innerText()).toContain('修改尚未提交');
    await p.getByRole('button', { name: '提交', exact: true }).click();
    await expect.poll(() => p.getByTestId('ballot-submitted').innerText()).toContain('您的选择：基本满意');
    await shot(p, 'audience-ballot');

    // A reload keeps the code and the acknowledged choice.
    await p.reload();
    await expect.poll(() => p.getByTestId('ballot-submitted').innerText()).toContain('您的选择：基本满意');
    expect(await choice(p, '基本满意').getAttribute('aria-checked')).toBe('true');

    // The round closes: the ballot goes; the judges score and the host reveals.
    await run('appraisal:close', {});
    await expect.poll(() => ballot.count()).toBe(0);
    await Promise.all(judges.map((j, i) => run('score:submit', { presenterId: 'p1', values: [50 + i, 30 + i] }, j)));
    await run('scoring:reveal', {});

    const result = p.getByTestId('appraisal-result');
    await result.waitFor();
    const count = (name: string) => result.locator(`[data-option="${name}"] b`).innerText();
    expect([await count('满意'), await count('基本满意'), await count('不满意'), await count('不了解')]).toEqual(['0', '1', '0', '0']);
    const text = await result.innerText();
    expect(text).toContain('凭测评码投票');
    expect(text).toMatch(/满意率\s*100%/);
    expect(text).toMatch(/测评得分\s*80\.00/);
    // J = 82 (the mean of totals 80, 82, 84), S = 80 on the judges' 100: the line the server computed.
    expect(await p.getByTestId('appraisal-combined').innerText()).toBe('评委 82.00 × 70% + 测评 80.00 × 30% = 81.40');
    await shot(p, 'audience-appraisal-result');
  }, 60_000);

  it('gives each phone its own token in the open electorate and counts its ballot', async () => {
    const open = (await api<Created>(app.url, 'POST', '/api/contests', { ...definition, appraisal: { ...definition.appraisal, electorate: 'open' } })).body;
    const openHost = await connect(app.url, { role: 'host', token: HOST_TOKEN, contestId: open.id });
    try {
      for (const [type, payload] of [['contest:start', {}], ['presenter:next', { presenterId: 'p1' }], ['scoring:open', {}]] as const) await run(type, payload, openHost);
      const p = await phone(`${app.url}/watch#${open.id}`);
      expect(await p.getByTestId('ballot').innerText()).toContain('每台手机一票');
      await choice(p, '不满意').click();
      await p.getByRole('button', { name: '提交', exact: true }).click();
      await expect.poll(() => p.getByTestId('ballot-submitted').innerText()).toContain('您的选择：不满意');
      expect(await p.evaluate((id) => localStorage.getItem(`leitai:voter-token:${id}`), open.id)).toMatch(/^[\w-]+\.[\w-]+$/);
      const openJudges = await Promise.all(open.judges.map((j) => connect(app.url, { role: 'judge', token: tokenOf(j.joinUrl) })));
      await Promise.all(openJudges.map((j) => run('score:submit', { presenterId: 'p1', values: [50, 30] }, j)));
      openJudges.forEach((j) => j.close());
      await run('scoring:reveal', {}, openHost); // closes the voting on p1
      const result = p.getByTestId('appraisal-result');
      await result.waitFor();
      expect(await result.locator('[data-option="不满意"] b').innerText()).toBe('1');
      expect(await result.innerText()).toContain('每台手机一票');
    } finally {
      openHost.close();
    }
  }, 30_000);

  it('puts every presenter on one ballot at the end and shows all their results once it closes', async () => {
    const atEnd = (await api<Created>(app.url, 'POST', '/api/contests', { ...definition, appraisal: { ...definition.appraisal, opens: 'atEnd' } })).body;
    expect((await api(app.url, 'POST', `/api/contests/${atEnd.id}/ballot-codes`, { count: 1 })).status).toBe(201);
    const code = app.contests.ballotCodes.all(atEnd.id)[0]!.code;
    const h = await connect(app.url, { role: 'host', token: HOST_TOKEN, contestId: atEnd.id });
    const js = await Promise.all(atEnd.judges.map((j) => connect(app.url, { role: 'judge', token: tokenOf(j.joinUrl) })));
    try {
      await run('contest:start', {}, h);
      for (const id of ['p1', 'p2']) {
        await run('presenter:next', { presenterId: id }, h);
        await run('scoring:open', {}, h);
        await Promise.all(js.map((j) => run('score:submit', { presenterId: id, values: [50, 30] }, j)));
        await run('scoring:reveal', {}, h);
      }
      const p = await phone(`${app.url}/watch#${atEnd.id}&code=${code}`);
      // The ranking before the one ballot for all is the judges' alone, and says so.
      await p.getByTestId('judges-only').waitFor();
      expect(await p.getByTestId('judges-only').innerText()).toBe('民主测评尚未计入，以上暂为评委评分');
      await run('appraisal:open', {}, h);
      await choice(p, '满意').click();
      await p.getByRole('radiogroup', { name: '安居村' }).getByRole('radio', { name: '不了解' }).click();
      await p.getByRole('button', { name: '提交', exact: true }).click();
      await expect.poll(() => p.getByTestId('ballot-submitted').innerText()).toContain('岔河乡：满意；安居村：不了解');
      await run('appraisal:close', {}, h);
      await expect.poll(() => p.getByTestId('appraisal-result').count()).toBe(2);
      expect(await p.getByTestId('judges-only').count()).toBe(0);
      const [first, second] = [p.getByTestId('appraisal-result').nth(0), p.getByTestId('appraisal-result').nth(1)];
      expect(await first.locator('[data-option="满意"] b').innerText()).toBe('1');
      expect(await second.locator('[data-option="不了解"] b').innerText()).toBe('1');
      expect(await second.innerText()).toContain('无计分的测评票，按评委得分计'); // 不了解 is recorded, not counted
    } finally {
      [h, ...js].forEach((c) => c.close());
    }
  }, 40_000);
});
