// The Socket.IO door itself (issue 12, "also seen"): its answers carry the same security headers
// as the pages, and a browser handshake from a page of another origin is refused — unless the
// origin is the server's own address, PUBLIC_URL or one of ALLOWED_ORIGINS. Clients that send no
// Origin (Node, Python, curl) are not browsers and are let through.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandshakeAuth } from '../../shared/protocol/index.ts';
import type { Created } from '../integration/fixtures.ts';
import { handshakeFrom } from '../support/from-address.ts';
import { HOST_TOKEN, startServer, tempDir } from '../support/server.ts';
import { createContest } from './support/contest.ts';

const KIOSK = 'https://kiosk.example:8443';
let server: Awaited<ReturnType<typeof startServer>>;
let created: Created;
let own: string;

beforeAll(async () => {
  server = await startServer(tempDir(), { allowedOrigins: [KIOSK] });
  created = await createContest(server.url);
  own = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server?.close();
});

const SOCKET_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

describe('security headers on /socket.io/', () => {
  it('on a polling handshake, a polling error and an unknown session', async () => {
    const answers = [
      [200, await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`)],
      [400, await fetch(`${server.url}/socket.io/?EIO=4&transport=polling&sid=no-such-session`)],
      [400, await fetch(`${server.url}/socket.io/?EIO=4&transport=carrier-pigeon`)],
      [400, await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { method: 'PUT' })],
    ] as const;
    for (const [status, res] of answers) {
      expect(res.status, res.url).toBe(status);
      for (const [name, value] of Object.entries(SOCKET_HEADERS)) expect(res.headers.get(name), `${res.url} ${name}`).toBe(value);
    }
  });

  it('on the WebSocket upgrade (101)', async () => {
    const headers = await new Promise<http.IncomingHttpHeaders>((resolve, reject) => {
      const req = http.request(`${server.url}/socket.io/?EIO=4&transport=websocket`, {
        headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Key': Buffer.from('leitai-test-key!').toString('base64'), 'Sec-WebSocket-Version': '13' },
      });
      req.on('upgrade', (res, socket) => {
        socket.destroy();
        resolve(res.headers);
      });
      req.on('response', (res) => reject(new Error(`no upgrade: ${res.statusCode}`)));
      req.on('error', reject);
      req.end();
    });
    for (const [name, value] of Object.entries(SOCKET_HEADERS)) expect(headers[name], name).toBe(value);
  });
});

describe('Origin on the handshake', () => {
  const audience = (): HandshakeAuth => ({ role: 'audience', contestId: created.id });

  it.each([
    ['no Origin (Node, scripts)', undefined],
    ['the address it was reached on', 'own'],
    ['the same address behind TLS', 'own-https'],
    ['PUBLIC_URL', 'http://leitai.test'],
    ['PUBLIC_URL with its default port', 'http://leitai.test:80'],
    ['an ALLOWED_ORIGINS entry', KIOSK],
  ])('accepts %s', async (_what, origin) => {
    const o = origin === 'own' ? own : origin === 'own-https' ? own.replace('http:', 'https:') : origin;
    const { outcome, socket } = await handshakeFrom(server.url, audience(), o ? { origin: o } : {});
    socket.close();
    expect(outcome).toEqual({ connected: true });
  });

  it.each([
    ['another site', 'http://evil.example'],
    ['another port of the same host', 'http://127.0.0.1:1'],
    ['the allowed host on another port', 'https://kiosk.example'],
    ['an opaque origin (sandboxed frame, file:)', 'null'],
    ['a non-web scheme', 'chrome-extension://abcdef'],
  ])('refuses %s with forbidden, over WebSocket and polling', async (_what, origin) => {
    const rev = server.contests.get(created.id)!.state.rev;
    for (const transports of [['websocket'], ['polling']] as const) {
      const { outcome } = await handshakeFrom(server.url, audience(), { origin, transports: [...transports] });
      expect(outcome, `${origin} ${transports[0]}`).toMatchObject({ connected: false, code: 'forbidden' });
      if (!outcome.connected) expect(outcome.message).toContain('ALLOWED_ORIGINS');
    }
    expect(server.contests.get(created.id)!.state.rev).toBe(rev);
  });

  it('refuses the right host token from a foreign page before looking at it', async () => {
    const { outcome } = await handshakeFrom(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id }, { origin: 'http://evil.example' });
    expect(outcome).toMatchObject({ connected: false, code: 'forbidden' });
  });
});
