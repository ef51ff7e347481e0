// Applying a `view:patch` (docs/protocol.md §3) to the view a client holds, without touching it:
// zustand subscribers compare by reference, and a half-applied patch must never be shown.
// Only the library's core (applyPatch): the pages apply patches, the server makes them, and the
// root module's default export would keep the other half (compare, observe) in every bundle.
import { applyPatch, type Operation } from 'fast-json-patch/module/core.mjs';
import type { View, ViewPatch } from '../../shared/protocol/index.ts';

/** The patched view, or null when `patch` was not made from `view` (or does not apply): then ask for the full view. */
export function applyViewPatch<V extends View>(view: V | null, patch: ViewPatch): V | null {
  if (!view || (view as { seq?: unknown }).seq !== patch.base || !Array.isArray(patch.ops)) return null;
  try {
    // validate: a malformed op throws instead of leaving a wrong view; mutateDocument false
    // works on a clone, so the old view (and what React rendered from it) stays as it was.
    const next = applyPatch(view, patch.ops as Operation[], true, false).newDocument;
    return (next as { seq?: unknown }).seq === patch.seq ? next : null;
  } catch {
    return null;
  }
}

/**
 * True when the view held is already the one `patch` makes: a `view:get` answer that overtook the
 * patch. Nothing to apply and nothing to ask for (`seq` names one view of the room; it is only
 * compared for equality, so an older patch still means asking again).
 */
export function holdsPatchResult(view: View | null, patch: ViewPatch): boolean {
  return view !== null && (view as { seq?: unknown }).seq === patch.seq;
}
