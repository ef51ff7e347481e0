// Socket.IO, wired from its parts: the handshake checks the page's origin (origins.ts) and
// authenticates (auth.ts, host logins counted per address), each connection joins its channel's
// room and gets its full view, commands and reads are served per connection (connection.ts,
// under the limits of rate-limit.ts), commits go to the broadcaster (broadcaster.ts), and
// judges' devices coming and going to presence (presence.ts).
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { ContestState } from '../shared/domain/state.ts';
import type { ViewsMode } from '../shared/protocol/index.ts';
import { authenticate, type Identity } from './auth.ts';
import { LocalSubscribers, SocketBroadcaster, type Broadcaster } from './broadcaster.ts';
import { roomOf, viewFor, VIEW_FORMS, type IO, type Sock } from './channels.ts';
import { serveConnection } from './connection.ts';
import type { Contests } from './contests.ts';
import type { HostLogins } from './host-logins.ts';
import { SOCKET_HEADERS } from './http/security.ts';
import { boardsProvider, keepBoardsFresh, type ExtrasOf } from './series-boards.ts';
import { benchmarkProvider, keepBenchmarkFresh } from './benchmark-stage.ts';
import type { BenchmarkBook } from './benchmarks.ts';
import type { SeriesBook } from './series.ts';
import { originAllowed } from './origins.ts';
import { LocalPresence, type Presence } from './presence.ts';
import { LocalLimits, type Limits } from './rate-limit.ts';
import { SEAT_TAKEN, VoterSeats } from './voter-seats.ts';
import { VOIDED } from './voters.ts';
import { lateScores } from './late-scores.ts';
import { ClusterSubscribers, serveEdges } from './cluster/authority.ts';
import type { ServerOptions } from 'socket.io';
import { PatchRooms } from './view-patches.ts';

export interface RealtimeOptions {
  offlineGraceMs: number;
  maxPayloadBytes: number;
  hostLogins: HostLogins;
  /** Origins a browser may connect from besides the address it reached the server by. */
  trustedOrigins: () => readonly string[];
  /** The series, for the 红黑榜 stage: its boards join the public views (series-boards.ts). */
  series: SeriesBook;
  /** The 对标 boards, for the `benchmark` stage: the charts of the presenter on stage join the public views. */
  benchmarks: BenchmarkBook;
  /** With REDIS_URL: the Redis Streams adapter shared with the edges (server/cluster/). */
  adapter?: ServerOptions['adapter'];
}

const PRESENCE_BATCH_MS = 50;

type Refusal = Error & { data?: { code: string; retryAfterSeconds?: number } };
const refusal = (message: string, data: NonNullable<Refusal['data']>): Refusal => Object.assign(new Error(message), { data });

/** How often the hall's turnout reaches the screens while ballots stream in. */
export const BALLOT_PUBLISH_MS = 250;

export function attachRealtime(http: HttpServer, contests: Contests, hostToken: string, opts: RealtimeOptions) {
  const io: IO = new Server(http, { maxHttpBufferSize: opts.maxPayloadBytes, serveClient: false, ...(opts.adapter ? { adapter: opts.adapter } : {}) });
  // Engine.IO runs these before anything else on every /socket.io/ request, polling or the
  // WebSocket upgrade (whose 101 answer gets them too), so its own error answers carry them.
  io.engine.use((_req: unknown, res: { setHeader(name: string, value: string): void }, next: () => void) => {
    for (const [name, value] of Object.entries(SOCKET_HEADERS)) res.setHeader(name, value);
    next();
  });
  // Presence changes are sent together, PRESENCE_BATCH_MS after the first of a burst: a script
  // opening hundreds of connections on a judge link (each a device of its own) then costs one host
  // view per batch, not one per connection.
  const changedJudges = new Map<string, Set<string>>();
  const batches = new Set<ReturnType<typeof setTimeout>>();
  const presence: Presence = new LocalPresence(opts.offlineGraceMs, (contestId, judgeId) => {
    const judges = changedJudges.get(contestId);
    if (judges) return void judges.add(judgeId);
    changedJudges.set(contestId, new Set([judgeId]));
    const batch = setTimeout(() => {
      batches.delete(batch);
      const judges = changedJudges.get(contestId) ?? new Set<string>();
      changedJudges.delete(contestId);
      const state = contests.get(contestId)?.state;
      if (!state) return;
      broadcaster.publishHost(state);
      for (const judgeId of judges) broadcaster.publishJudge(state, judgeId);
    }, PRESENCE_BATCH_MS);
    batches.add(batch);
  });
  const late = lateScores(contests, presence);
  const boardsOf = boardsProvider(contests, opts.series);
  const benchmarkOf = benchmarkProvider(opts.benchmarks);
  const extrasOf: ExtrasOf = (state) => ({ boards: boardsOf(state), benchmark: benchmarkOf(state) });
  const patches = new PatchRooms();
  const broadcaster: Broadcaster = new SocketBroadcaster(io, opts.adapter ? new ClusterSubscribers(io) : new LocalSubscribers(io), presence, extrasOf, patches, Boolean(opts.adapter));
  const seats = new VoterSeats();
  // The view a socket is given on connecting and on view:get: a patch room's member gets the one
  // the room's next patch applies to (view-patches.ts), wherever the socket is. An edge's patched
  // socket is in the patch room's edge twin (channels.ts edgeRoomOf), sent the same patches.
  const viewIn = (identity: Identity, state: ContestState, form?: ViewsMode) =>
    form ? patches.current(roomOf(identity, form), () => viewFor(identity, state, presence, extrasOf), form) : viewFor(identity, state, presence, extrasOf);
  const stopEdges = opts.adapter ? serveEdges(io, { contests, hostToken, seats, view: viewIn }) : () => {};
  const limits: Limits = new LocalLimits();
  // A ballot changes nothing but the turnout, so 2,000 phones voting would otherwise send every
  // view to every phone 2,000 times: commits of ballots alone are published at most every
  // BALLOT_PUBLISH_MS (the ack is sent at once; the next view carries the ballot). Any other
  // commit publishes at once and makes a pending ballot publish unnecessary.
  const pending = new Map<string, { state: ContestState; timer: NodeJS.Timeout }>();
  contests.onCommit((state, events, acks, senders) => {
    for (const e of events) if (e.type === 'BallotCodeVoided') revokeVoter(state, e.serial);
    const waiting = pending.get(state.id);
    if (events.every((e) => e.type === 'BallotCast')) {
      if (waiting) waiting.state = state;
      else pending.set(state.id, { state, timer: setTimeout(() => flush(state.id), BALLOT_PUBLISH_MS) });
      return;
    }
    if (waiting) clearTimeout(waiting.timer);
    pending.delete(state.id);
    broadcaster.publish(state, acks, senders);
  });
  const flush = (id: string) => {
    const waiting = pending.get(id);
    pending.delete(id);
    if (waiting) broadcaster.publish(waiting.state);
  };
  keepBoardsFresh(contests, opts.series, (state) => broadcaster.publish(state));
  keepBenchmarkFresh(contests, opts.benchmarks, (state) => broadcaster.publish(state));

  io.use((socket, next) => {
    const { origin, host } = socket.handshake.headers;
    if (!originAllowed(origin, host, opts.trustedOrigins()))
      return next(refusal(`不允许从该网页连接 (connections from ${String(origin).slice(0, 100)} are not allowed; see ALLOWED_ORIGINS)`, { code: 'forbidden' }));
    const result = authenticate(socket.handshake.auth, socket.handshake.address, { contests, hostToken, hostLogins: opts.hostLogins });
    if (!result.ok) {
      const data = result.retryAfterSeconds ? { code: result.code, retryAfterSeconds: result.retryAfterSeconds } : { code: result.code };
      return next(refusal(result.message, data));
    }
    const { actor, contestId } = result.identity;
    if (actor.role === 'audience' && actor.voter && !seats.take(contestId, actor.voter.key, result.device ?? socket.id, socket.id))
      return next(refusal(SEAT_TAKEN.message, { code: SEAT_TAKEN.code }));
    socket.data = result.device ? { ...result.identity, device: result.device } : { ...result.identity };
    // The handshake passed the strict HandshakeAuth schema, so `views` is a ViewsMode or absent.
    const views = (socket.handshake.auth as { views?: ViewsMode }).views;
    if (views) socket.data.views = views;
    next();
  });

  io.on('connection', (socket: Sock) => {
    const id = socket.data;
    // A connection without a device id (not the bundled pad) counts as a device of its own.
    const device = id.device ?? socket.id;
    // Presence first, so the full view this connection gets just below already counts it.
    if (id.actor.role === 'judge') presence.connected(id.contestId, id.actor.judgeId, device);
    void socket.join(roomOf(id, id.views));
    const view = (s: ContestState) => viewIn(id, s, id.views);
    const state = contests.get(id.contestId)?.state;
    if (state) socket.emit('view', view(state));
    serveConnection(socket, { contests, limits: limits.connect(id), view, refused: id.actor.role === 'judge' ? late(id.contestId, id.actor.judgeId) : undefined });
    socket.on('disconnect', () => {
      if (id.actor.role === 'judge') presence.disconnected(id.contestId, id.actor.judgeId, device);
      if (id.actor.role === 'audience' && id.actor.voter) seats.release(id.contestId, id.actor.voter.key, socket.id);
    });
  });

  /**
   * Cuts every connection of a judge whose link was reissued or who was removed from the list.
   * Judges are addressed by stable id, so an edit of the setup leaves everyone else connected.
   */
  function revokeJudge(contestId: string, judgeId: string, why: 'reissued' | 'removed'): void {
    const reason = why === 'reissued' ? '该评委链接已重新生成，旧链接失效' : '您已不在本场评委名单中';
    for (const form of VIEW_FORMS) revoke(roomOf({ contestId, actor: { role: 'judge', judgeId } }, form), reason);
  }

  /** Says why to every socket of a room (a socket's id is a room too), then cuts them: they do not reconnect by themselves. */
  function revoke(room: string, reason: string): void {
    io.to(room).emit('session:revoked', { reason });
    io.in(room).disconnectSockets(true);
  }

  /**
   * A voided ballot code's phones are told at once: they drop the code and watch on, saying why
   * (before, a phone kept 已提交 until its voter tapped again and was refused). Socket ids reach a
   * socket on any process; an edge's connection is seated as `edge/socket`.
   */
  function revokeVoter(state: ContestState, serial: number): void {
    const key = Object.keys(state.appraisal.codes).find((hash) => state.appraisal.codes[hash]?.serial === serial);
    if (key === undefined) return;
    for (const connection of seats.connections(state.id, key)) revoke(connection.slice(connection.indexOf('/') + 1), VOIDED);
  }

  /** Stops presence and drops the changes not yet sent (the server is stopping). */
  function close(): void {
    presence.close();
    stopEdges();
    for (const batch of batches) clearTimeout(batch);
    batches.clear();
  }

  return { io, presence, revokeJudge, close };
}
