// The judge pad against a hurried thumb and a dropped Wi-Fi: a double tap on 提交评分 does not
// send unreviewed values, and a phone off the network says so across the pad.
import { describe, expect, it } from 'vitest';
import { screenshot, setNetwork } from '../support/browser.ts';
import { api } from '../support/server.ts';
import { definition, field, judgeBench } from './judge-support.ts';

const bench = judgeBench();

describe('judge pad: double taps and lost Wi-Fi', () => {
  it('ignores the second tap of a double tap on 提交评分: the sheet stays open and nothing is sent', async () => {
    const { id, host, joinUrl } = await bench.contest();
    await host.send('presenter:next', {});
    await host.send('scoring:open', {});
    const { page } = await bench.judgePage();
    await page.goto(joinUrl);
    for (const [name, v] of [['工作成效', '35'], ['创新亮点', '25'], ['汇报表现', '20']] as const) await field(page, name).fill(v);
    // The second tap of a double tap reaches 确认提交 as the sheet rises under the thumb (the QA's
    // Playwright dblclick did): here both taps in one go, the second on the sheet's button at once.
    const tapped = await page.evaluate(async () => {
      const submit = [...document.querySelectorAll('button')].find((b) => b.textContent === '提交评分')!;
      submit.click();
      await new Promise((r) => setTimeout(r, 20)); // the sheet is drawn, still rising
      const confirm = document.querySelector<HTMLButtonElement>('.jp-sheet .jp-primary');
      confirm?.click();
      return confirm !== null;
    });
    expect(tapped).toBe(true);
    await page.waitForTimeout(600);
    expect(await page.getByRole('dialog').count()).toBe(1);
    expect(await bench.submittedEvents(id)).toEqual([]);
    // A deliberate tap, once the sheet is up, sends.
    await page.getByRole('dialog').getByRole('button', { name: '确认提交' }).click();
    await expect.poll(async () => (await bench.submittedEvents(id)).map((e) => e.data.values)).toEqual([[35, 25, 20]]);
  });

  it('says across the pad that it is offline and that scores wait on the phone', async () => {
    const { host, joinUrl } = await bench.contest();
    await host.send('presenter:next', {});
    await host.send('scoring:open', {});
    const { context, page } = await bench.judgePage();
    await page.goto(joinUrl);
    await field(page, '工作成效').waitFor();
    const notice = page.getByTestId('offline-notice');
    expect(await notice.count()).toBe(0);
    await setNetwork(context, false);
    await expect.poll(() => notice.textContent()).toBe('网络已断开，正在重新连接……页面显示的可能不是最新状态；填写的评分保存在本机，联网后自动发送。');
    for (const [name, v] of [['工作成效', '30'], ['创新亮点', '20'], ['汇报表现', '20']] as const) await field(page, name).fill(v);
    await page.getByRole('button', { name: '提交评分' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认提交' }).click();
    await expect.poll(() => notice.textContent()).toContain('1 份评分保存在本机');
    await screenshot(page, 'judge-offline-notice');
    await setNetwork(context, true);
    await notice.waitFor({ state: 'detached', timeout: 8000 });
  });

  it('tells a judge before the start what they will score and that the sheet comes by itself', async () => {
    const made = (await api<{ judges: { joinUrl: string }[] }>(bench.url(), 'POST', '/api/contests', definition)).body;
    const { page } = await bench.judgePage();
    await page.goto(made.judges[0]!.joinUrl.replace('http://leitai.test', bench.url()));
    const card = page.getByTestId('before-start');
    await expect.poll(() => card.innerText()).toContain('比赛尚未开始，请稍候。');
    const text = await card.innerText();
    expect(text).toContain('评分细则：工作成效（40 分）、创新亮点（30 分）、汇报表现（30 分）。');
    expect(text).toContain('共 3 个汇报单位。');
    expect(text).toContain('评分表会自动出现在这里，无需刷新');
    await screenshot(page, 'judge-before-start');
  });
});
