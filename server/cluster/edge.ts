// An edge process (`npm run edge`): serves the pages and Socket.IO for audience and screen
// sockets, with no database. Everything it cannot know — who a handshake is, the current view,
// what a command does — it asks the authority through the adapter (messages.ts), under a timeout,
// and a socket whose answer does not come gets a typed refusal instead of waiting for ever. A
// voter's ballot code is claimed at the authority at the handshake (edge-claims.ts).
import express from 'express';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { commandTypes, ErrorCode, HandshakeAuth } from '../../shared/protocol/index.ts';
import type { IO, Sock } from '../channels.ts';
import { clientPages, compressed } from '../http/client-pages.ts';
import { securityHeaders, SOCKET_HEADERS } from '../http/security.ts';
import { originAllowed } from '../origins.ts';
import { LIMITS, RateLimiter } from '../rate-limit.ts';
import { EdgeClaims } from './edge-claims.ts';
import { ANSWER, CLUSTER_VERSION, EdgeAnswer, EdgeErrorCode, Envelope, JoinAnswer, REQUEST, versionMismatch, type EdgeAsk, type EdgeRequest } from './messages.ts';
import { clusterAdapter, connectRedis, surviveRedisOutages } from './redis.ts';

export interface EdgeOptions {
  port: number;
  host?: string;
  redisUrl: string;
  publicUrl?: string;
  allowedOrigins?: string[];
  clientDir?: string;
  /** How long a socket waits for the authority before a typed `unavailable` answer. */
  requestTimeoutMs?: number;
}

type Refusal = Error & { data?: { code: string } };
const refusal = (message: string, code: string): Refusal => Object.assign(new Error(message), { data: { code } });
const unavailable = { ok: false, code: EdgeErrorCode.Unavailable, message: '暂时连不上主服务器，请稍候重试 (the main server is unreachable; retry shortly)' } as const;

export async function startEdge(opts: EdgeOptions) {
  const edge = randomUUID();
  const timeoutMs = opts.requestTimeoutMs ?? 3000;
  const redis = connectRedis(opts.redisUrl, 'edge');
  surviveRedisOutages();
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use(compressed());
  // An authority of another version (an upgrade half done) answers every phone with a refusal:
  // this edge is then unhealthy (503), so a load balancer sends phones to edges that can serve.
  let mismatch: ReturnType<typeof versionMismatch> | null = null;
  app.get('/healthz', (_req, res) => {
    const body = { ok: mismatch === null, edge: true, redis: redis.isReady, version: CLUSTER_VERSION, ...(mismatch ? { error: mismatch.message } : {}) };
    res.status(mismatch ? 503 : 200).json(body);
  });
  if (opts.clientDir) app.use(clientPages(opts.clientDir));
  const server = http.createServer(app);
  const io: IO = new Server(server, { maxHttpBufferSize: 64 * 1024, serveClient: false, adapter: clusterAdapter(redis) });
  io.engine.use((_req: unknown, res: { setHeader(name: string, value: string): void }, next: () => void) => {
    for (const [name, value] of Object.entries(SOCKET_HEADERS)) res.setHeader(name, value);
    next();
  });

  const waiting = new Map<string, { resolve: (body: unknown) => void; timer: NodeJS.Timeout }>();
  const settle = (id: string, body: unknown) => {
    const w = waiting.get(id);
    if (!w) return; // answered after its timeout
    waiting.delete(id);
    clearTimeout(w.timer);
    w.resolve(body);
  };
  (io.on as (event: string, listener: (raw: unknown) => void) => void)(ANSWER, (raw) => {
    const envelope = Envelope.safeParse(raw);
    if (!envelope.success || envelope.data.edge !== edge) return; // every edge hears every answer
    if (envelope.data.v !== CLUSTER_VERSION) {
      // The authority speaks another version: its answer cannot be read, but the request is over.
      const refusal = versionMismatch(CLUSTER_VERSION, envelope.data.v);
      if (!mismatch) console.error(`[leitai edge] ${refusal.message}`);
      mismatch = refusal;
      return settle(envelope.data.id, refusal);
    }
    const parsed = EdgeAnswer.safeParse(raw);
    if (!parsed.success) return;
    if (mismatch) console.error('[leitai edge] the main server speaks this version again: serving');
    mismatch = null;
    settle(parsed.data.id, parsed.data.body);
  });
  const tell = (req: EdgeAsk) => io.serverSideEmit(REQUEST as never, { ...req, v: CLUSTER_VERSION, id: randomUUID(), edge } satisfies EdgeRequest as never);
  const ask = (req: EdgeAsk, waitMs = timeoutMs): Promise<unknown> =>
    new Promise((resolve) => {
      const id = randomUUID();
      const timer = setTimeout(() => {
        waiting.delete(id);
        resolve(unavailable);
      }, waitMs);
      waiting.set(id, { resolve, timer });
      io.serverSideEmit(REQUEST as never, { ...req, v: CLUSTER_VERSION, id, edge } satisfies EdgeRequest as never);
    });
  const claims = new EdgeClaims(io, ask, tell);
  // The authority's version is learnt at start, so the log says so while the operator watches the
  // deployment, and again every few seconds while it differs: an unhealthy edge gets no phones
  // to learn from, yet must be healthy again once both sides are upgraded.
  const probe = () => void ask({ kind: 'lease' });
  const probing = setInterval(() => mismatch && probe(), 5000);

  const trusted = () => [opts.publicUrl, ...(opts.allowedOrigins ?? [])].filter((o): o is string => !!o);
  const views = new WeakMap<Sock, unknown>();
  io.use(async (socket, next) => {
    const { origin, host } = socket.handshake.headers;
    if (!originAllowed(origin, host, trusted())) return next(refusal('不允许从该网页连接 (origin not allowed; see ALLOWED_ORIGINS)', ErrorCode.Forbidden));
    const auth = HandshakeAuth.safeParse(socket.handshake.auth);
    if (!auth.success) return next(refusal('连接参数无效 (invalid handshake auth)', ErrorCode.Invalid));
    // Judges and the host are refused here, before asking anything: their sockets carry presence
    // and host logins that only the authority keeps (docs/deployment.md routes them there).
    if (auth.data.role === 'judge' || auth.data.role === 'host')
      return next(refusal('评委与主持人请使用主地址 (judges and the host connect to the main address, not an edge)', EdgeErrorCode.UseAuthority));
    const raw = await ask({ kind: 'join', socket: socket.id, auth: socket.handshake.auth });
    const answer = JoinAnswer.safeParse(raw);
    if (!answer.success) {
      if (raw === unavailable && auth.data.role === 'audience' && auth.data.voter !== undefined) claims.undo(socket.id);
      return next(refusal(unavailable.message, EdgeErrorCode.Unavailable));
    }
    if (!answer.data.ok) return next(refusal(answer.data.message, answer.data.code));
    if (answer.data.seated) {
      claims.hold(socket.id, socket.handshake.auth);
      // The engine connection may close before 'connection' (then no 'disconnect' ever comes).
      socket.conn.once('close', () => claims.release(socket.id));
    }
    void socket.join(answer.data.room);
    views.set(socket as Sock, answer.data.view);
    next();
  });

  io.on('connection', (socket: Sock) => {
    const auth = socket.handshake.auth;
    (socket.emit as (event: string, ...a: unknown[]) => void)('view', views.get(socket));
    views.delete(socket);
    socket.on('disconnect', () => claims.release(socket.id));
    // The same budgets per socket as on the authority (rate-limit.ts LIMITS: commands, and reads
    // apart), kept here so a flood from one phone never reaches Redis. The authority still counts
    // each voter's stored ballots over all their connections, wherever they are.
    const budget = new RateLimiter(LIMITS.commands.burst, LIMITS.commands.perSecond);
    const reads = new RateLimiter(LIMITS.reads.burst, LIMITS.reads.perSecond);
    const on = socket.on.bind(socket) as (event: string, listener: (...args: unknown[]) => void) => void;
    for (const type of commandTypes)
      on(type, (...args) => {
        const reply = typeof args[args.length - 1] === 'function' ? (args.pop() as (a: unknown) => void) : null;
        if (!budget.take()) return reply?.({ ok: false, code: ErrorCode.RateLimited, message: '操作过于频繁，请稍候' });
        if (args.length !== 1) return reply?.({ ok: false, code: ErrorCode.Invalid, message: '命令只接受一个参数对象 (one payload object)' });
        void ask({ kind: 'command', auth, type, payload: args[0] }).then((ack) => reply?.(ack));
      });
    on('view:get', (...args) => {
      const reply = args[args.length - 1];
      if (typeof reply !== 'function' || !reads.take()) return;
      void ask({ kind: 'view', auth }).then((v) => (reply as (a: unknown) => void)(v));
    });
    on('clock:ping', (...args) => {
      const reply = args[args.length - 1];
      if (typeof reply === 'function' && reads.take()) (reply as (a: unknown) => void)(Date.now());
    });
  });

  // Views published while Redis was down never reached this edge: when it is back, each room
  // here asks for its current view once, on behalf of its sockets.
  let wasDown = false;
  redis.on('error', () => (wasDown = true));
  redis.on('ready', () => {
    if (!wasDown) return;
    wasDown = false;
    setTimeout(resyncRooms, 200); // the adapter's own clients reconnect too
  });
  async function resyncRooms() {
    const byRoom = new Map<string, unknown>();
    for (const s of io.of('/').sockets.values()) for (const room of s.rooms) if (room.startsWith('c:') && !byRoom.has(room)) byRoom.set(room, s.handshake.auth);
    for (const [room, auth] of byRoom) {
      const view = await ask({ kind: 'view', auth });
      if (view && typeof view === 'object' && 'rev' in view) (io.local.to(room).emit as (event: string, ...a: unknown[]) => void)('view', view);
    }
  }

  await new Promise<void>((resolve) => server.listen(opts.port, opts.host ?? '0.0.0.0', resolve));
  probe();
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    io,
    async close() {
      // Frees this edge's ballot-code seats now (a killed edge's wait for their lease to run out).
      clearInterval(probing);
      await claims.leave(Math.min(timeoutMs, 1000));
      for (const w of waiting.values()) clearTimeout(w.timer);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      redis.destroy(); // not close(): with Redis down it would wait for ever
    },
  };
}
