// Socket.IO, wired from its parts: the handshake authenticates, each connection joins its
// channel's room and gets its full view, commands and reads are served per connection
// (connection.ts, under the limits of rate-limit.ts), commits go to the broadcaster
// (broadcaster.ts), and judges' comings and goings to presence (presence.ts).
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { authenticate } from './auth.ts';
import { LocalSubscribers, SocketBroadcaster, type Broadcaster } from './broadcaster.ts';
import { roomOf, viewFor, type IO, type Sock } from './channels.ts';
import { serveConnection } from './connection.ts';
import type { Contests } from './contests.ts';
import { LocalPresence, type Presence } from './presence.ts';
import { LocalLimits, type Limits } from './rate-limit.ts';

export interface RealtimeOptions {
  offlineGraceMs: number;
  maxPayloadBytes: number;
}

export function attachRealtime(http: HttpServer, contests: Contests, hostToken: string, opts: RealtimeOptions) {
  const io: IO = new Server(http, { maxHttpBufferSize: opts.maxPayloadBytes, serveClient: false });
  const presence: Presence = new LocalPresence(opts.offlineGraceMs, (contestId) => {
    const state = contests.get(contestId)?.state;
    if (state) broadcaster.publishHost(state);
  });
  const broadcaster: Broadcaster = new SocketBroadcaster(io, new LocalSubscribers(io), presence);
  const limits: Limits = new LocalLimits();
  contests.onCommit((state) => broadcaster.publish(state));

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

  io.on('connection', (socket: Sock) => {
    const id = socket.data;
    void socket.join(roomOf(id));
    if (id.actor.role === 'judge') presence.connected(id.contestId, id.actor.judgeId);
    const state = contests.get(id.contestId)?.state;
    if (state) socket.emit('view', viewFor(id, state, presence));
    serveConnection(socket, { contests, limits: limits.connect(id), view: (s) => viewFor(id, s, presence) });
    socket.on('disconnect', () => {
      if (id.actor.role === 'judge') presence.disconnected(id.contestId, id.actor.judgeId);
    });
  });

  /**
   * Cuts every connection of a judge whose link was reissued or who was removed from the list.
   * Judges are addressed by stable id, so an edit of the setup leaves everyone else connected.
   */
  function revokeJudge(contestId: string, judgeId: string, why: 'reissued' | 'removed'): void {
    const room = roomOf({ contestId, actor: { role: 'judge', judgeId } });
    const reason = why === 'reissued' ? '该评委链接已重新生成，旧链接失效' : '您已不在本场评委名单中';
    io.to(room).emit('session:revoked', { reason });
    io.in(room).disconnectSockets(true);
  }

  return { io, presence, revokeJudge };
}
