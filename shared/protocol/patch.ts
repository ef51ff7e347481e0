// Patched views (docs/protocol.md §3), for clients that opted in with `views: 'patch'`.
import { z } from 'zod';
import type { ErrorCode } from './errors.ts';
import { Id } from './fields.ts';
import { PublicResult } from './views-public.ts';
import type { View } from './views.ts';

/**
 * A view as sent to a patch room: the view plus `seq`, a number the server gives every view it
 * sends to that room. `rev` alone cannot name the base of a patch: presence changes and the
 * 红黑榜/对标 refreshes send new views with the same `rev`.
 */
export type SeqView<V extends View = View> = V & { seq: number };

/** One RFC 6902 operation, as made by fast-json-patch's `compare`. */
export interface PatchOp {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  value?: unknown;
  from?: string;
}

/** `view:patch`: apply `ops` to the view whose `seq` is `base`; the result has `seq` (and `rev`). */
export interface ViewPatch {
  base: number;
  seq: number;
  rev: number;
  ops: PatchOp[];
}

/**
 * `result:get` (docs/protocol.md §3): the whole result of one revealed presenter, per-judge marks
 * included. Patched public views carry the marks of the presenter on stage only.
 */
export const ResultGet = z.strictObject({ presenterId: Id });
export type ResultGet = z.infer<typeof ResultGet>;
export type ResultAnswer = { ok: true; result: z.infer<typeof PublicResult> } | { ok: false; code: ErrorCode; message: string };
