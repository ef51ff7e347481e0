// Keeping a view's unchanged parts the same objects from one commit to the next (shared/views.ts):
// a list or record rebuilt from parts that are each the same object as last time is replaced by
// last time's, so the patch of a view (server/view-patches.ts) skips it at once. Kept per
// contest definition and slot; a definition nobody holds is forgotten with its parts.
import type { ContestDefinition } from './definition.ts';

const lastParts = new WeakMap<ContestDefinition, Map<string, object>>();

function sameShallow(a: object, b: object): boolean {
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!Object.hasOwn(b, k) || (a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k]) return false;
  return true;
}

/** Last time's `slot` when `next` holds the same parts, else `next` (kept for next time). */
export function stable<T extends object>(def: ContestDefinition, slot: string, next: T): T {
  let parts = lastParts.get(def);
  if (!parts) lastParts.set(def, (parts = new Map()));
  const prev = parts.get(slot) as T | undefined;
  if (prev !== undefined && sameShallow(prev, next)) return prev;
  parts.set(slot, next);
  return next;
}

/** A value computed once per object (a question, a comment), for as long as that object lives. */
export function perObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = compute(key)));
    return v;
  };
}
