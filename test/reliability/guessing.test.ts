// Guessing the host token (issue 12, item 6): one client used to try 1,200–1,500 tokens a second
// and found a 4-digit one in about a second. Now every client address gets 10 wrong host tokens
// (over HTTP and the socket handshake together) and is then refused for a minute, while the host
// on another address carries on as if nothing happened. Attackers come from their own loopback
// addresses (127.0.0.x), so each test starts with a clean slate and the host keeps 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Created } from '../integration/fixtures.ts';
import { closeAgents, handshakeFrom, requestFrom } from '../support/from-address.ts';
import { api, connect, HOST_TOKEN, startServer } from '../support/server.ts';
import { createContest } from './support/contest.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let created: Created;
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  server = await startServer();
  created = await createContest(server.url);
});
afterAll(async () => {
  closeAgents();
  await server?.close();
  console.log('[guessing]', JSON.stringify(figures));
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const round = (n: number) => Math.round(n * 10) / 10;

/** Wrong tokens as fast as `parallel` requests in flight allow, for `ms`; counts the answers. */
async function guessOverHttp(from: string, ms: number, parallel = 8) {
  const counts: Record<number, number> = {};
  let n = 0;
  const started = performance.now();
  let firstRefusalAt: number | null = null;
  while (performance.now() - started < ms) {
    const answers = await Promise.all(
      Array.from({ length: parallel }, () => requestFrom(from, `${server.url}/api/contests`, { headers: bearer(`guess-${String(n++).padStart(4, '0')}`) })),
    );
    for (const a of answers) {
      counts[a.status] = (counts[a.status] ?? 0) + 1;
      if (a.status === 429 && firstRefusalAt === null) firstRefusalAt = performance.now() - started;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { counts, seconds, sent: n, firstRefusalAt };
}

describe('guessing over HTTP', () => {
  it('checks 10 wrong tokens from one address, then refuses it (429 rate_limited) on every route, the right token too', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const run = await guessOverHttp('127.0.0.11', 1000);
      // Before: every guess was checked (401), ~1,200–1,500 a second. After: 10, then 429.
      figures.http = {
        sent: run.sent,
        checked: run.counts[401] ?? 0,
        refused: run.counts[429] ?? 0,
        sentPerSecond: round(run.sent / run.seconds),
        checkedPerSecond: round((run.counts[401] ?? 0) / run.seconds),
        firstRefusalMs: run.firstRefusalAt === null ? null : Math.round(run.firstRefusalAt),
      };
      expect(run.counts[401]).toBe(10);
      expect(run.counts[429]).toBe(run.sent - 10);

      // The right token from the throttled address is refused like a guess: answering it would
      // tell the attacker which of their guesses was right.
      for (const path of ['/api/contests', `/api/contests/${created.id}/access`, `/api/contests/${created.id}/results.csv`, `/api/contests/${created.id}/report.pdf`]) {
        const a = await requestFrom('127.0.0.11', server.url + path, { headers: bearer(HOST_TOKEN) });
        expect(a.status, path).toBe(429);
        expect(a.body, path).toMatchObject({ error: { code: 'rate_limited' } });
        expect(Number(a.headers['retry-after']), path).toBeGreaterThan(0);
      }
      // One line for the whole episode, naming the address, never the guesses.
      const lines = warn.mock.calls.map((c) => c.join(' ')).filter((l) => l.includes('127.0.0.11'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).not.toMatch(/guess-/);
    } finally {
      warn.mockRestore();
    }
  });

  it('never slows or refuses the host on another address while one is guessing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const latencies: number[] = [];
      let stop = false;
      const attacker = (async () => {
        while (!stop) await guessOverHttp('127.0.0.12', 100);
      })();
      for (let i = 0; i < 40; i++) {
        const t0 = performance.now();
        const res = await api(server.url, 'GET', '/api/contests');
        latencies.push(performance.now() - t0);
        expect(res.status).toBe(200);
        const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
        host.close();
      }
      stop = true;
      await attacker;
      latencies.sort((a, b) => a - b);
      figures.hostDuringAttack = { requests: latencies.length, p50Ms: round(latencies[20]!), maxMs: round(latencies.at(-1)!) };
    } finally {
      warn.mockRestore();
    }
  });
});

describe('guessing over the socket handshake', () => {
  it('answers 10 wrong host tokens unauthorized, then rate_limited — the right one too — while another address connects', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const codes: Record<string, number> = {};
      const started = performance.now();
      let sent = 0;
      while (performance.now() - started < 1000) {
        const batch = await Promise.all(
          Array.from({ length: 4 }, () => handshakeFrom(server.url, { role: 'host', token: `guess-${sent++}`, contestId: created.id }, { localAddress: '127.0.0.13' })),
        );
        for (const { outcome } of batch) {
          const code = outcome.connected ? 'connected' : (outcome.code ?? '?');
          codes[code] = (codes[code] ?? 0) + 1;
        }
      }
      const seconds = (performance.now() - started) / 1000;
      figures.handshake = { sent, codes, sentPerSecond: round(sent / seconds), checkedPerSecond: round((codes.unauthorized ?? 0) / seconds) };
      expect(codes.unauthorized).toBe(10);
      expect(codes.rate_limited).toBe(sent - 10);

      const right = await handshakeFrom(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id }, { localAddress: '127.0.0.13' });
      expect(right.outcome).toMatchObject({ connected: false, code: 'rate_limited' });
      // Judges and the audience on that address are not host logins and are not affected.
      const audience = await handshakeFrom(server.url, { role: 'audience', contestId: created.id }, { localAddress: '127.0.0.13' });
      expect(audience.outcome).toEqual({ connected: true });
      audience.socket.close();

      const other = await handshakeFrom(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id }, { localAddress: '127.0.0.14' });
      expect(other.outcome).toEqual({ connected: true });
      other.socket.close();
      expect(warn.mock.calls.filter((c) => c.join(' ').includes('127.0.0.13'))).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  });

  it('counts HTTP and handshake failures of one address together', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      for (let i = 0; i < 6; i++) expect((await requestFrom('127.0.0.15', `${server.url}/api/contests`, { headers: bearer(`mix-${i}`) })).status).toBe(401);
      for (let i = 0; i < 4; i++) {
        const { outcome } = await handshakeFrom(server.url, { role: 'host', token: `mix-s${i}`, contestId: created.id }, { localAddress: '127.0.0.15' });
        expect(outcome).toMatchObject({ connected: false, code: 'unauthorized' });
      }
      expect((await requestFrom('127.0.0.15', `${server.url}/api/contests`, { headers: bearer(HOST_TOKEN) })).status).toBe(429);
    } finally {
      warn.mockRestore();
    }
  });

  it('lets a host who mistyped a few times in: a right token clears the count', async () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 9; i++) expect((await requestFrom('127.0.0.16', `${server.url}/api/contests`, { headers: bearer(`typo-${i}`) })).status).toBe(401);
      expect((await requestFrom('127.0.0.16', `${server.url}/api/contests`, { headers: bearer(HOST_TOKEN) })).status).toBe(200);
    }
    // A request with no token guesses nothing and is not counted.
    for (let i = 0; i < 20; i++) expect((await requestFrom('127.0.0.16', `${server.url}/api/contests`)).status).toBe(401);
    expect((await requestFrom('127.0.0.16', `${server.url}/api/contests`, { headers: bearer(HOST_TOKEN) })).status).toBe(200);
  });
});
