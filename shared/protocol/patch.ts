// Patched views (docs/protocol.md §3), for clients that opted in with `views: 'patch'`.
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
