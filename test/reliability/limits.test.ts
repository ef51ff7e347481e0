// Limits a hostile or broken client runs into, on the real server — body and message sizes, the
// rate limits and the cut after repeated refusals, while everyone else carries on — and the
// security headers, with the Content-Security-Policy checked in real Chromium.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandshakeAuth, HostView } from '../../shared/protocol/index.ts';
import type { Created } from '../integration/fixtures.ts';
import { launchBrowser, sizes, startBrowserServer } from '../support/browser.ts';
import { api, connect, HOST_TOKEN, startServer, tokenOf } from '../support/server.ts';
import { fingerprint, scoringContest } from './support/contest.ts';
import { visit } from './support/csp-page.ts';
import { flood, garbageFlood, honestJudges, scoreFlood } from './support/flood.ts';
import { FuzzSocket } from './support/fuzz-socket.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let created: Created;
let presenterId: string;
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  server = await startServer();
  const s = await scoringContest(server.url);
  s.host.close();
  created = s.created;
  presenterId = s.presenterId;
});
afterAll(async () => {
  await server?.close();
  console.log('[limits]', JSON.stringify(figures));
});

const judge = (i: number): HandshakeAuth => ({ role: 'judge', token: tokenOf(created.judges[i]!.joinUrl) });
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('sizes', () => {
  it('answers an HTTP body over 256 kB with 413 in the error shape, on every route that takes one', async () => {
    const big = JSON.stringify({ title: 'x'.repeat(300 * 1024) });
    for (const [method, path] of [
      ['POST', '/api/contests'],
      ['PUT', `/api/contests/${created.id}`],
      ['POST', `/api/contests/${created.id}/commands`],
    ] as const) {
      const res = await api(server.url, method, path, big);
      expect(res.status, path).toBe(413);
      expect(res.body).toMatchObject({ error: { code: 'too_large' } });
    }
    // Just under the limit is read, and refused for what it says.
    const under = await api(server.url, 'POST', '/api/contests', JSON.stringify({ title: 'x'.repeat(250 * 1024) }));
    expect(under.status).toBe(400);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('drops a socket message over 64 KB (that connection only) and answers one just under it', async () => {
    const other = await connect(server.url, judge(1));
    const before = await fingerprint(server.url, created.id, other);
    const attacker = new FuzzSocket(server.url, judge(2));
    const [under] = await attacker.deliver([{ event: 'question:ask', args: [{ commandId: 'size-under-01', presenterId, text: 'x'.repeat(60 * 1024) }] }], 1);
    expect(under).toMatchObject({ answered: true, value: { ok: false, code: 'invalid' } }); // too long a question, but read
    const [over] = await attacker.deliver([{ event: 'question:ask', args: [{ commandId: 'size-over-001', presenterId, text: 'x'.repeat(66 * 1024) }] }], 1);
    expect(over).toMatchObject({ answered: false });
    expect([...attacker.drops.keys()]).toEqual(['transport close']);
    attacker.close();
    expect(other.socket.connected).toBe(true);
    expect(await other.send('score:submit', { presenterId, values: [40, 30] })).toMatchObject({ ok: true });
    const after = await fingerprint(server.url, created.id, other);
    expect(after.events).toBe(before.events + 1); // only the bystander's score
    other.close();
  });
});

describe('flooding', () => {
  it('rate-limits and cuts a flooding judge; the other judges’ acks stay fast', { timeout: 30_000 }, async () => {
    let stop!: () => void;
    const stopped = new Promise<void>((r) => (stop = r));
    const victims = honestJudges(server.url, [3, 4, 5, 6].map(judge), presenterId, 120, stopped);
    await sleep(300);
    const started = Date.now();
    const flooders = Promise.all([
      flood(server.url, judge(0), scoreFlood(presenterId), stopped),
      flood(server.url, { role: 'audience', contestId: created.id }, garbageFlood, stopped),
    ]);
    await sleep(4000);
    stop();
    const [[scores, garbage], honest] = await Promise.all([flooders, victims]);
    figures.flood = { scores, garbage, honest: { ...honest, refusals: honest.refusals.length } };
    // The flooders were answered rate_limited / invalid, and cut again and again.
    expect(scores.answers.rate_limited).toBeGreaterThan(0);
    expect(scores.cut).toBeGreaterThan(0);
    expect(garbage.cut).toBeGreaterThan(0);
    // However often it reconnected, one burst went through plus the refill: ≤ 30 + 10/s.
    expect(scores.connections).toBeGreaterThan(3);
    expect(scores.answers.ok ?? 0).toBeLessThanOrEqual(30 + 10 * ((Date.now() - started) / 1000));
    // Everyone else: every score accepted, and quickly.
    expect(honest.refusals).toEqual([]);
    // They kept submitting throughout: at least as often as if every ack had taken the p99 limit
    // (4 judges, 4 s, one send every 120 ms + its ack). A fixed count would measure the box.
    expect(honest.samples).toBeGreaterThanOrEqual(Math.floor((4 * 4000) / (120 + 500)));
    expect(honest.p99).toBeLessThan(500);
  });

  it('cuts a connection after 50 refusals within 10 s, and not before', async () => {
    const c = new FuzzSocket(server.url, judge(1));
    const garbage = Array.from({ length: 49 }, (_, i) => ({ event: 'score:submit', args: [{ commandId: `g-${i}`, values: 'x' }] }));
    // Garbage is `invalid` while the burst lasts, then `rate_limited`: both are refusals.
    const refusal = (o: unknown) => ['invalid', 'rate_limited'].includes((o as { value: { code: string } }).value.code);
    const first = await c.deliver(garbage, 1);
    expect(first.every((o) => o.answered && refusal(o))).toBe(true);
    await sleep(100);
    expect(c.drops.size).toBe(0);
    const [last] = await c.deliver([{ event: 'score:submit', args: [{ commandId: 'g-50', values: 'x' }] }], 1);
    expect(last!.answered && refusal(last)).toBe(true); // the 50th is still answered…
    await sleep(100);
    expect([...c.drops.keys()]).toEqual(['io server disconnect']); // …then the connection is closed
    c.close();
  });
});

describe('security headers', () => {
  const expected = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  };
  it('are on every page, asset, API answer and API error', async () => {
    const csp = (h: Headers) => h.get('content-security-policy') ?? '';
    const paths: [string, RequestInit?][] = [
      ['/healthz'],
      ['/api/contests', { headers: { authorization: `Bearer ${HOST_TOKEN}` } }],
      ['/api/contests'], // 401
      ['/api/nope', { headers: { authorization: `Bearer ${HOST_TOKEN}` } }], // 404
      [`/api/contests/nope/report.pdf`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } }], // 404 from the export router
      ['/api/contests', { method: 'POST', headers: { authorization: `Bearer ${HOST_TOKEN}`, 'content-type': 'application/json' }, body: '{' }], // 400
    ];
    for (const [path, init] of paths) {
      const res = await fetch(server.url + path, init);
      for (const [k, v] of Object.entries(expected)) expect(res.headers.get(k), `${path} ${k}`).toBe(v);
      expect(csp(res.headers), path).toContain("default-src 'self'");
      expect(csp(res.headers), path).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-powered-by'), path).toBeNull();
    }
    // Express's own 404 page for unknown non-API paths sets a stricter policy: nothing at all.
    const missing = await fetch(`${server.url}/no/such/page`);
    expect(csp(missing.headers)).toBe("default-src 'none'");
    for (const [k, v] of Object.entries(expected)) expect(missing.headers.get(k), k).toBe(v);
    const policy = csp((await fetch(`${server.url}/healthz`)).headers);
    figures.csp = policy;
    const directive = (name: string) => policy.split('; ').find((d) => d.startsWith(name + ' '));
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('style-src')).toBe("style-src 'self'");
    expect(directive('img-src')).toBe("img-src 'self' data:");
    expect(directive('connect-src')).toBe(`connect-src 'self' ws://${new URL(server.url).host} wss://${new URL(server.url).host}`);
    expect(policy).not.toContain('unsafe');
    // A Host header that could break out of the policy is not repeated in it.
    const { request } = await import('node:http');
    const odd = await new Promise<string>((resolve, reject) => {
      const req = request(`${server.url}/healthz`, { headers: { host: "evil.test; script-src *" } }, (res) => resolve(String(res.headers['content-security-policy'])));
      req.on('error', reject);
      req.end();
    });
    expect(odd).not.toContain('evil');
    expect(odd).toContain("connect-src 'self';");
  });
});

describe('the Content-Security-Policy in real Chromium', () => {
  it('lets the host, judge, screen and audience pages load, connect and work, with no violation', { timeout: 60_000 }, async () => {
    const app = await startBrowserServer();
    const browser = await launchBrowser();
    try {
      const s = await scoringContest(app.url);
      const links = s.created;
      const local = (u: string) => u.replace('http://leitai.test', app.url);
      const title = (page: Page) => page.getByText('书记擂台赛（测试）').first().waitFor({ timeout: 15_000 });
      const unit = (page: Page) => page.getByText('双江街道').first().waitFor({ timeout: 15_000 });
      const pages: [string, keyof typeof sizes, string, (p: Page) => Promise<unknown>][] = [
        ['host', 'laptop', `${app.url}/host#token=${HOST_TOKEN}&contest=${links.id}`, async (p) => (await title(p), unit(p))],
        // The judge pad does the whole round trip under the policy: enter, confirm, delivered.
        ['judge', 'phone', local(links.judges[0]!.joinUrl), async (p) => {
          await title(p);
          await p.getByRole('textbox', { name: '工作成效', exact: true }).fill('50');
          await p.getByRole('textbox', { name: '汇报表现', exact: true }).fill('35');
          await p.getByRole('button', { name: '提交评分' }).click();
          await p.getByRole('dialog').getByRole('button', { name: '确认提交' }).click();
          await p.getByText('✓已提交').waitFor({ timeout: 10_000 });
        }],
        ['screen', 'projector', local(links.screenUrl), async (p) => (await title(p), unit(p))],
        ['watch', 'phone', local(links.audienceUrl), async (p) => (await title(p), unit(p))],
      ];
      const seen: Record<string, number> = {};
      for (const [name, size, url, ready] of pages) {
        const r = await visit(browser, size, url, ready);
        expect(r.violations, name).toEqual([]);
        expect(r.consoleErrors.filter((m) => /Content Security Policy|Refused to/i.test(m)), name).toEqual([]);
        expect(r.pageErrors, name).toEqual([]);
        seen[name] = r.violations.length;
      }
      figures.cspViolations = seen;
      const hv = await s.host.waitFor<HostView>((v) => v.role === 'host' && Boolean(v.presenters[0]?.marks.j1));
      expect(hv.presenters[0]!.marks.j1!.values).toEqual([50, 35]);
      s.host.close();
    } finally {
      await browser.close();
      await app.close();
    }
  });
});
