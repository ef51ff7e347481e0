// Who may do what, table-driven over every command (every key of Commands) and every identity,
// on the real server: the cells allowedRoles permits succeed or get a domain refusal, every other
// cell is `forbidden` and changes nothing; bad, revoked and foreign tokens never get a connection.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostTokenFor } from '../../server/config.ts';
import { LocalHostLogins } from '../../server/host-logins.ts';
import { seriesRouter } from '../../server/http/series.ts';
import { noticesRouter } from '../../server/http/notices.ts';
import { benchmarksRouter } from '../../server/http/benchmarks.ts';
import { honoursRouter } from '../../server/http/honours.ts';
import { CertificateStore } from '../../server/db/certificate-store.ts';
import { apiRouter } from '../../server/http/api.ts';
import { exportsRouter } from '../../server/http/exports.ts';
import { allowedRoles, commandTypes, type HandshakeAuth, type JudgeView } from '../../shared/protocol/index.ts';
import { definition, type Created } from '../integration/fixtures.ts';
import { freePort } from '../support/child.ts';
import { api, connect, GENEROUS_HOST_LOGINS, HOST_TOKEN, startServer, tempDir, tokenOf } from '../support/server.ts';
import { createContest, events, scoringContest } from './support/contest.ts';
import { handshakeError, sendAll, type Cell } from './support/identities.ts';
import { spawnLogged } from './support/logged-child.ts';
import { namesJudge, sampleOf } from './support/samples.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let a: Created;
let b: Created;
const counts = { commandCells: 0, allowed: 0, forbidden: 0, handshakeCells: 0 };

beforeAll(async () => {
  server = await startServer(tempDir(), { hostLoginLimit: GENEROUS_HOST_LOGINS });
  const s = await scoringContest(server.url);
  s.host.close();
  a = s.created;
  b = await createContest(server.url);
});
afterAll(async () => {
  await server?.close();
  console.log('[access]', JSON.stringify(counts));
});

const revOf = (id: string) => server.contests.get(id)!.state.rev;
const judgeAuth = (c: Created, i: number): HandshakeAuth => ({ role: 'judge', token: tokenOf(c.judges[i]!.joinUrl) });

describe('access control matrix', () => {
  it('every command × every identity: allowed cells succeed or get a domain refusal, the rest are forbidden', { timeout: 30_000 }, async () => {
    const all = commandTypes.map((type) => ({ type }));
    // Every sample passes its schema, so an `invalid` in an allowed cell is the domain's refusal.
    for (const { type } of all) expect(() => sampleOf(type, 'matrix-sample-check')).not.toThrow();
    /** A refused cell changed nothing, in the contest it was sent to or in the other one. */
    const denied = (cell: Cell) => {
      counts.commandCells++;
      counts.forbidden++;
      expect(cell.ack, `${cell.identity} ${cell.type} ${cell.note}`).toMatchObject({ ok: false, code: 'forbidden' });
      expect(cell.after, `${cell.identity} ${cell.type} ${cell.note}`).toBe(cell.before);
    };
    const allowedCell = (cell: Cell) => {
      counts.commandCells++;
      counts.allowed++;
      const code = cell.ack.ok ? null : cell.ack.code;
      expect(code, `${cell.identity} ${cell.type} ${cell.note}`).not.toBe('forbidden');
      expect(code, `${cell.identity} ${cell.type} ${cell.note}`).not.toBe('unauthorized');
    };
    const byRole = (role: 'host' | 'judge' | 'screen' | 'audience') => (cell: Cell) => (allowedRoles[cell.type].includes(role) ? allowedCell(cell) : denied(cell));
    /** Both contests' revisions and event counts: a refused cell must leave all four alone. */
    const probe = () => [a.id, b.id].map((c) => `${revOf(c)}:${server.contests.store.events(c).length}`).join(' ');

    // Screen and audience may send nothing at all.
    const revA = revOf(a.id);
    const revB = revOf(b.id);
    await sendAll(server.url, { role: 'screen', token: tokenOf(a.screenUrl) }, 'screen', all, byRole('screen'), probe);
    await sendAll(server.url, { role: 'audience', contestId: a.id }, 'audience', all, byRole('audience'), probe);
    expect(revOf(a.id)).toBe(revA);

    // A judge of contest B is bound to B by its token: nothing it sends can reach A.
    await sendAll(server.url, judgeAuth(b, 0), 'judge of B', all, byRole('judge'), probe);
    expect(revOf(a.id)).toBe(revA);
    // What it may do (ask a question in advance) landed in B, as B's judge j1.
    for (const e of (await events(server.url, b.id)).slice(revB)) expect((e as unknown as { actor: string }).actor).toBe('judge:j1');

    // Each judge of A: every command, then the three that name a judge, as themself and as another.
    for (let i = 0; i < a.judges.length; i++) {
      const me = `j${i + 1}`;
      const other = `j${((i + 1) % a.judges.length) + 1}`;
      const cells = [
        ...all,
        ...namesJudge.map((type) => ({ type, extra: { judgeId: me }, note: 'as themself' })),
        ...namesJudge.map((type) => ({ type, extra: { judgeId: other }, note: `naming ${other}` })),
      ];
      await sendAll(server.url, judgeAuth(a, i), me, cells, (cell) => (cell.note.startsWith('naming') ? denied(cell) : byRole('judge')(cell)), probe);
    }
    // Every judge's own marks went in under their own id, and nobody else's.
    const marks = (await events(server.url, a.id)).filter((e) => e.data.type === 'MarksSubmitted');
    expect(marks.length).toBeGreaterThanOrEqual(a.judges.length);
    for (const e of marks) expect((e as unknown as { actor: string }).actor).toBe(`judge:${e.data.judgeId}`);

    // Reissuing j7's link cuts the old connection at once; the old token is refused from then on.
    const old = await connect(server.url, judgeAuth(a, 6));
    const revoked = new Promise<{ reason: string; ms: number }>((resolve) => old.socket.on('disconnect', (reason) => resolve({ reason, ms: Date.now() - t0 })));
    const notice = new Promise<string>((resolve) => old.socket.on('session:revoked', (r) => resolve(r.reason)));
    const t0 = Date.now();
    const reissued = await api<{ joinUrl: string }>(server.url, 'POST', `/api/contests/${a.id}/judges/j7/reissue`);
    expect(reissued.status).toBe(200);
    expect(await notice).toContain('重新生成');
    const cut = await revoked;
    expect(cut.reason).toBe('io server disconnect');
    expect(cut.ms).toBeLessThan(500);
    expect(await handshakeError(server.url, judgeAuth(a, 6))).toMatchObject({ code: 'unauthorized' });
    const fresh = await connect(server.url, { role: 'judge', token: tokenOf(reissued.body.joinUrl) });
    expect((fresh.view as JudgeView).me.id).toBe('j7');
    fresh.close();
    await sendAll(server.url, { role: 'judge', token: tokenOf(reissued.body.joinUrl) }, 'j7 (new link)', all, byRole('judge'), probe);

    // The host last, because its commands move the show on.
    await sendAll(server.url, { role: 'host', token: HOST_TOKEN, contestId: a.id }, 'host', all, byRole('host'), probe);
    const judgeCells = (a.judges.length + 1) * commandTypes.length + a.judges.length * namesJudge.length * 2;
    expect(counts.commandCells).toBe(4 * commandTypes.length + judgeCells);
  });

  it('refuses the handshake of missing, unknown, revoked and foreign tokens', async () => {
    const screenA = tokenOf(a.screenUrl);
    const judgeB = tokenOf(b.judges[0]!.joinUrl);
    const cases: [string, unknown, string][] = [
      ['no auth at all', undefined, 'invalid'],
      ['judge without a token', { role: 'judge' }, 'invalid'],
      ['judge with an empty token', { role: 'judge', token: '' }, 'invalid'],
      ['host without a token', { role: 'host', contestId: a.id }, 'invalid'],
      ['unknown role', { role: 'admin', token: HOST_TOKEN }, 'invalid'],
      ['judge token with a contestId (to pick contest A)', { role: 'judge', token: judgeB, contestId: a.id }, 'invalid'],
      ['unknown judge token', { role: 'judge', token: 'A'.repeat(32) }, 'unauthorized'],
      ['unknown screen token', { role: 'screen', token: 'x' }, 'unauthorized'],
      ['wrong host token', { role: 'host', token: HOST_TOKEN + 'x', contestId: a.id }, 'unauthorized'],
      ["a judge's token as the host token", { role: 'host', token: tokenOf(a.judges[0]!.joinUrl), contestId: a.id }, 'unauthorized'],
      ["B's judge token as host of A", { role: 'host', token: judgeB, contestId: a.id }, 'unauthorized'],
      ["A's screen token as a judge", { role: 'judge', token: screenA }, 'unauthorized'],
      ["B's judge token as a screen", { role: 'screen', token: judgeB }, 'unauthorized'],
      ['audience of an unknown contest', { role: 'audience', contestId: 'nope' }, 'not_found'],
      ['host of an unknown contest', { role: 'host', token: HOST_TOKEN, contestId: 'nope' }, 'not_found'],
    ];
    for (const [what, auth, code] of cases) {
      const err = await handshakeError(server.url, auth);
      expect(err, what).toMatchObject({ code });
      expect(err!.message.length, what).toBeGreaterThan(0);
      counts.handshakeCells++;
    }
  });
});

describe('the host token on the HTTP API', () => {
  it('is required on every route of the API and export routers (enumerated from the routers themselves)', async () => {
    const deps = { contests: server.contests, series: server.series, benchmarks: server.benchmarks, hostToken: HOST_TOKEN, hostLogins: new LocalHostLogins(), publicUrl: () => 'http://leitai.test', revokeJudge: () => {} };
    type Stack = { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    const routes = [exportsRouter(deps), seriesRouter(deps), benchmarksRouter(deps), noticesRouter({ ...deps, notices: server.notices }).api, honoursRouter({ ...deps, certificates: new CertificateStore(server.forTests.db) }), apiRouter(deps)]
      .flatMap((r) => (r as unknown as Stack).stack.flatMap((l) => (l.route ? Object.keys(l.route.methods).map((m) => [m.toUpperCase(), l.route!.path] as const) : [])))
      // The 公示 page's data and objections are public by design (test/integration/notice.test.ts).
      .filter(([, route]) => !route.startsWith('/public/'));
    expect(routes.length).toBeGreaterThanOrEqual(14);
    const params: Record<string, string> = { id: a.id, judgeId: 'j1' };
    const before = { rev: revOf(a.id), contests: server.contests.all().length, link: tokenOf(a.judges[0]!.joinUrl) };
    const headers = [null, 'Bearer', 'Bearer wrong', `Bearer ${HOST_TOKEN}x`, `Bearer ${HOST_TOKEN.slice(1)}`, HOST_TOKEN, `Basic ${HOST_TOKEN}`, `Token ${HOST_TOKEN}`];
    let checked = 0;
    for (const [method, route] of routes) {
      // A new parameter name must be added here, or the test fails loudly.
      const path = '/api' + route.replace(/:(\w+)/g, (_, n: string) => params[n] ?? `<unknown param ${n}>`);
      expect(path, route).not.toContain('<unknown param');
      for (const authorization of headers) {
        const res = await fetch(server.url + path, {
          method,
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body: method === 'GET' ? undefined : JSON.stringify(method === 'POST' && route.endsWith('/commands') ? { type: 'scoring:lock', commandId: 'no-token-0001' } : definition),
        });
        expect(res.status, `${method} ${path} with ${authorization}`).toBe(401);
        expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
        checked++;
      }
    }
    // Nothing was created, reissued or commanded.
    expect({ rev: revOf(a.id), contests: server.contests.all().length, link: tokenOf(a.judges[0]!.joinUrl) }).toEqual(before);
    expect(await handshakeError(server.url, judgeAuth(a, 0))).toBeNull();
    console.log('[access] routes', routes.length, 'requests without a valid host token', checked);
  });

  it('compares the host token in constant time everywhere (sameSecret), never with ===', () => {
    const root = path.resolve(import.meta.dirname, '../../server');
    const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const f of files) {
      const src = fs.readFileSync(path.join(root, f), 'utf8');
      expect(src, f).not.toMatch(/hostToken\s*[!=]==?|[!=]==?\s*(deps\.|opts\.)?hostToken\b/);
    }
    // Secrets come from node:crypto only (Math.random is fine for the demo's simulated judges).
    for (const f of ['auth.ts', 'config.ts', 'db/token-store.ts']) expect(fs.readFileSync(path.join(root, f), 'utf8'), f).not.toMatch(/Math\.random/);
    // One check for HTTP and the handshake (auth.ts), which both routers use through hostOnly.
    expect(fs.readFileSync(path.join(root, 'auth.ts'), 'utf8')).toMatch(/sameSecret\(given, hostToken\)/);
    expect(fs.readFileSync(path.join(root, 'http/host-auth.ts'), 'utf8')).toMatch(/checkHostToken\(/);
    for (const f of ['http/api.ts', 'http/exports.ts']) expect(fs.readFileSync(path.join(root, f), 'utf8'), f).toMatch(/hostOnly\(deps\)/);
    expect(fs.readFileSync(path.join(root, 'auth.ts'), 'utf8')).toMatch(/timingSafeEqual\(sha\(given\), sha\(expected\)\)/);
  });
});

describe('link tokens', () => {
  it('are 192 bits from crypto.randomBytes, base64url, all different', async () => {
    const src = fs.readFileSync(path.resolve(import.meta.dirname, '../../server/db/token-store.ts'), 'utf8');
    const bytes = Number(/randomBytes\((\d+)\)\.toString\('base64url'\)/.exec(src)?.[1]);
    expect(bytes).toBeGreaterThanOrEqual(16); // ≥ 128 bits
    expect(src).toMatch(/import \{[^}]*randomBytes[^}]*\} from 'node:crypto'/);
    const tokens: string[] = [];
    for (const c of [a, b]) {
      const links = (await api<Created>(server.url, 'GET', `/api/contests/${c.id}/access`)).body;
      tokens.push(tokenOf(links.screenUrl), ...links.judges.map((j) => tokenOf(j.joinUrl)));
    }
    for (let i = 0; i < 20; i++) tokens.push(tokenOf((await api<{ joinUrl: string }>(server.url, 'POST', `/api/contests/${b.id}/judges/j2/reissue`)).body.joinUrl));
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{32}$/); // 32 × 6 = 192 bits
    expect(new Set(tokens).size).toBe(tokens.length);
    // The host token a fresh install generates is just as strong, and kept private.
    const dir = tempDir();
    const hostToken = hostTokenFor(dir, undefined);
    expect(hostToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(fs.statSync(path.join(dir, 'host-token')).mode & 0o077).toBe(0);
  });
});

describe('tokens in the server output', () => {
  it('no judge token is ever printed, through a contest with reissues, refusals and errors', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const proc = await spawnLogged(dir, port, HOST_TOKEN);
    try {
      // The contest that start-up created (the demo) and one made now.
      const demo = (await api<{ id: string }[]>(url, 'GET', '/api/contests')).body[0]!;
      const demoLinks = (await api<Created>(url, 'GET', `/api/contests/${demo.id}/access`)).body;
      const s = await scoringContest(url);
      const judgeTokens = new Set<string>([...demoLinks.judges, ...s.created.judges].map((j) => tokenOf(j.joinUrl)));
      const judges = await Promise.all(s.created.judges.map((_, i) => connect(url, judgeAuth(s.created, i))));
      for (const j of judges) expect(await j.send('score:submit', { presenterId: 'p1', values: [50, 35] })).toMatchObject({ ok: true });
      // Refusals and errors of every kind.
      expect(await judges[0]!.raw('score:submit', { commandId: 'bad', values: 'x' })).toMatchObject({ ok: false, code: 'invalid' });
      expect(await judges[1]!.raw('no:such-event', { token: tokenOf(s.created.judges[1]!.joinUrl) })).toMatchObject({ ok: false, code: 'invalid' });
      expect(await s.host.raw('presenter:absent', { commandId: 'proto-log-0001', presenterId: 'constructor' })).toMatchObject({ ok: false, code: 'not_found' });
      expect(await handshakeError(url, { role: 'judge', token: 'not-a-token' })).toMatchObject({ code: 'unauthorized' });
      expect((await fetch(`${url}/api/contests/%E0%A4%A/report.pdf`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } })).status).toBe(400);
      expect((await api(url, 'GET', '/api/contests', undefined, tokenOf(s.created.judges[2]!.joinUrl))).status).toBe(401);
      for (let i = 0; i < 60; i++) judges[3]!.socket.emit('view:get' as 'clock:ping', 'garbage' as never);
      // Two reissues of two judges: old and new tokens alike must stay out of the logs.
      for (const j of ['j1', 'j2', 'j1']) {
        const res = await api<{ joinUrl: string }>(url, 'POST', `/api/contests/${s.created.id}/judges/${j}/reissue`);
        judgeTokens.add(tokenOf(res.body.joinUrl));
      }
      const newScreen = tokenOf(s.created.screenUrl);
      judges.forEach((j) => j.close());
      s.host.close();
      await proc.stop();
      const out = proc.output();
      expect(judgeTokens.size).toBe(demoLinks.judges.length + s.created.judges.length + 3);
      for (const t of judgeTokens) expect(out.includes(t), `judge token ${t.slice(0, 4)}… printed`).toBe(false);
      expect(out.includes(newScreen)).toBe(false);
      // Intended: the start-up banner prints the host console URL (host token) and each existing
      // contest's screen URL (screen token) once, for the operator.
      expect(out.split(HOST_TOKEN).length - 1).toBe(1);
      expect(out.split(tokenOf(demoLinks.screenUrl)).length - 1).toBe(1);
      console.log('[access] log lines checked', out.split('\n').length, 'judge tokens absent', judgeTokens.size);
    } finally {
      await proc.stop();
    }
  });
});
