// Socket.IO: authenticate on connect, send each role its full view, run commands through the
// pipeline, and broadcast each role's view once per change to that role's room.
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { ContestState } from '../shared/domain/state.ts';
import { commandTypes, ErrorCode, type Ack, type ClientToServerEvents, type ServerToClientEvents, type View } from '../shared/protocol.ts';
import { hostView, judgeView, publicView } from '../shared/views.ts';
import { authenticate, type Identity } from './auth.ts';
import type { Contests } from './contests.ts';
import { Presence } from './presence.ts';
import { RateLimiter } from './rate-limit.ts';

type IO = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, Identity>;
type Sock = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, Identity>;

const room = {
  host: (c: string) => `c:${c}:host`,
  screen: (c: string) => `c:${c}:screen`,
  audience: (c: string) => `c:${c}:audience`,
  judge: (c: string, j: string) => `c:${c}:judge:${j}`,
};

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

  // Each view is computed once per change and sent to a room, never per socket.
  contests.onCommit((state) => {
    const c = state.id;
    io.to(room.host(c)).emit('view', hostView(state, presence.online(c)));
    const pub = publicView(state, 'screen');
    io.to(room.screen(c)).emit('view', pub);
    io.to(room.audience(c)).emit('view', { ...pub, role: 'audience' });
    state.def.judges.forEach((_, i) => {
      const j = `j${i + 1}`;
      io.to(room.judge(c, j)).emit('view', judgeView(state, j));
    });
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

  const roomOf = (id: Identity) => (id.actor.role === 'judge' ? room.judge(id.contestId, id.actor.judgeId) : room[id.actor.role](id.contestId));

  io.on('connection', (socket: Sock) => {
    // socket.data is read at each use: an edit in setup may renumber a judge (rebindJudges).
    const id = socket.data;
    void socket.join(roomOf(id));
    if (id.actor.role === 'judge') presence.connected(id.contestId, id.actor.judgeId);
    const state = contests.get(id.contestId)?.state;
    if (state) socket.emit('view', viewFor(id, state));

    const limiter = new RateLimiter(30, 10); // burst of 30, then 10 commands a second
    for (const type of commandTypes) {
      socket.on(type, (payload: unknown, ack: unknown) => {
        // emit(type, callback) without a payload: answer through the callback anyway.
        if (typeof payload === 'function' && ack === undefined) [payload, ack] = [undefined, payload];
        const reply = typeof ack === 'function' ? (ack as (a: Ack) => void) : () => {};
        if (!limiter.take()) return reply({ ok: false, code: ErrorCode.RateLimited, message: '操作过于频繁，请稍候' });
        const pipeline = contests.get(id.contestId);
        if (!pipeline) return reply({ ok: false, code: ErrorCode.NotFound, message: '比赛不存在' });
        reply(pipeline.execute(socket.data.actor, type, payload));
      });
    }
    socket.on('view:get', (ack: unknown) => {
      const s = contests.get(id.contestId)?.state;
      if (typeof ack === 'function' && s) (ack as (v: View) => void)(viewFor(socket.data, s));
    });
    socket.on('clock:ping', (ack: unknown) => {
      if (typeof ack === 'function') (ack as (n: number) => void)(Date.now());
    });
    socket.on('disconnect', () => {
      const now = socket.data;
      if (now.actor.role === 'judge') presence.disconnected(now.contestId, now.actor.judgeId);
    });
  });

  /** Cuts every connection of a judge whose link was reissued. */
  function revokeJudge(contestId: string, judgeId: string): void {
    const r = room.judge(contestId, judgeId);
    io.to(r).emit('session:revoked', { reason: '该评委链接已重新生成，旧链接失效' });
    io.in(r).disconnectSockets(true);
  }

  /** Re-resolves every connected judge's link after the judges list was edited. */
  function rebindJudges(contestId: string): void {
    const state = contests.get(contestId)?.state;
    for (const socket of io.of('/').sockets.values()) {
      const cur = socket.data;
      if (cur.contestId !== contestId || cur.actor.role !== 'judge') continue;
      const grant = contests.tokens.resolve(String((socket.handshake.auth as { token?: unknown }).token ?? ''));
      presence.disconnected(contestId, cur.actor.judgeId);
      void socket.leave(roomOf(cur));
      if (!grant || grant.role !== 'judge' || !grant.judgeId) {
        socket.emit('session:revoked', { reason: '您已不在本场评委名单中' });
        socket.disconnect(true);
        continue;
      }
      socket.data = { contestId, actor: { role: 'judge', judgeId: grant.judgeId } };
      void socket.join(roomOf(socket.data));
      presence.connected(contestId, grant.judgeId);
      if (state) socket.emit('view', judgeView(state, grant.judgeId));
    }
  }

  return { io, presence, revokeJudge, rebindJudges };
}
