// What edges and the authority say to each other through the Redis Streams adapter. Every message
// is parsed with zod on arrival: Redis is shared infrastructure, and an edge of another version
// (a rolling upgrade) must get a typed error, not a thrown exception in the authority.
//
// Requests and answers are two plain `serverSideEmit`s matched by `id`, not one
// `serverSideEmitWithAck`: the ack variant waits for an answer from *every* node the heartbeat
// knows, so one edge killed with SIGKILL would stall every edge's requests until the heartbeat
// forgets it (10 s). Only the authority answers; the asking edge keeps its own timeout.
import { z } from 'zod';
import { commandTypes } from '../../shared/protocol/index.ts';

export const REQUEST = 'leitai:edge-request';
export const ANSWER = 'leitai:edge-answer';

/**
 * The version of these messages, carried by every request and answer as `v`. Raised whenever a
 * message changes shape, so that an edge and an authority of different versions (one upgraded,
 * the other not) find out at the first message and say so, instead of dropping each other's
 * messages as invalid and leaving the edge's phones to time out with nobody told why.
 */
export const CLUSTER_VERSION = 1;

/**
 * What every message of any version has: who asks (`edge`), which request (`id`) and, since
 * version 1, `v`. Read leniently, before the strict schema of this version, so that a message of
 * another version can still be answered (a request) or recognised (an answer).
 */
export const Envelope = z.object({ id: z.string().min(1).max(64), edge: z.string().min(1).max(64), v: z.number().int().optional() });

/** The handshake as the phone sent it: the authority authenticates it again on every request. */
const Auth = z.unknown();
const Id = z.string().min(1).max(64);
/** A socket's id on its edge: with the edge's id, it names a ballot-code claim at the authority. */
const SocketId = z.string().min(1).max(64);

/**
 * Ballot-code seats held through an edge are leased: the edge renews every SEAT_RENEW_MS while it
 * holds any, and the authority frees the seats of an edge it has not heard from for SEAT_LEASE_MS
 * (an edge SIGKILLed, or cut off from Redis). Two renewals may be lost before a lease runs out.
 */
export const SEAT_RENEW_MS = 2000;
export const SEAT_LEASE_MS = 6000;
/** Claims re-sent per message after the authority lost them (a restart, an expired lease). */
export const CLAIMS_PER_MESSAGE = 500;

export const EdgeRequest = z.discriminatedUnion('kind', [
  /**
   * A new socket on an edge: who is it, which room, and its full view. A voter's ballot code is
   * claimed for `socket` here, at the handshake, as on the authority (voter-seats.ts).
   */
  z.strictObject({ v: z.literal(CLUSTER_VERSION), kind: z.literal('join'), id: Id, edge: Id, socket: SocketId, auth: Auth }),
  /** `view:get` from a socket on an edge. */
  z.strictObject({ v: z.literal(CLUSTER_VERSION), kind: z.literal('view'), id: Id, edge: Id, auth: Auth }),
  /** A command (an audience ballot) from a socket on an edge; the commandId inside makes retries safe. */
  z.strictObject({
    v: z.literal(CLUSTER_VERSION),
    kind: z.literal('command'),
    id: Id,
    edge: Id,
    auth: Auth,
    type: z.enum(commandTypes as unknown as [string, ...string[]]),
    payload: z.unknown(),
  }),
  /** A socket that held a claim is gone (or its join timed out, so a late claim is undone). Not answered. */
  z.strictObject({ v: z.literal(CLUSTER_VERSION), kind: z.literal('release'), id: Id, edge: Id, socket: SocketId }),
  /** The edge is stopping: every claim it holds is freed. Answered `{ ok: true }`. */
  z.strictObject({ v: z.literal(CLUSTER_VERSION), kind: z.literal('leave'), id: Id, edge: Id }),
  /** Renews the edge's lease; answered with how many claims the authority holds for it (LeaseAnswer). */
  z.strictObject({ v: z.literal(CLUSTER_VERSION), kind: z.literal('lease'), id: Id, edge: Id }),
  /** The claims the edge holds, sent again when the authority's count differs (ClaimsAnswer). */
  z.strictObject({
    v: z.literal(CLUSTER_VERSION),
    kind: z.literal('claims'),
    id: Id,
    edge: Id,
    seats: z.array(z.strictObject({ socket: SocketId, auth: Auth })).max(CLAIMS_PER_MESSAGE),
  }),
]);
export type EdgeRequest = z.infer<typeof EdgeRequest>;
/** A request as the edge code writes it; the edge adds its id, its own name and the version. */
export type EdgeAsk = EdgeRequest extends infer R ? (R extends EdgeRequest ? Omit<R, 'id' | 'edge' | 'v'> : never) : never;

export const EdgeAnswer = z.strictObject({
  v: z.literal(CLUSTER_VERSION),
  id: z.string().min(1).max(64),
  edge: z.string().min(1).max(64),
  /** join: `{ ok, room, view }` or a refusal; view: the view; command: the ack. Checked by the edge per kind. */
  body: z.unknown(),
});
export type EdgeAnswer = z.infer<typeof EdgeAnswer>;

export const JoinAnswer = z.union([
  /** `seated`: a ballot code was claimed for this socket, to be released when it goes. */
  z.strictObject({ ok: z.literal(true), room: z.string().min(1).max(200), view: z.unknown(), seated: z.boolean() }),
  z.strictObject({ ok: z.literal(false), code: z.string().max(40), message: z.string().max(500) }),
]);

export const LeaseAnswer = z.strictObject({ held: z.number().int().min(0) });
/** The sockets whose code another device took meanwhile: the edge revokes them. */
export const ClaimsAnswer = z.strictObject({ refused: z.array(SocketId).max(CLAIMS_PER_MESSAGE) });

/** Codes an edge adds to the protocol's own: see docs/protocol.md §8. */
export const EdgeErrorCode = {
  /** Judges and the host connect to the authority's address, never an edge. */
  UseAuthority: 'use_authority',
  /** The authority did not answer in time (Redis or the authority is down): try again shortly. */
  Unavailable: 'unavailable',
  /** The edge and the authority run different versions (an upgrade half done): retry once both are upgraded. */
  VersionMismatch: 'version_mismatch',
} as const;

/**
 * The refusal when edge and authority speak different versions (a message without `v` is from
 * before version 1: 0): the same words to the edge's phones and in both logs.
 */
export const versionMismatch = (edge: number | undefined, authority: number | undefined) =>
  ({
    ok: false,
    code: EdgeErrorCode.VersionMismatch,
    message: `服务器正在升级，请稍候重试 (the servers are being upgraded: this edge speaks cluster version ${edge ?? 0}, the main server ${authority ?? 0}; upgrade them together)`,
  }) as const;
