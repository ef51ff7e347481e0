// Clients that come from another address. Linux routes the whole 127.0.0.0/8 to loopback, so
// binding a client to 127.0.0.23 makes the server see a different machine: enough to test what
// is counted per client address (failed host logins) without a second computer.
import http from 'node:http';
import { io, type ManagerOptions, type SocketOptions } from 'socket.io-client';
import type { ClientToServerEvents, HandshakeAuth, ServerToClientEvents } from '../../shared/protocol/index.ts';
import type { Socket } from 'socket.io-client';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

const agents = new Map<string, http.Agent>();
/** One keep-alive agent per local address, so a burst of requests reuses its connections. */
function agentFor(localAddress: string): http.Agent {
  let agent = agents.get(localAddress);
  if (!agent) agents.set(localAddress, (agent = new http.Agent({ keepAlive: true, maxSockets: 8, localAddress } as http.AgentOptions)));
  return agent;
}

/** An HTTP request from `localAddress`; the body is parsed as JSON when it is JSON. */
export function requestFrom(localAddress: string, url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? 'GET', headers: init.headers, agent: agentFor(localAddress) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        if (/json/.test(res.headers['content-type'] ?? '')) body = text ? (JSON.parse(text) as unknown) : null;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

export function closeAgents(): void {
  for (const a of agents.values()) a.destroy();
  agents.clear();
}

export type HandshakeOutcome = { connected: true } | { connected: false; message: string; code: string | undefined };

type Sock = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A real socket.io-client (WebSocket transport, which in Node can bind a local address and send
 * extra headers such as Origin). Resolves with the socket once connected or the connect_error.
 */
export function handshakeFrom(
  url: string,
  auth: HandshakeAuth,
  opts: { localAddress?: string; origin?: string; transports?: ('websocket' | 'polling')[] } = {},
): Promise<{ outcome: HandshakeOutcome; socket: Sock }> {
  // localAddress is passed through to the `ws` module but is missing from the client's types.
  const options: Partial<ManagerOptions & SocketOptions> & { localAddress?: string } = {
    auth,
    transports: opts.transports ?? ['websocket'],
    forceNew: true,
    reconnection: false,
    ...(opts.localAddress ? { localAddress: opts.localAddress } : {}),
    ...(opts.origin ? { extraHeaders: { origin: opts.origin } } : {}),
  };
  const socket: Sock = io(url, options);
  return new Promise((resolve) => {
    socket.once('connect', () => resolve({ outcome: { connected: true }, socket }));
    socket.once('connect_error', (e: Error & { data?: { code?: string } }) => {
      socket.close();
      resolve({ outcome: { connected: false, message: e.message, code: e.data?.code }, socket });
    });
  });
}
