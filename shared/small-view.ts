// The public view as sent to clients that opted in to patched views (docs/protocol.md §3): the
// same shape, but per-judge marks only for the presenter on stage. Past presenters' marks were
// 83 % of the view for a 30 × 15 contest, and no page shows them (the reveal stage and the phone's
// card show the current presenter's; the ranking carries every final): a client that wants them
// asks `result:get`.
import type { PublicView } from './protocol/index.ts';

export function smallPublicView(view: PublicView): PublicView {
  const current = view.current?.presenterId ?? null;
  return { ...view, revealed: view.revealed.map((r) => (r.presenterId === current ? r : { ...r, marks: [] })) };
}

/** One revealed presenter's whole result, or why not. Unrevealed marks are never in the public view, so never here. */
export function revealedResult(view: PublicView, presenterId: string): PublicView['revealed'][number] | 'unknown' | 'unrevealed' {
  const result = view.revealed.find((r) => r.presenterId === presenterId);
  if (result) return result;
  return view.presenters.some((p) => p.id === presenterId) ? 'unrevealed' : 'unknown';
}
