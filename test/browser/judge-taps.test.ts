// The judge pad for a judge on their own: a phone off the network says so across the pad, and
// before the start the pad says what the evening asks of them.
import { describe, expect, it } from 'vitest';
import { screenshot, setNetwork } from '../support/browser.ts';
import { api } from '../support/server.ts';
import { definition, field, judgeBench } from './judge-support.ts';

const bench = judgeBench();

describe('judge pad: lost Wi-Fi and before the start', () => {
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
