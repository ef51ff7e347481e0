// The HTTP API: host token everywhere, field-naming validation errors, edits before the start,
// and reissued judge links that stop the old link at once.
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AccessLinks, ContestSummary, ErrorBody, JudgeLink, StoredContest, type JudgeView } from '../../shared/protocol/index.ts';
import { api, connect, startServer, tokenOf, HOST_TOKEN, TestClient } from '../support/server.ts';
import { definition, type Created } from './fixtures.ts';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
});

async function server() {
  const s = await startServer();
  cleanup.push(() => s.close());
  return s;
}

describe('HTTP API', () => {
  it('answers in the shapes shared/protocol/http.ts declares, which the host console parses', async () => {
    const s = await server();
    const created = await api(s.url, 'POST', '/api/contests', definition);
    const id = AccessLinks.parse(created.body).id;
    z.array(ContestSummary).parse((await api(s.url, 'GET', '/api/contests')).body);
    const stored = StoredContest.parse((await api(s.url, 'GET', `/api/contests/${id}`)).body);
    expect(stored.definition.judges.every((j) => /^j\d+$/.test(j.id))).toBe(true);
    AccessLinks.parse((await api(s.url, 'GET', `/api/contests/${id}/access`)).body);
    AccessLinks.parse((await api(s.url, 'PUT', `/api/contests/${id}`, stored.definition)).body);
    JudgeLink.parse((await api(s.url, 'POST', `/api/contests/${id}/judges/j2/reissue`)).body);
    const refused = await api(s.url, 'POST', '/api/contests', { ...definition, judges: [] });
    expect(ErrorBody.parse(refused.body).error.code).toBe('invalid');
  });

  it('answers health and requires the host token on every /api route', async () => {
    const s = await server();
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    const created = (await api<Created>(s.url, 'POST', '/api/contests', definition)).body;
    for (const [method, url] of [
      ['GET', '/api/contests'],
      ['POST', '/api/contests'],
      ['GET', `/api/contests/${created.id}/results`],
      ['GET', `/api/contests/${created.id}/events`],
      ['GET', `/api/contests/${created.id}/access`],
      ['PUT', `/api/contests/${created.id}`],
      ['POST', `/api/contests/${created.id}/judges/j1/reissue`],
    ]) {
      expect((await api(s.url, method!, url!, undefined, '')).status, `${method} ${url}`).toBe(401);
      expect((await api(s.url, method!, url!, undefined, 'wrong-token')).status, `${method} ${url}`).toBe(401);
    }
  });

  it('rejects inconsistent definitions with messages naming the field, and creates nothing', async () => {
    const s = await server();
    const bad = {
      ...definition,
      criteria: [{ name: '工作成效', max: 0 }, { name: '工作成效', max: 40 }],
      judges: [{ name: '评委一', group: '不存在的组' }, ...definition.judges],
      rules: { ...definition.rules, tieBreak: ['criterion:没有这项'] },
    };
    const res = await api<{ error: { code: string; issues: string[] } }>(s.url, 'POST', '/api/contests', bad);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid');
    const text = res.body.error.issues.join('\n');
    expect(text).toContain('criteria[0].max');
    expect(text).toContain('评分细则名称重复');
    expect(text).toContain('judges[0].group');
    expect(text).toContain('rules.tieBreak[0]');
    expect((await api(s.url, 'POST', '/api/contests', '{not json')).status).toBe(400);
    expect((await api<unknown[]>(s.url, 'GET', '/api/contests')).body).toEqual([]);
  });

  it('accepts the minimal definition with defaults', async () => {
    const s = await server();
    const res = await api<Created>(s.url, 'POST', '/api/contests', {
      title: '评比',
      criteria: [{ name: '总分', max: 100 }],
      judges: [{ name: '甲' }],
      presenters: [{ unit: '一号单位' }],
    });
    expect(res.status).toBe(201);
    const got = await api<{ definition: { rules: { aggregation: { method: string }; scoreStep: number } } }>(s.url, 'GET', `/api/contests/${res.body.id}`);
    expect(got.body.definition.rules.aggregation.method).toBe('trimmed');
    expect(got.body.definition.rules.scoreStep).toBe(0.5);
  });

  it('edits a contest before it starts, keeping links of judges who stay', async () => {
    const s = await server();
    const created = (await api<Created>(s.url, 'POST', '/api/contests', definition)).body;
    const second = await connect(s.url, { role: 'judge', token: tokenOf(created.judges[1]!.joinUrl) });
    const first = new TestClient(s.url, { role: 'judge', token: tokenOf(created.judges[0]!.joinUrl) });
    await first.connected();
    cleanup.push(() => second.close(), () => first.close());
    const revoked = new Promise((resolve) => first.socket.on('session:revoked', resolve));
    // Remove 评委一, sent without ids as clients before ids did: the others are matched by name
    // and keep their ids and links; only 评委一's link is cut.
    const edited = { ...definition, judges: definition.judges.slice(1) };
    const res = await api<Created>(s.url, 'PUT', `/api/contests/${created.id}`, edited);
    expect(res.status).toBe(200);
    expect(res.body.judges.map((j) => j.id)).toEqual(['j2', 'j3', 'j4', 'j5', 'j6', 'j7']);
    expect(res.body.judges[0]!.joinUrl).toBe(created.judges[1]!.joinUrl);
    await revoked;
    const kept = await second.waitFor<JudgeView>((v) => v.role === 'judge' && v.me.id === 'j2');
    expect(kept.me.name).toBe('评委二');
    expect(second.socket.connected).toBe(true);
    // After the start, edits are refused.
    const host = await connect(s.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
    cleanup.push(() => host.close());
    await host.send('contest:start', {});
    expect((await api(s.url, 'PUT', `/api/contests/${created.id}`, edited)).status).toBe(409);
  });

  it('keeps ids and links through renames and reorders, and never gives a removed judge\'s id to someone else', async () => {
    const s = await server();
    const created = (await api<Created>(s.url, 'POST', '/api/contests', definition)).body;
    const stored = (await api<{ definition: { judges: { id: string; name: string; title: string; group?: string }[] } }>(s.url, 'GET', `/api/contests/${created.id}`)).body.definition;
    expect(stored.judges.map((j) => j.id)).toEqual(['j1', 'j2', 'j3', 'j4', 'j5', 'j6', 'j7']);
    const seventh = await connect(s.url, { role: 'judge', token: tokenOf(created.judges[6]!.joinUrl) });
    const second = await connect(s.url, { role: 'judge', token: tokenOf(created.judges[1]!.joinUrl) });
    cleanup.push(() => seventh.close(), () => second.close());
    const cut = new Promise((resolve) => seventh.socket.on('session:revoked', resolve));
    // 评委二 renamed and moved to the end; 评委七 removed; a new judge without an id.
    const [one, two, ...rest] = stored.judges;
    const judges = [one!, ...rest.slice(0, 4), { ...two!, name: '评委二（更名）' }, { name: '新评委', group: '群众代表' }];
    const res = await api<Created>(s.url, 'PUT', `/api/contests/${created.id}`, { ...definition, judges });
    expect(res.status).toBe(200);
    expect(res.body.judges.map((j) => j.id)).toEqual(['j1', 'j3', 'j4', 'j5', 'j6', 'j2', 'j8']);
    expect(res.body.judges.find((j) => j.id === 'j2')!.joinUrl).toBe(created.judges[1]!.joinUrl);
    await cut;
    const renamed = await second.waitFor<JudgeView>((v) => v.role === 'judge' && v.me.name === '评委二（更名）');
    expect(renamed.me.id).toBe('j2');
    // The new judge's link works and is theirs.
    const fresh = await connect(s.url, { role: 'judge', token: tokenOf(res.body.judges[6]!.joinUrl) });
    cleanup.push(() => fresh.close());
    expect((fresh.view as JudgeView).me).toMatchObject({ id: 'j8', name: '新评委' });
    // Removing the new judge and adding another again gives j9, never j8 or j7 again.
    const again = await api<Created>(s.url, 'PUT', `/api/contests/${created.id}`, { ...definition, judges: [...judges.slice(0, 6), { name: '再一位', group: '群众代表' }] });
    expect(again.body.judges.map((j) => j.id)).toEqual(['j1', 'j3', 'j4', 'j5', 'j6', 'j2', 'j9']);
  });

  it('reissues a judge link: the old one is cut at once and cannot reconnect', async () => {
    const s = await server();
    const created = (await api<Created>(s.url, 'POST', '/api/contests', definition)).body;
    const oldToken = tokenOf(created.judges[2]!.joinUrl);
    const old = await connect(s.url, { role: 'judge', token: oldToken });
    cleanup.push(() => old.close());
    const cut = new Promise((resolve) => old.socket.on('disconnect', resolve));
    const res = await api<{ joinUrl: string }>(s.url, 'POST', `/api/contests/${created.id}/judges/j3/reissue`);
    expect(res.status).toBe(200);
    expect(tokenOf(res.body.joinUrl)).not.toBe(oldToken);
    await cut;
    const again = new TestClient(s.url, { role: 'judge', token: oldToken });
    cleanup.push(() => again.close());
    await expect(again.connected()).rejects.toMatchObject({ data: { code: 'unauthorized' } });
    const fresh = await connect(s.url, { role: 'judge', token: tokenOf(res.body.joinUrl) });
    cleanup.push(() => fresh.close());
    expect((fresh.view as JudgeView).me.name).toBe('评委三');
  });

  it('drives the same pipeline through POST /commands', async () => {
    const s = await server();
    const created = (await api<Created>(s.url, 'POST', '/api/contests', definition)).body;
    const ok = await api(s.url, 'POST', `/api/contests/${created.id}/commands`, { type: 'contest:start', commandId: 'http-cmd-0001' });
    expect(ok).toMatchObject({ status: 200, body: { ok: true } });
    const dup = await api(s.url, 'POST', `/api/contests/${created.id}/commands`, { type: 'contest:start', commandId: 'http-cmd-0001' });
    expect(dup.body).toMatchObject({ ok: true, duplicate: true });
    const bad = await api(s.url, 'POST', `/api/contests/${created.id}/commands`, { type: 'score:submit', commandId: 'http-cmd-0002', presenterId: 'p1', values: [1, 1] });
    expect(bad).toMatchObject({ status: 403, body: { ok: false, code: 'forbidden' } });
    const refused = await api(s.url, 'POST', `/api/contests/${created.id}/commands`, { type: 'contest:start', commandId: 'http-cmd-0003' });
    expect(refused).toMatchObject({ status: 409, body: { ok: false, code: 'wrong_state' } });
    expect((await api(s.url, 'GET', '/api/nothing-here')).body).toMatchObject({ error: { code: 'not_found' } });
  });
});
