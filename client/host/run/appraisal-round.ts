// Which 民主测评 round the host can open or must close, read from the host view alone (the same
// rules the domain applies in shared/domain/appraisal.ts, so a button is offered only when the
// server will take it).
import type { HostView } from '../../../shared/protocol/index.ts';

/** Voting on this presenter was held and closed: their count is fixed. */
export function appraisalClosed(v: HostView, presenterId: string): boolean {
  const line = v.results.presenters.find((r) => r.presenterId === presenterId)?.appraisal;
  return line ? !line.pending : false;
}

/** Their report is over and their count not yet fixed (the domain's `votable`). */
function votable(v: HostView, presenterId: string): boolean {
  const p = v.presenters.find((x) => x.id === presenterId);
  if (!p || appraisalClosed(v, presenterId)) return false;
  return p.status === 'done' || (p.status === 'active' && p.phase !== null && p.phase !== 'report');
}

/**
 * The presenters a round opened now would cover: with `perPresenter` the one on stage once their
 * report is over; with `atEnd` every presenter not yet appraised, once nobody is waiting to
 * present and the last one has been revealed. Empty when a round is open or none can be.
 */
export function openable(v: HostView): string[] {
  const a = v.appraisal;
  if (!a || a.open.length > 0 || v.contest.status !== 'running') return [];
  if (a.opens === 'perPresenter') return v.current && votable(v, v.current.presenterId) ? [v.current.presenterId] : [];
  const everyonePresented = !v.presenters.some((p) => p.status === 'waiting') && (!v.current || v.current.phase === 'revealed');
  return everyonePresented ? v.order.filter((id) => votable(v, id)) : [];
}

export const roundOpen = (v: HostView): boolean => (v.appraisal?.open.length ?? 0) > 0;
