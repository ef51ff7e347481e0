// Corrections with a trail: a step back needs a reason, and every step back and every
// correction shows in the results document and in the printed report's audit section.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ack } from '../../shared/protocol/index.ts';
import type { ResultsDocument } from '../../shared/results.ts';
import { api, connect, startServer, tokenOf, HOST_TOKEN, type TestClient } from '../support/server.ts';
import { definition, type Created } from '../integration/fixtures.ts';
import { pdfPages, tmpPdf } from '../report/poppler.ts';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
});

describe('corrections with a trail', () => {
  it('refuses a step back without a reason, and lists every step back and correction in the results and the report', async () => {
    const server = await startServer();
    cleanup.push(() => server.close());
    const created = (await api<Created>(server.url, 'POST', '/api/contests', definition)).body;
    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
    const judges: TestClient[] = [];
    for (const j of created.judges) judges.push(await connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) }));
    cleanup.push(() => [host, ...judges].forEach((c) => c.close()));
    const ok = async (p: Promise<Ack>) => expect(await p).toMatchObject({ ok: true });

    for (const type of ['contest:start', 'presenter:next', 'phase:qa', 'scoring:open'] as const) await ok(host.send(type, {}));
    // No reason, or only spaces: refused over the socket and over HTTP, nothing stored.
    const bare = await host.raw('flow:back', { commandId: randomUUID() });
    expect(bare).toMatchObject({ ok: false, code: 'invalid' });
    expect(!bare.ok && bare.message).toMatch(/reason/);
    expect(await host.send('flow:back', { reason: '   ' })).toMatchObject({ ok: false, code: 'invalid' });
    const http = await api<Ack>(server.url, 'POST', `/api/contests/${created.id}/commands`, { type: 'flow:back', commandId: randomUUID() });
    expect(http.status).toBe(400);

    await ok(host.send('flow:back', { reason: '还有评委要提问' }));
    await ok(host.send('scoring:open', {}));
    for (const [i, j] of judges.entries()) await ok(j.send('score:submit', { presenterId: 'p1', values: [40 + i, 30] }));
    await ok(host.send('score:correct', { presenterId: 'p1', judgeId: 'j3', values: [45, 31], reason: '评委误填，按纸质评分表更正' }));
    await ok(host.send('scoring:reveal', {}));
    await ok(host.send('flow:back', { reason: '亮分前漏看了一张评分表' }));
    await ok(host.send('score:correct', { presenterId: 'p1', judgeId: 'j3', values: [46, 31], reason: '再次核对纸质评分表' }));
    await ok(host.send('scoring:reveal', {}));
    await ok(host.send('contest:finish', { force: true }));
    await ok(host.send('flow:back', { reason: '宣布前发现漏了一个单位' }));

    const results = (await api<ResultsDocument>(server.url, 'GET', `/api/contests/${created.id}/results`)).body;
    // Both corrections, also the first one the second replaced on the judge's marks.
    expect(results.audit.corrections).toEqual([
      { presenterId: 'p1', presenter: '双江街道', judgeId: 'j3', judge: '评委三', reason: '评委误填，按纸质评分表更正', at: expect.any(Number) },
      { presenterId: 'p1', presenter: '双江街道', judgeId: 'j3', judge: '评委三', reason: '再次核对纸质评分表', at: expect.any(Number) },
    ]);
    expect(results.audit.stepsBack).toEqual([
      { presenterId: 'p1', presenter: '双江街道', from: 'scoring', to: 'qa', reason: '还有评委要提问', at: expect.any(Number) },
      { presenterId: 'p1', presenter: '双江街道', from: 'revealed', to: 'scoring', reason: '亮分前漏看了一张评分表', at: expect.any(Number) },
      { presenterId: 'p1', presenter: '双江街道', from: 'finished', to: 'running', reason: '宣布前发现漏了一个单位', at: expect.any(Number) },
    ]);
    const times = [...results.audit.stepsBack.map((s) => s.at!), ...results.audit.corrections.map((c) => c.at)];
    for (const t of times) expect(Math.abs(t - Date.now())).toBeLessThan(60_000);

    // The printed report's audit page carries the same trail, reasons included.
    const res = await fetch(`${server.url}/api/contests/${created.id}/report.pdf`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } });
    expect(res.status).toBe(200);
    const pages = pdfPages(tmpPdf(Buffer.from(await res.arrayBuffer())), true);
    const audit = pages.find((p) => p.includes('审计信息') && p.includes('记录指纹（SHA-256）'))!;
    expect(audit).toMatch(/主持人更正\s+2\s*次/);
    expect(audit).toMatch(/流程回退\s+2\s*次；比赛结束后重新开放 1 次/);
    for (const reason of ['评委误填，按纸质评分表更正', '再次核对纸质评分表', '还有评委要提问', '亮分前漏看了一张评分表']) expect(audit).toContain(reason);
  });
});
