// Socket.IO: authenticate on connect, send each role its full view, run commands through the
// pipeline, and broadcast each role's view once per change to that role's room.
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { ContestState } from '../shared/domain/state.ts';
import { commandTypes, ErrorCode, type Ack, type ClientToServerEvents, type ServerToClientEvents, type View } from '../shared/protocol/index.ts';
import { hostView, judgeView, publicView } from '../shared/views.ts';
import { authenticate, type Identity } from './auth.ts';
import type { Contests } from './contests.ts';
import { actorKey } from './pipeline.ts';
import { Presence } from './presence.ts';
import { LIMITS, RateLimiter, StrikeCounter } from './rate-limit.ts';

type IO = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, Identity>;
type Sock = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, Identity>;

const room = {
  host: (c: string) => `c:${c}:host`,
  screen: (c: string) => `c:${c}:screen`,
  audience: (c: string) => `c:${c}:audience`,
  judge: (c: string, j: string) => `c:${c}:judge:${j}`,
};

type Reply = (answer: unknown) => void;
const KNOWN_EVENTS = new Set<string>([...commandTypes, 'view:get', 'clock:ping']);

/** Socket.IO passes the ack callback, if the client asked for one, as the last argument. */
function split(args: unknown[]): { payload: unknown[]; reply: Reply | null } {
  const last = args[args.length - 1];
  return typeof last === 'function' ? { payload: args.slice(0, -1), reply: last as Reply } : { payload: args, reply: null };
}

export interface RealtimeOptions {
  offlineGraceMs: number;
  maxPayloadBytes: number;
}

export function attachRealtime(http: HttpServer, contests: Contests, hostToken: string, opts: RealtimeOptions) {
  const io: IO = new Server(http, { maxHttpBufferSize: opts.maxPayloadBytes, serveClient: false });
  const presence = new Presence(opts.offlineGraceMs, (contestId) => {
    const state = contests.get(contestId)?.state;
    if (state) io.to(room.host(contestId)).emit('view', hostView(state, presence.online(contestId)));
  });

  function viewFor(id: Identity, state: ContestState): View {
    const a = id.actor;
    if (a.role === 'host') return hostView(state, presence.online(state.id));
    if (a.role === 'judge') return judgeView(state, a.judgeId);
    return publicView(state, a.role);
  }

  // Each view is computed once per change and sent to a room, never per socket (the views
  // memoize their costly parts per state, shared/views.ts), and only to rooms somebody is in.
  // A judge is sent a view only when it changed: when another judge submits, theirs differs in
  // rev alone, and views are whole (no patches), so a skipped rev leaves no gap to repair. For
  // that, the last view sent to each judge room is kept (without rev); an empty room forgets it,
  // since whoever joins later gets the current view on connecting.
  const lastJudgeView = new Map<string, string>();
  const occupied = (r: string) => (io.of('/').adapter.rooms.get(r)?.size ?? 0) > 0;
  // Order: the projector first (the hall watches it), the audience's thousands of copies last.
  contests.onCommit((state) => {
    const c = state.id;
    const pub = publicView(state, 'screen');
    if (occupied(room.screen(c))) io.to(room.screen(c)).emit('view', pub);
    if (occupied(room.host(c))) io.to(room.host(c)).emit('view', hostView(state, presence.online(c)));
    state.def.judges.forEach(({ id: j }) => {
      const r = room.judge(c, j);
      if (!occupied(r)) return void lastJudgeView.delete(r);
      const view = judgeView(state, j);
      const content = JSON.stringify({ ...view, rev: 0 });
      if (lastJudgeView.get(r) === content) return;
      lastJudgeView.set(r, content);
      io.to(r).emit('view', view);
    });
    if (occupied(room.audience(c))) io.to(room.audience(c)).emit('view', { ...pub, role: 'audience' });
  });

  io.use((socket, next) => {
    const result = authenticate(socket.handshake.auth, contests, hostToken);
    if (!result.ok) {
      const err = new Error(result.message) as Error & { data?: unknown };
      err.data = { code: result.code };
      return next(err);
    }
    socket.data = result.identity;
    next();
  });

  // Writes (commands that were stored) are also counted per judge and per contest host, across
  // all their connections: the per-connection bucket alone would give a client that reconnects
  // each time it is cut a fresh burst of stored events every time. Screen and audience cannot
  // write at all.
  const writeBudgets = new Map<string, RateLimiter>();
  const writeBudget = (id: Identity): RateLimiter | null => {
    if (id.actor.role !== 'host' && id.actor.role !== 'judge') return null;
    const key = `${id.contestId}/${actorKey(id.actor)}`;
    let budget = writeBudgets.get(key);
    if (!budget) writeBudgets.set(key, (budget = new RateLimiter(LIMITS.writes.burst, LIMITS.writes.perSecond)));
    return budget;
  };

  const roomOf = (id: Identity) => (id.actor.role === 'judge' ? room.judge(id.contestId, id.actor.judgeId) : room[id.actor.role](id.contestId));

  io.on('connection', (socket: Sock) => {
    const id = socket.data;
    void socket.join(roomOf(id));
    if (id.actor.role === 'judge') presence.connected(id.contestId, id.actor.judgeId);
    const state = contests.get(id.contestId)?.state;
    if (state) socket.emit('view', viewFor(id, state));

    // Flood control (docs/protocol.md §9): commands and reads each have a bucket per connection
    // (writes also the budget above); refusals for garbage or for going over a limit are strikes,
    // and too many strikes cut the connection.
    const commands = new RateLimiter(LIMITS.commands.burst, LIMITS.commands.perSecond);
    const reads = new RateLimiter(LIMITS.reads.burst, LIMITS.reads.perSecond);
    const strikes = new StrikeCounter(LIMITS.strikes.max, LIMITS.strikes.windowMs);
    const strike = () => {
      // The refusal already sent is flushed before the close (Engine.IO drains its buffer).
      if (strikes.strike() && socket.connected) socket.disconnect(true);
    };
    const refuse = (reply: Reply | null, code: ErrorCode, message: string) => {
      reply?.({ ok: false, code, message });
      strike();
    };

    for (const type of commandTypes) {
      socket.on(type, (...args: unknown[]) => {
        const { payload, reply } = split(args);
        const writes = writeBudget(socket.data);
        if (!commands.take() || writes?.empty()) return refuse(reply, ErrorCode.RateLimited, '操作过于频繁，请稍候');
        if (payload.length > 1) return refuse(reply, ErrorCode.Invalid, '命令只接受一个参数对象 (one payload object)');
        const pipeline = contests.get(id.contestId);
        if (!pipeline) return reply?.({ ok: false, code: ErrorCode.NotFound, message: '比赛不存在' });
        let ack: Ack;
        try {
          ack = pipeline.execute(socket.data.actor, type, payload[0]);
        } catch (e) {
          // Never let one command end the process. If it threw after its commit (while views
          // were sent), a retry with the same command id gets the stored answer.
          console.error(`[leitai] ${type} threw: ${(e as Error).stack ?? String(e)}`);
          ack = { ok: false, code: ErrorCode.Internal, message: '服务器内部错误 (internal error)' };
        }
        if (ack.ok && !ack.duplicate) writes?.take();
        reply?.(ack);
        if (!ack.ok && ack.code === ErrorCode.Invalid) strike();
      });
    }
    // Reads take only the callback. Over the budget they go unanswered rather than answered with
    // an error, because the bundled clients treat whatever comes back as the view or the time.
    const read = (answer: () => unknown) => (...args: unknown[]) => {
      const { payload, reply } = split(args);
      if (!reply || payload.length > 0) return refuse(reply, ErrorCode.Invalid, 'view:get 与 clock:ping 只接受回调函数 (no arguments)');
      if (!reads.take()) return strike();
      reply(answer());
    };
    socket.on(
      'view:get',
      read(() => {
        const s = contests.get(id.contestId)?.state;
        return s ? viewFor(socket.data, s) : { ok: false, code: ErrorCode.NotFound, message: '比赛不存在' };
      }),
    );
    socket.on('clock:ping', read(() => Date.now()));
    // Anything else would otherwise go unanswered, leaving a client waiting for an ack for ever.
    socket.onAny((event: unknown, ...args: unknown[]) => {
      if (typeof event === 'string' && KNOWN_EVENTS.has(event)) return;
      refuse(split(args).reply, ErrorCode.Invalid, `未知事件 (unknown event): ${String(event).slice(0, 40)}`);
    });
    socket.on('disconnect', () => {
      const now = socket.data;
      if (now.actor.role === 'judge') presence.disconnected(now.contestId, now.actor.judgeId);
    });
  });

  /**
   * Cuts every connection of a judge whose link was reissued or who was removed from the list.
   * Judges are addressed by stable id, so an edit of the setup leaves everyone else connected.
   */
  function revokeJudge(contestId: string, judgeId: string, why: 'reissued' | 'removed'): void {
    const r = room.judge(contestId, judgeId);
    const reason = why === 'reissued' ? '该评委链接已重新生成，旧链接失效' : '您已不在本场评委名单中';
    io.to(r).emit('session:revoked', { reason });
    io.in(r).disconnectSockets(true);
  }

  return { io, presence, revokeJudge };
}
