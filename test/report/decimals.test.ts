// One value, one reading: with 保留小数位 = 2 a final of 89.7 is "89.70" in the public view's
// terms, the CSV, the XLSX (a number formatted 0.00, so Excel still sums it) and the PDF, as on
// the projector and the host (test/browser/screen.test.ts, host.test.ts). Before, the PDF said
// 89.70 while everything else said 89.7.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack, PublicView } from '../../shared/protocol/index.ts';
import type { ResultsDocument } from '../../shared/results.ts';
import { api, connect, startServer, tokenOf, HOST_TOKEN } from '../support/server.ts';
import { parseCsv } from './helpers.ts';
import { pdfPages, tmpPdf } from './poppler.ts';

const definition = (decimals: number) => ({
  title: '小数位数',
  criteria: [
    { name: '工作成效', max: 60 },
    { name: '汇报表现', max: 40 },
  ],
  judges: [{ name: '评委一' }],
  presenters: [{ unit: '双江街道', speaker: '陈志强' }],
  rules: { scoreStep: 0.1, decimals, aggregation: { method: 'mean' } },
});

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.close());

async function play(decimals: number) {
  const created = (await api<{ id: string; judges: { joinUrl: string }[] }>(server.url, 'POST', '/api/contests', definition(decimals))).body;
  const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
  const judge = await connect(server.url, { role: 'judge', token: tokenOf(created.judges[0]!.joinUrl) });
  const ok = async (p: Promise<Ack>) => expect(await p).toMatchObject({ ok: true });
  await ok(host.send('contest:start', {}));
  await ok(host.send('presenter:next', { presenterId: 'p1' }));
  await ok(host.send('scoring:open', {}));
  await host.waitFor((v) => v.role === 'host' && v.current?.phase === 'scoring');
  await ok(judge.send('score:submit', { presenterId: 'p1', values: [50, 39.7] }));
  await ok(host.send('scoring:reveal', {}));
  await ok(host.send('contest:finish', {}));
  const screen = await connect(server.url, { role: 'audience', contestId: created.id });
  const view = (await screen.waitFor((v) => v.role === 'audience')) as PublicView;
  [host, judge, screen].forEach((c) => c.close());
  const get = async (file: string) => Buffer.from(await (await fetch(`${server.url}/api/contests/${created.id}/${file}`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } })).arrayBuffer());
  return { id: created.id, view, get };
}

describe.each([
  { decimals: 2, text: '89.70', numFmt: '0.00' },
  { decimals: 0, text: '90', numFmt: '0' },
])('a final with 保留小数位 = $decimals', ({ decimals, text, numFmt }) => {
  let played: Awaited<ReturnType<typeof play>>;
  beforeAll(async () => {
    played = await play(decimals);
  }, 20_000);

  it('is the number itself in /results and carries its decimals in the public view', async () => {
    const results = (await api<ResultsDocument>(server.url, 'GET', `/api/contests/${played.id}/results`)).body;
    expect(results.presenters[0]!.final).toBe(Number(text));
    expect(played.view.contest.decimals).toBe(decimals);
    expect(played.view.ranking[0]!.final).toBe(Number(text));
  });

  it(`reads ${text} in the CSV`, async () => {
    const [header, first] = parseCsv((await played.get('results.csv')).toString('utf8').slice(1));
    expect(first![header!.indexOf('最终得分')]).toBe(text);
    expect(first![header!.indexOf('扣分前得分')]).toBe(text);
    expect(first![header!.indexOf('评委总分')]).toBe('89.7'); // a judge's own total is as entered
  });

  it(`is a number formatted ${numFmt} in the XLSX`, async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await played.get('results.xlsx')) as unknown as ArrayBuffer);
    for (const name of ['排名', '评分明细']) {
      const ws = wb.getWorksheet(name)!;
      const col = (ws.getRow(1).values as unknown[]).indexOf('最终得分');
      const cell = ws.getRow(2).getCell(col);
      expect(cell.value, name).toBe(Number(text));
      expect(cell.numFmt, name).toBe(numFmt);
    }
  });

  it(`reads ${text} in the PDF`, async () => {
    const pages = pdfPages(tmpPdf(await played.get('report.pdf'))).join('\n');
    expect(pages).toContain(`最终得分 ${text}`);
  });
});
