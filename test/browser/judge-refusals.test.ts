// What a judge is told about a score the server refused, once something else has happened to
// it: the staff entered the judge's marks (补录), or an earlier score of the judge's counted.
import { describe, expect, it } from 'vitest';
import { setNetwork } from '../support/browser.ts';
import { field, judgeBench } from './judge-support.ts';

const bench = judgeBench();

describe('judge pad: refused scores, later', () => {
  it('drops the notice once the staff have entered the refused marks (补录)', async () => {
    const { host, joinUrl } = await bench.contest();
    await host.send('presenter:next', {});
    await host.send('scoring:open', {});
    const { context, page } = await bench.judgePage();
    await page.goto(joinUrl);
    await field(page, '工作成效').waitFor();
    // Scored offline, and the host reveals without this judge (仍然亮分): refused when it arrives.
    await setNetwork(context, false);
    await expect.poll(() => page.getByTestId('connection').textContent()).toBe('离线');
    for (const [name, v] of [['工作成效', '30'], ['创新亮点', '20'], ['汇报表现', '20']] as const) await field(page, name).fill(v);
    await page.getByRole('button', { name: '提交评分' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认提交' }).click();
    expect(await host.send('scoring:reveal', { allowMissing: true })).toMatchObject({ ok: true });
    await setNetwork(context, true);
    const refusal = page.getByTestId('refusal');
    await expect.poll(() => refusal.textContent(), { timeout: 8000 }).toContain('如需计入，请把分数告知工作人员补录');

    expect(await host.send('score:correct', { presenterId: 'p1', judgeId: 'j1', values: [30, 20, 20], reason: '评委手机离线，亮分后按手机上的分数补录' })).toMatchObject({ ok: true });
    await expect.poll(() => page.getByTestId('delivery').textContent()).toContain('工作人员');
    expect(await refusal.count()).toBe(0);
    // Nor does it follow the judge to the next unit.
    await host.send('presenter:next', {});
    await host.send('scoring:open', {});
    await field(page, '工作成效').waitFor();
    expect(await refusal.count()).toBe(0);
  });

  it('says that an earlier score still counts when a change to it is refused', async () => {
    const { host, joinUrl } = await bench.contest();
    await host.send('presenter:next', {});
    await host.send('scoring:open', {});
    const { context, page } = await bench.judgePage();
    await page.goto(joinUrl);
    const fill = async (values: string[]) => {
      for (const [k, name] of (['工作成效', '创新亮点', '汇报表现'] as const).entries()) await field(page, name).fill(values[k]!);
      await page.getByRole('button', { name: '提交评分' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '确认提交' }).click();
    };
    await fill(['35', '26', '25.5']);
    await expect.poll(() => page.getByTestId('submitted-values-total').textContent()).toBe('86.5');
    await setNetwork(context, false);
    await expect.poll(() => page.getByTestId('connection').textContent()).toBe('离线');
    await page.getByRole('button', { name: '修改' }).click();
    await fill(['38', '26', '25.5']);
    expect(await host.send('scoring:reveal', { allowMissing: true })).toMatchObject({ ok: true });
    await setNetwork(context, true);
    const refusal = page.getByTestId('refusal');
    await expect
      .poll(() => refusal.textContent(), { timeout: 8000 })
      .toBe('提交未被接受：评分未开启或已锁定这次填写的是：工作成效 38，创新亮点 26，汇报表现 25.5，未计入；计入的仍是您之前提交的评分（合计 86.5）。如需更正，请告知工作人员。');
    expect(await page.getByTestId('submitted-values-total').textContent()).toBe('86.5');
  });
});
