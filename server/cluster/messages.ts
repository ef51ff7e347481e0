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

/** The handshake as the phone sent it: the authority authenticates it again on every request. */
const Auth = z.unknown();

export const EdgeRequest = z.discriminatedUnion('kind', [
  /** A new socket on an edge: who is it, which room, and its full view. */
  z.strictObject({ kind: z.literal('join'), id: z.string().min(1).max(64), edge: z.string().min(1).max(64), auth: Auth }),
  /** `view:get` from a socket on an edge. */
  z.strictObject({ kind: z.literal('view'), id: z.string().min(1).max(64), edge: z.string().min(1).max(64), auth: Auth }),
  /** A command (an audience ballot) from a socket on an edge; the commandId inside makes retries safe. */
  z.strictObject({
    kind: z.literal('command'),
    id: z.string().min(1).max(64),
    edge: z.string().min(1).max(64),
    auth: Auth,
    type: z.enum(commandTypes as unknown as [string, ...string[]]),
    payload: z.unknown(),
  }),
]);
export type EdgeRequest = z.infer<typeof EdgeRequest>;

export const EdgeAnswer = z.strictObject({
  id: z.string().min(1).max(64),
  edge: z.string().min(1).max(64),
  /** join: `{ ok, room, view }` or a refusal; view: the view; command: the ack. Checked by the edge per kind. */
  body: z.unknown(),
});
export type EdgeAnswer = z.infer<typeof EdgeAnswer>;

export const JoinAnswer = z.union([
  z.strictObject({ ok: z.literal(true), room: z.string().min(1).max(200), view: z.unknown() }),
  z.strictObject({ ok: z.literal(false), code: z.string().max(40), message: z.string().max(500) }),
]);

/** Codes an edge adds to the protocol's own: see docs/deployment.md. */
export const EdgeErrorCode = {
  /** Judges and the host connect to the authority's address, never an edge. */
  UseAuthority: 'use_authority',
  /** The authority did not answer in time (Redis or the authority is down): try again shortly. */
  Unavailable: 'unavailable',
} as const;
