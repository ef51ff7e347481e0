// One judge link cannot bury the host console or the report: comments per judge and presenter
// are capped, and a comment the host leaves out of the report is left out of it (and listed in
// the audit, with the reason). Over the real server with real clients.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENTS_PER_PRESENTER } from '../../shared/domain/limits.ts';
import type { HostView } from '../../shared/protocol/index.ts';
import { definition, type Created } from '../integration/fixtures.ts';
import { pdfPages, tmpPdf } from '../report/poppler.ts';
import { api, connect, HOST_TOKEN, startServer, tokenOf, type TestClient } from '../support/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let created: Created;
let host: TestClient;
let judges: TestClient[];
beforeAll(async () => {
  server = await startServer();
  created = (await api<Created>(server.url, 'POST', '/api/contests', definition)).body;
  host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
  judges = await Promise.all(created.judges.map((j) => connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) })));
  for (const type of ['contest:start', 'presenter:next', 'phase:qa'] as const) expect(await host.send(type, {})).toMatchObject({ ok: true });
});
afterAll(async () => {
  [host, ...judges].forEach((c) => c.close());
  await server.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const LONG = '刷'.repeat(1000);

describe('a judge link flooding comments', () => {
  it(`stores ${COMMENTS_PER_PRESENTER} per presenter and refuses the rest for good; the host view stays small`, async () => {
    const presenterId = (host.view as HostView).current!.presenterId;
    const before = JSON.stringify(host.view).length;
    const answers: string[] = [];
    for (let i = 0; i < 60; i++) {
      const ack = await judges[0]!.send('comment:add', { presenterId, text: `${i}${LONG}`.slice(0, 1000) });
      answers.push(ack.ok ? 'ok' : ack.code);
      if (!ack.ok && ack.code === 'rate_limited') await sleep(200);
    }
    expect(answers.filter((a) => a === 'ok')).toHaveLength(COMMENTS_PER_PRESENTER);
    // Past the cap: limit_reached (final; the pad shows why), or rate_limited while writing too fast.
    expect(answers.slice(COMMENTS_PER_PRESENTER).every((a) => a === 'limit_reached' || a === 'rate_limited')).toBe(true);
    expect(answers.filter((a) => a === 'limit_reached').length).toBeGreaterThan(30);
    const hv = await host.waitFor<HostView>((v) => v.role === 'host' && v.comments.length === COMMENTS_PER_PRESENTER);
    const after = JSON.stringify(hv).length;
    console.log(`[comment-flood] host view ${before} → ${after} characters after 60 comments of 1,000 characters`);
    // Three stored comments of 1,000 characters, and nothing more, whatever the link sends.
    expect(after - before).toBeLessThan(COMMENTS_PER_PRESENTER * 1200);
  });

  it('leaves a hidden comment out of the report body and lists it, with the reason, in the audit', async () => {
    const presenterId = (host.view as HostView).current!.presenterId;
    expect(await judges[1]!.send('comment:add', { presenterId, text: '这条点评写得很好，应当保留。' })).toMatchObject({ ok: true });
    expect(await judges[2]!.send('comment:add', { presenterId, text: '这是一条与汇报无关的刷屏内容。' })).toMatchObject({ ok: true });
    const hv = await host.waitFor<HostView>((v) => v.role === 'host' && v.comments.length === COMMENTS_PER_PRESENTER + 2);
    const junk = hv.comments.find((c) => c.text.startsWith('这是一条'))!;
    expect(await host.send('comment:hide', { commentId: junk.id, reason: '与汇报无关' })).toMatchObject({ ok: true });
    await host.waitFor<HostView>((v) => v.role === 'host' && v.comments.some((c) => c.id === junk.id && c.hidden?.reason === '与汇报无关'));

    const results = (await api<{ presenters: { presenterId: string; comments: { text: string }[] }[]; audit: { hiddenComments: { text: string; reason: string }[] } }>(server.url, 'GET', `/api/contests/${created.id}/results`)).body;
    const texts = results.presenters.find((p) => p.presenterId === presenterId)!.comments.map((c) => c.text);
    expect(texts).toContain('这条点评写得很好，应当保留。');
    expect(texts).not.toContain(junk.text);
    expect(results.audit.hiddenComments).toMatchObject([{ text: junk.text, reason: '与汇报无关' }]);

    const pdf = await fetch(`${server.url}/api/contests/${created.id}/report.pdf`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } });
    const pages = pdfPages(tmpPdf(Buffer.from(await pdf.arrayBuffer())));
    const audit = pages.findIndex((p) => p.includes('审计信息'));
    expect(audit).toBeGreaterThan(0);
    const flat = (p: string) => p.replace(/\s+/g, '');
    expect(pages.slice(0, audit).some((p) => flat(p).includes('这是一条与汇报无关'))).toBe(false);
    expect(pages.slice(0, audit).some((p) => flat(p).includes('这条点评写得很好'))).toBe(true);
    const auditText = flat(pages.slice(audit).join(''));
    expect(auditText).toContain('隐藏的点评');
    expect(auditText).toContain('这是一条与汇报无关的刷屏内容');
  });
});
