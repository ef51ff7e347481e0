// The public view as sent to clients that opted in to patched views (docs/protocol.md §3): the
// same shape, but `revealed` holds only what a page draws from it — the presenter on stage,
// whole, and the 民主测评 lines the boards list. Past presenters' results were 83 % of the view
// for a 30 × 15 contest and no page shows them (the ranking carries every final and penalty): a
// client that wants one asks `result:get`.
import type { PublicView } from './protocol/index.ts';

export function smallPublicView(view: PublicView): PublicView {
  const current = view.current?.presenterId ?? null;
  const revealed = view.revealed.flatMap((r) => (r.presenterId === current ? [r] : r.appraisal ? [{ ...r, marks: [], groups: [] }] : []));
  return { ...view, revealed };
}

/** One revealed presenter's whole result, or why not. Unrevealed marks are never in the public view, so never here. */
export function revealedResult(view: PublicView, presenterId: string): PublicView['revealed'][number] | 'unknown' | 'unrevealed' {
  const result = view.revealed.find((r) => r.presenterId === presenterId);
  if (result) return result;
  return view.presenters.some((p) => p.id === presenterId) ? 'unrevealed' : 'unknown';
}
