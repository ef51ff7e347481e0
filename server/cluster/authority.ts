// The authority's side of scale-out: it answers edges' requests (authenticate a handshake, a full
// view, a command) that arrive through the adapter. The commandId dedupe lives in the pipeline
// here, so a ballot resent through another edge, or after an edge restart, commits once; and so
// does the ballot-code seat book (edge-seats.ts), so a code is on one phone across all processes.
import { ErrorCode, HandshakeAuth, isPublicRole, type Ack, type CommandType, type ViewsMode } from '../../shared/protocol/index.ts';
import type { ContestState } from '../../shared/domain/state.ts';
import { authenticate, type Identity } from '../auth.ts';
import type { Subscribers } from '../broadcaster.ts';
import { edgeRoomOf, roomOf, type Channel, type IO } from '../channels.ts';
import type { Contests } from '../contests.ts';
import { LocalHostLogins } from '../host-logins.ts';
import { SEAT_TAKEN, type VoterSeats } from '../voter-seats.ts';
import { EdgeSeats } from './edge-seats.ts';
import { ANSWER, CLUSTER_VERSION, EdgeErrorCode, EdgeRequest, Envelope, REQUEST, SEAT_LEASE_MS, versionMismatch } from './messages.ts';

/**
 * With edges, the screen and audience rooms may have all their sockets elsewhere, and asking
 * Redis who is in a room on every commit would put Redis on the ack path: public rooms, patched
 * or not, always count as watched (their view is built once per commit anyway; a patch room's
 * costs ~0.1 ms more), and their patches also go to the edges' twin rooms (channels.ts
 * edgeRoomOf). Judges and the host connect here only, so their rooms are asked of this process.
 */
export class ClusterSubscribers implements Subscribers {
  constructor(private readonly io: IO) {}

  any(channel: Channel, views?: ViewsMode): boolean {
    if (isPublicRole(channel.actor.role)) return true;
    return (this.io.of('/').adapter.rooms.get(roomOf(channel, views))?.size ?? 0) > 0;
  }
}

export interface AuthorityDeps {
  contests: Contests;
  hostToken: string;
  /** The view for a socket of an edge: with `views`, its patch room's current view (`seq` included). */
  view: (identity: Identity, state: ContestState, views?: ViewsMode) => unknown;
  /** The ballot-code seats of this process's own sockets: edges' claims go in the same book. */
  seats: VoterSeats;
}

type Who = { ok: true; identity: Identity; device: string | null; views?: ViewsMode } | { ok: false; code: string; message: string };
const voterKey = (identity: Identity) => (identity.actor.role === 'audience' ? identity.actor.voter?.key : undefined);

/** Answers the edges; the returned function stops the lease clock (the server is closing). */
export function serveEdges(io: IO, { contests, hostToken, view, seats }: AuthorityDeps): () => void {
  // Host logins never come through an edge (refused below), so edge traffic never counts against them.
  const hostLogins = new LocalHostLogins();
  const edgeSeats = new EdgeSeats(seats);
  const expiry = setInterval(() => {
    for (const edge of edgeSeats.expire()) console.error(`[leitai] edge ${edge} silent for ${SEAT_LEASE_MS / 1000} s: its ballot-code seats are freed`);
  }, 1000);
  const answer = (id: string, edge: string, body: unknown) => io.serverSideEmit(ANSWER as never, { v: CLUSTER_VERSION, id, edge, body } as never);
  // Edges of another version already told about in the log (once each, not once per phone).
  const foreign = new Set<string>();
  const identify = (raw: unknown): Who => {
    const auth = HandshakeAuth.safeParse(raw);
    if (auth.success && (auth.data.role === 'host' || auth.data.role === 'judge'))
      return { ok: false, code: EdgeErrorCode.UseAuthority, message: '评委与主持人请使用主地址 (judges and the host use the main address)' };
    const result = authenticate(raw, 'edge', { contests, hostToken, hostLogins });
    if (!result.ok) return { ok: false, code: result.code, message: result.message };
    return { ok: true, identity: result.identity, device: result.device, views: auth.success ? auth.data.views : undefined };
  };

  (io.on as (event: string, listener: (raw: unknown) => void) => void)(REQUEST, (raw) => {
    const envelope = Envelope.safeParse(raw);
    if (!envelope.success) return; // without a valid id and edge there is nobody to answer
    const { id, edge, v } = envelope.data;
    if (v !== CLUSTER_VERSION) {
      // An upgrade half done: answered in words both versions carry (id, edge, body), and logged.
      const refusal = versionMismatch(v, CLUSTER_VERSION);
      if (!foreign.has(edge)) console.error(`[leitai] edge ${edge}: ${refusal.message}`);
      foreign.add(edge);
      return answer(id, edge, refusal);
    }
    const parsed = EdgeRequest.safeParse(raw);
    if (!parsed.success) return; // this version's message, malformed: a bug, not an upgrade
    const req = parsed.data;
    const held = edgeSeats.renew(req.edge);
    if (req.kind === 'lease') return answer(req.id, req.edge, { held });
    if (req.kind === 'release') return edgeSeats.release(req.edge, req.socket);
    if (req.kind === 'leave') return (edgeSeats.leave(req.edge), answer(req.id, req.edge, { ok: true }));
    if (req.kind === 'claims') {
      // Claims the authority lost (it restarted, or the edge's lease ran out while Redis was down).
      const refused: string[] = [];
      for (const { socket, auth } of req.seats) {
        const who = identify(auth);
        const key = who.ok ? voterKey(who.identity) : undefined;
        if (who.ok && key && !edgeSeats.claim(req.edge, socket, who.identity.contestId, key, who.device)) refused.push(socket);
      }
      return answer(req.id, req.edge, { refused });
    }
    const who = identify(req.auth);
    if (!who.ok) return answer(req.id, req.edge, req.kind === 'view' ? who : { ok: false, code: who.code, message: who.message });
    const { views } = who;
    const state = contests.get(who.identity.contestId)?.state;
    if (req.kind === 'join') {
      if (!state) return answer(req.id, req.edge, { ok: false, code: ErrorCode.NotFound, message: '比赛不存在' });
      const key = voterKey(who.identity);
      if (key && !edgeSeats.claim(req.edge, req.socket, who.identity.contestId, key, who.device)) return answer(req.id, req.edge, { ok: false, ...SEAT_TAKEN });
      return answer(req.id, req.edge, { ok: true, room: edgeRoomOf(who.identity, views), view: view(who.identity, state, views), seated: key !== undefined });
    }
    if (req.kind === 'view') return answer(req.id, req.edge, state ? view(who.identity, state, views) : { ok: false, code: ErrorCode.NotFound, message: '比赛不存在' });
    const pipeline = contests.get(who.identity.contestId);
    let ack: Ack;
    try {
      ack = pipeline ? pipeline.execute(who.identity.actor, req.type as CommandType, req.payload) : { ok: false, code: ErrorCode.NotFound, message: '比赛不存在' };
    } catch (e) {
      console.error(`[leitai] ${req.type} from an edge threw: ${(e as Error).stack ?? String(e)}`);
      ack = { ok: false, code: ErrorCode.Internal, message: '服务器内部错误 (internal error)' };
    }
    answer(req.id, req.edge, ack);
  });
  return () => clearInterval(expiry);
}
