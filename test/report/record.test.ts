// The official record says what happened (issue 13): a question the hall saw but nobody answered
// is reported as such, in the results document, the PDF and the XLSX. (That a final reads the same
// everywhere, with the contest's decimals, is decimals.test.ts.)
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack, PublicView } from '../../shared/protocol/index.ts';
import type { ResultsDocument } from '../../shared/results.ts';
import { api, connect, HOST_TOKEN, startServer, tokenOf } from '../support/server.ts';
import { pdfPages, tmpPdf } from './poppler.ts';

const definition = {
  title: '小数位测试',
  criteria: [{ name: '综合', max: 100 }],
  judges: [{ name: '甲' }, { name: '乙' }, { name: '丙' }],
  presenters: [{ unit: '一号单位', speaker: '张三' }],
  rules: { scoreStep: 0.1, decimals: 2, aggregation: { method: 'mean' } },
};

let server: Awaited<ReturnType<typeof startServer>>;
let id: string;
let results: ResultsDocument;
const get = async (file: string) => Buffer.from(await (await fetch(`${server.url}/api/contests/${id}/${file}`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } })).arrayBuffer());

beforeAll(async () => {
  server = await startServer();
  const created = (await api<{ id: string; screenUrl: string; judges: { joinUrl: string }[] }>(server.url, 'POST', '/api/contests', definition)).body;
  id = created.id;
  const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: id });
  const scr = await connect(server.url, { role: 'screen', token: tokenOf(created.screenUrl) });
  const judges = await Promise.all(created.judges.map((j) => connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) })));
  const ok = async (p: Promise<Ack>) => {
    const ack = await p;
    expect(ack, JSON.stringify(ack)).toMatchObject({ ok: true });
  };
  await ok(host.send('contest:start', {}));
  await ok(host.send('presenter:next', { presenterId: 'p1' }));
  for (const [i, text] of ['上屏未答', '从未上屏', '答复了', '上屏后撤下', '不采用'].entries()) await ok(judges[i % 3]!.send('question:ask', { presenterId: 'p1', text }));
  await ok(host.send('phase:qa', {}));
  await ok(host.send('question:show', { questionId: 'q3' }));
  await ok(host.send('question:answered', { questionId: 'q3' }));
  await ok(host.send('question:show', { questionId: 'q4' }));
  await ok(host.send('question:hide', {}));
  await ok(host.send('question:dismiss', { questionId: 'q5' }));
  await ok(host.send('question:show', { questionId: 'q1' }));
  // Scoring opens with q1 still on the screen, unanswered.
  await ok(host.send('scoring:open', {}));
  await host.waitFor((v) => v.role === 'host' && v.current?.phase === 'scoring');
  // 89 + 90 + 90.1 = 269.1; the mean is 89.7, which with 2 decimals reads 89.70.
  for (const [i, v] of [89, 90, 90.1].entries()) await ok(judges[i]!.send('score:submit', { presenterId: 'p1', values: [v] }));
  await ok(host.send('scoring:reveal', {}));
  // Read once the hall has seen the reveal.
  await scr.waitFor<PublicView>((v) => v.role === 'screen' && v.revealed.length === 1);
  results = (await api<ResultsDocument>(server.url, 'GET', `/api/contests/${id}/results`)).body;
  [host, scr, ...judges].forEach((c) => c.close());
}, 30_000);
afterAll(() => server?.close());

const EXPECTED = { q1: '已上屏，未答复', q2: '未上屏', q3: '已答复', q4: '已上屏，未答复', q5: '未采用' };

describe('a report whose timer never ran', () => {
  it('says 未计时, not 0:00 and 未超时', async () => {
    // The host went from presenter:next straight to Q&A: the report timer never started.
    const flat = pdfPages(tmpPdf(await get('report.pdf'))).join('').replace(/\s+/g, '');
    expect(flat).toMatch(/汇报用时未计时（限时\d+:\d\d）/);
    expect(flat).not.toContain('汇报用时0:00');
  });
});

describe('a question is reported as what became of it', () => {
  it('in the results document', () => {
    const qs = results.presenters[0]!.questions;
    expect(Object.fromEntries(qs.map((q) => [q.id, q.outcome]))).toEqual({ q1: 'shown_unanswered', q2: 'not_shown', q3: 'answered', q4: 'shown_unanswered', q5: 'dismissed' });
    expect(qs.find((q) => q.id === 'q4')!.firstShownAt).not.toBeNull();
  });

  it('in the PDF and the XLSX 问答 sheet', async () => {
    // pdftotext breaks the heading line apart, so compare without white space.
    const flat = pdfPages(tmpPdf(await get('report.pdf'))).join('').replace(/\s+/g, '');
    Object.values(EXPECTED).forEach((status, i) => expect(flat).toMatch(new RegExp(`问${i + 1}[^问]*·${status}`)));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await get('results.xlsx')) as unknown as ArrayBuffer);
    const qa = wb.getWorksheet('问答')!;
    const statuses: Record<string, string> = {};
    qa.eachRow((r, n) => n > 1 && r.getCell(3).value === '提问' && (statuses[String(r.getCell(4).value)] = String(r.getCell(9).value)));
    expect(statuses).toEqual(EXPECTED);
  });
});
