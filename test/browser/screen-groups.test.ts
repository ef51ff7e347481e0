// The projector with the demo contest: a live draw of eight units, judge groups with weights
// at the reveal, a shared first place (并列擂主), and the L and M keys.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, tokenOf, type TestClient } from '../support/server.ts';
import { assertFits, commander, pageText, shot, type Created } from './screen-support.ts';

describe('projector screen with judge groups and a shared first place (the demo contest)', () => {
  let app: Awaited<ReturnType<typeof startBrowserServer>>;
  let browser: Browser;
  let created: Created;
  let host: TestClient;
  let judges: TestClient[];
  let page: Page;
  // Totals 85, 89, 76, 92 (县级领导) and 81, 85, 76 (群众代表); both presenters get the same.
  const values = [
    [35, 17, 16, 17],
    [36, 18, 17, 18],
    [30, 15, 15, 16],
    [38, 18, 18, 18],
    [33, 16, 16, 16],
    [34, 17, 17, 17],
    [31, 15, 15, 15],
  ];

  const run = commander(() => host);
  const scorePresenter = async () => {
    await run('presenter:next', {});
    await run('scoring:open', {});
    const id = host.view?.current?.presenterId ?? '';
    await Promise.all(judges.map((j, i) => run('score:submit', { presenterId: id, values: values[i]! }, j)));
    await run('scoring:reveal', {});
  };

  beforeAll(async () => {
    app = await startBrowserServer();
    browser = await launchBrowser();
    created = (await api<Created>(app.url, 'POST', '/api/demo')).body;
    host = await connect(app.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
    judges = await Promise.all(created.judges.map((j) => connect(app.url, { role: 'judge', token: tokenOf(j.joinUrl) })));
    page = (await newPage(browser, 'projector')).page;
  });
  afterAll(async () => {
    for (const c of [host, ...(judges ?? [])]) c?.close();
    await browser?.close();
    await app?.close();
  });

  it('animates a live draw of eight units before settling', async () => {
    await page.goto(`${app.url}/screen#${tokenOf(created.screenUrl)}`);
    await page.waitForSelector('[data-stage=welcome]');
    await run('contest:start', {});
    await run('order:draw', {});
    await page.waitForSelector('.order__row.is-spinning');
    await page.waitForSelector('[data-stage=order][data-settled=true]', { timeout: 8000 });
    expect(await page.locator('.order__row.is-settled').count()).toBe(8);
    await assertFits(page);
    await shot(page, 'screen-order-8');
  });

  it('reveals by group: each group with its weight, two marks struck per group', async () => {
    await scorePresenter();
    await page.waitForSelector('[data-stage=reveal][data-complete=true]', { timeout: 10000 });
    const text = await pageText(page);
    for (const s of ['县级领导', '群众代表', '权重 60%', '权重 40%', '组内得分']) expect(text).toContain(s);
    expect(await page.locator('.mark.is-dropped').count()).toBe(4);
    await assertFits(page);
    await shot(page, 'screen-reveal-groups');

    const ctx = await browser.newContext({ viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 });
    const small = await ctx.newPage();
    await small.goto(`${app.url}/screen#${tokenOf(created.screenUrl)}`);
    await small.waitForSelector('[data-stage=reveal][data-complete=true]');
    await assertFits(small);
    await shot(small, 'screen-reveal-groups-4x3');
    await ctx.close();
  });

  it('announces joint champions, and follows the L and M keys', async () => {
    await scorePresenter();
    await run('contest:finish', { force: true });
    await page.waitForSelector('[data-stage=final]');
    const banner = await page.getByTestId('champion').innerText();
    expect(banner).toContain('并列擂主');
    for (const id of host.view?.order.slice(0, 2) ?? []) expect(banner).toContain((await unitOf(app.url, created.id, id)) ?? '?');
    await page.waitForTimeout(1200);
    await shot(page, 'screen-final-shared');
    expect(await page.locator('.hint').count()).toBe(0); // the key hint has gone by itself

    await page.keyboard.press('l');
    expect(await page.getByTestId('champion').innerText()).toContain('Joint champions');
    await page.keyboard.press('l');
    await page.keyboard.press('m');
    await page.waitForSelector('.corner--muted');
    await page.reload();
    await page.waitForSelector('[data-stage=final]');
    expect(await page.locator('.corner--muted').innerText()).toBe('静音');
  });
});

async function unitOf(base: string, contestId: string, presenterId: string): Promise<string | undefined> {
  const doc = (await api<{ presenters: { presenterId: string; unit: string }[] }>(base, 'GET', `/api/contests/${contestId}/results`)).body;
  return doc.presenters.find((p) => p.presenterId === presenterId)?.unit;
}
