// The judge pad in real Chromium at phone size, against the real server: a host drives the show
// over a real socket, and we check what the judge sees and what the server ends up holding.
import { describe, expect, it } from 'vitest';
import { formatTimeOfDay } from '../../shared/format.ts';
import { screenshot, setNetwork } from '../support/browser.ts';
import { connect, tokenOf } from '../support/server.ts';
import { field, judgeBench, marksOf } from './judge-support.ts';

const bench = judgeBench();
const { contest, judgePage, submittedEvents } = bench;

describe('judge pad (评委打分端)', () => {
  it('tells a judge with a bad or reissued link what to do, in Chinese', async () => {
    const { page } = await judgePage();
    await page.goto(`${bench.url()}/judge#not-a-real-token`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('链接无效或已失效，请联系工作人员');
    // A link cut short before its token says the same (the page stayed blank). Dropping the '#…'
    // loads the page anew, so this is the page without a token speaking.
    await page.goto(`${bench.url()}/judge`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('链接无效或已失效，请联系工作人员');
    // The right link pasted into the same tab changes only the part after '#': it still opens the pad.
    const { joinUrl } = await contest();
    await page.goto(joinUrl);
    await expect.poll(() => page.getByTestId('judge-name').textContent()).toBe('李明华');
  });

  it('scores the presenter on stage on the grid, confirms, submits and amends', async () => {
    const { id, host, joinUrl } = await contest();
    await host.send('presenter:next', {});
    await host.send('timer:start', {});
    const { page } = await judgePage('America/Los_Angeles');
    await page.goto(joinUrl);

    await expect.poll(() => page.getByTestId('judge-name').textContent()).toBe('李明华');
    expect(await page.getByTestId('presenter-unit').textContent()).toBe('双江街道');
    expect(await page.getByTestId('presenter-speaker').textContent()).toContain('陈志强');
    expect(await page.getByTestId('phase').textContent()).toBe('汇报中');
    expect(await page.getByTestId('timer').textContent()).toMatch(/汇报计时[45]:\d\d/);
    expect(await page.getByTestId('connection').textContent()).toBe('在线');
    await screenshot(page, 'judge-waiting');

    await host.send('scoring:open', {});
    await field(page, '工作成效').waitFor();
    expect(await page.getByTestId('phase').textContent()).toBe('评分中');
    expect(await page.evaluate(() => (window as unknown as { buzz: unknown[] }).buzz.length)).toBe(1);

    // Steppers move on the 0.5 grid and stop at the maximum.
    const plus = page.getByRole('button', { name: '工作成效 加 0.5 分' });
    const minus = page.getByRole('button', { name: '工作成效 减 0.5 分' });
    await plus.click();
    expect(await field(page, '工作成效').inputValue()).toBe('0.5');
    await field(page, '工作成效').fill('39.5');
    await plus.click();
    expect(await field(page, '工作成效').inputValue()).toBe('40');
    expect(await plus.isDisabled()).toBe(true);
    await minus.click();
    expect(await field(page, '工作成效').inputValue()).toBe('39.5');

    // Off-grid and over-the-max values are flagged before anything is sent.
    const problem = page.getByTestId('criterion-0').getByRole('alert');
    await field(page, '工作成效').fill('36.3');
    expect(await problem.textContent()).toBe('须为 0.5 的整数倍');
    await field(page, '工作成效').fill('41');
    expect(await problem.textContent()).toBe('不能超过满分 40');
    await field(page, '工作成效').fill('36.5');
    expect(await problem.count()).toBe(0);
    await field(page, '创新亮点').fill('27');

    // The draft survives a reload.
    await page.reload();
    await field(page, '工作成效').waitFor();
    expect(await field(page, '工作成效').inputValue()).toBe('36.5');
    expect(await field(page, '创新亮点').inputValue()).toBe('27');

    // An empty field stops the submission and says so.
    await page.getByRole('button', { name: '提交评分' }).click();
    expect(await page.getByTestId('criterion-2').getByRole('alert').textContent()).toBe('请填写');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await field(page, '汇报表现').fill('18');
    expect(await page.getByTestId('live-total').textContent()).toBe('81.5');
    for (const width of [390, 360]) {
      await page.setViewportSize({ width, height: 844 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'judge-scoring');

    // The confirm sheet repeats every value; 返回修改 goes back with nothing sent.
    await page.getByRole('button', { name: '提交评分' }).click();
    const sheet = page.getByRole('dialog');
    expect(await sheet.getByTestId('confirm-values').textContent()).toMatch(/工作成效36\.5 \/ 40创新亮点27 \/ 30汇报表现18 \/ 30合计81\.5 \/ 100/);
    await sheet.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    await screenshot(page, 'judge-confirm');
    await sheet.getByRole('button', { name: '返回修改' }).click();
    expect(await sheet.count()).toBe(0);
    expect(await submittedEvents(id)).toHaveLength(0);
    await page.getByRole('button', { name: '提交评分' }).click();
    await sheet.getByRole('button', { name: '确认提交' }).click();

    await expect.poll(() => page.getByTestId('delivery').textContent()).toBe('✓已提交');
    expect(await page.getByTestId('submitted-values-total').textContent()).toBe('81.5');
    await marksOf(host, 'p1', [36.5, 27, 18]);
    // The phone is set to Los Angeles time: it still says the China time the report prints.
    const [sent] = await submittedEvents(id);
    expect(await page.locator('.jp-done-at').textContent()).toBe(`${formatTimeOfDay(sent!.at)} 提交`);
    await screenshot(page, 'judge-submitted');

    // While scoring is open the judge may amend; the last submission counts.
    await page.getByRole('button', { name: '修改' }).click();
    expect(await field(page, '工作成效').inputValue()).toBe('36.5');
    await page.getByRole('button', { name: '汇报表现 加 0.5 分' }).click();
    await page.getByRole('button', { name: '提交评分' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认提交' }).click();
    await marksOf(host, 'p1', [36.5, 27, 18.5]);
    await expect.poll(() => page.getByTestId('submitted-values-total').textContent()).toBe('82');

    // Locked, then revealed: the values stay visible, read-only.
    await host.send('scoring:lock', {});
    await expect.poll(() => page.getByTestId('phase').textContent()).toBe('评分已锁定');
    expect(await page.getByRole('button', { name: '修改' }).count()).toBe(0);
    await host.send('scoring:reveal', { allowMissing: true });
    await expect.poll(() => page.getByTestId('phase').textContent()).toBe('已亮分');
    expect(await page.getByTestId('submitted-values-total').textContent()).toBe('82');
  });

  it('keeps a score made offline on the phone and delivers it exactly once', async () => {
    const { id, host, joinUrl } = await contest();
    await host.send('presenter:next', {});
    await host.send('scoring:open', {});
    const { context, page } = await judgePage();
    await page.goto(joinUrl);
    await field(page, '工作成效').waitFor();

    await setNetwork(context, false);
    await expect.poll(() => page.getByTestId('connection').textContent()).toBe('离线');
    await field(page, '工作成效').fill('35');
    await field(page, '创新亮点').fill('25.5');
    await field(page, '汇报表现').fill('20');
    await page.getByRole('button', { name: '提交评分' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认提交' }).click();
    expect(await page.getByTestId('delivery').textContent()).toBe('↻待发送');
    await screenshot(page, 'judge-pending-offline');
    const key = `leitai:outbox:${tokenOf(joinUrl)}`;
    const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? '[]') as { commandId: string }[];
    expect(stored).toHaveLength(1);

    // The phone is closed while still offline; nothing has reached the server.
    await expect(page.reload()).rejects.toThrow();
    await page.close();
    expect(await submittedEvents(id)).toHaveLength(0);

    // Back on the Wi-Fi, the pad reopens, sends the kept score and shows it as submitted.
    await setNetwork(context, true);
    const again = await context.newPage();
    await again.goto(joinUrl);
    await expect.poll(() => again.getByTestId('delivery').textContent(), { timeout: 8000 }).toBe('✓已提交');
    await marksOf(host, 'p1', [35, 25.5, 20]);
    let events = await submittedEvents(id);
    expect(events.map((e) => e.commandId)).toEqual([stored[0]!.commandId]);
    expect(await again.evaluate((k) => localStorage.getItem(k), key)).toBeNull();

    // An ack lost on the way back: the phone resends the same command id; the server applies it once.
    await again.evaluate(([k, item]) => localStorage.setItem(k, JSON.stringify([item])), [key, stored[0]] as const);
    await again.reload();
    await expect.poll(() => again.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
    events = await submittedEvents(id);
    expect(events).toHaveLength(1);

    /** The next presenter on stage, scored on this phone while it is offline (kept, not yet sent). */
    const scoreNextOffline = async (values: [string, string, string]) => {
      await host.send('scoring:reveal', { allowMissing: true });
      await host.send('presenter:next', {});
      await host.send('scoring:open', {});
      await field(again, '工作成效').waitFor();
      await setNetwork(context, false);
      await expect.poll(() => again.getByTestId('connection').textContent()).toBe('离线');
      for (const [k, name] of (['工作成效', '创新亮点', '汇报表现'] as const).entries()) await field(again, name).fill(values[k]!);
      await again.getByRole('button', { name: '提交评分' }).click();
      await again.getByRole('dialog').getByRole('button', { name: '确认提交' }).click();
    };

    // A score kept offline while the host locks scoring is refused, and the judge is told why.
    await scoreNextOffline(['30', '20', '20']);
    await host.send('scoring:lock', {});
    await setNetwork(context, true);
    // What was typed stays on the phone, for the staff to enter (补录): nothing else holds it now.
    await expect
      .poll(() => again.getByTestId('refusal').textContent(), { timeout: 8000 })
      .toBe('提交未被接受：评分未开启或已锁定您填写的是：工作成效 30，创新亮点 20，汇报表现 20。如需计入，请把分数告知工作人员补录。');
    expect(await again.getByTestId('notice').textContent()).toBe('您未对本单位提交评分。');
    await screenshot(again, 'judge-refused-values');
    expect((await submittedEvents(id)).filter((e) => e.data.presenterId === 'p2')).toHaveLength(0);

    // A score kept offline while the host steps back out of scoring: the pad is back at the report
    // or Q&A, and says there that the score did not count; when scoring opens again it says what to do.
    await scoreNextOffline(['31', '21', '21']);
    expect(await host.send('flow:back', { reason: '汇报人需补充说明' })).toMatchObject({ ok: true });
    await setNetwork(context, true);
    const withdrawn = again.getByTestId('refusal').filter({ hasText: '主持人已收回评分' });
    await withdrawn.waitFor({ timeout: 8000 });
    expect(await withdrawn.textContent()).toContain('」的评分未被接受：主持人已收回评分（退回上一步），这份评分没有计入。重新开启评分后，请再次提交。');
    await host.send('scoring:open', {});
    await again.getByTestId('refusal').filter({ hasText: '您之前发送的评分未被接受（当时评分已收回或锁定），已为您填回，请核对后再次提交。' }).waitFor();
    expect(await withdrawn.count()).toBe(0);
    await field(again, '工作成效').waitFor();
    expect((await submittedEvents(id)).filter((e) => e.data.presenterId === 'p3')).toHaveLength(0);

    // A change to a score that counted, refused the same way: when scoring opens again the form
    // shows the change (a 已提交 card with the old values under "已为您填回" read as if it had
    // counted); 取消修改 keeps what counts.
    const fill = async (values: string[]) => {
      for (const [k, name] of (['工作成效', '创新亮点', '汇报表现'] as const).entries()) await field(again, name).fill(values[k]!);
      await again.getByRole('button', { name: '提交评分' }).click();
      await again.getByRole('dialog').getByRole('button', { name: '确认提交' }).click();
    };
    await fill(['32', '22', '22']);
    await expect.poll(() => again.getByTestId('submitted-values-total').textContent()).toBe('76');
    await setNetwork(context, false);
    await expect.poll(() => again.getByTestId('connection').textContent()).toBe('离线');
    await again.getByRole('button', { name: '修改' }).click();
    await fill(['35', '22', '22']);
    expect(await host.send('flow:back', { reason: '汇报人需补充说明' })).toMatchObject({ ok: true });
    await setNetwork(context, true);
    await withdrawn.waitFor({ timeout: 8000 });
    await host.send('scoring:open', {});
    await again.getByTestId('refusal').filter({ hasText: '已为您填回' }).waitFor();
    expect(await field(again, '工作成效').inputValue()).toBe('35');
    expect(await again.getByTestId('submitted-card').count()).toBe(0);
    await again.getByRole('button', { name: '取消修改' }).click();
    expect(await again.getByTestId('submitted-values-total').textContent()).toBe('76');
    expect((await submittedEvents(id)).filter((e) => e.data.presenterId === 'p3').map((e) => e.data.values)).toEqual([[32, 22, 22]]);
  });

  it('lists the judge’s own earlier scores and switches language', async () => {
    const { host, joinUrl } = await contest();
    const judge = await connect(bench.url(), { role: 'judge', token: tokenOf(joinUrl) });
    bench.closeLater(() => judge.close());
    for (const [pid, values] of [['p1', [38, 26, 27.5]], ['p2', [33.5, 22, 24]]] as const) {
      await host.send('presenter:next', {});
      await host.send('scoring:open', {});
      expect(await judge.send('score:submit', { presenterId: pid, values: [...values] })).toMatchObject({ ok: true });
      await host.send('scoring:reveal', { allowMissing: true });
    }
    // Staff re-enter the second from the paper sheet (补录/更正): the pad must not claim the phone sent it.
    expect(await host.send('score:correct', { presenterId: 'p2', judgeId: 'j1', values: [33.5, 22, 24], reason: '按纸质评分表更正' })).toMatchObject({ ok: true });
    await host.send('presenter:next', {});

    const { page } = await judgePage();
    await page.goto(joinUrl);
    const history = page.getByTestId('history');
    await history.waitFor();
    const rows = await history.getByRole('button').allTextContents();
    expect(rows[0]).toBe('双江街道陈志强91.5 分');
    expect(rows[1]).toContain('工作人员录入');
    await history.getByRole('button', { name: /双江街道/ }).click();
    expect(await history.textContent()).toMatch(/工作成效38 \/ 40创新亮点26 \/ 30汇报表现27\.5 \/ 30合计91\.5/);
    await screenshot(page, 'judge-history');

    await page.getByRole('button', { name: '语言 / Language' }).click();
    expect(await history.getByRole('heading').textContent()).toBe('My earlier scores');
    await page.reload();
    await expect.poll(() => page.getByTestId('history').getByRole('heading').textContent()).toBe('My earlier scores');
    await page.getByRole('button', { name: '语言 / Language' }).click();
    expect(await page.getByTestId('phase').textContent()).toBe('汇报中');

    // Once the contest is over the scoring card gives way to 本期擂台赛已结束: the last score moves into the list.
    await host.send('scoring:open', {});
    expect(await judge.send('score:submit', { presenterId: 'p3', values: [30, 20, 20] })).toMatchObject({ ok: true });
    await host.send('scoring:reveal', { allowMissing: true });
    await host.send('contest:finish', { force: true });
    await expect.poll(() => history.getByRole('button').count()).toBe(3);
    expect(await history.getByRole('button').nth(2).textContent()).toContain('70 分');
  });
});
