// 所属系列 after the start: a county often sets up its year's series after the first contest ran,
// and that contest must still count. Before the start the definition carries the link (the setup
// form); from then on the definition is fixed and this event alone moves the contest.
import type { SeriesLinkDef } from '../definition.ts';
import { ErrorCode } from '../protocol/errors.ts';
import { fail, ok, type Decision } from './decision.ts';
import type { ContestState } from './state.ts';

/** The same series, tier and period (or both none). */
export const sameLink = (a: SeriesLinkDef | null, b: SeriesLinkDef | null) =>
  a === b || (a !== null && b !== null && a.seriesId === b.seriesId && a.tierId === b.tierId && a.periodId === b.periodId);

/**
 * The contest's link set to `next`. The same link again changes nothing (no event: a repeated
 * request is harmless). Refused while the projector shows this series' 红黑榜, which the change
 * would swap or blank in front of the room.
 */
export function decideSeriesLink(s: ContestState, next: SeriesLinkDef | null, now: number): Decision {
  if (sameLink(s.def.series, next)) return ok();
  if (s.screenOverride === 'boards') return fail(ErrorCode.WrongState, '大屏正在显示红黑榜，请先让大屏回到自动，再更改所属系列');
  return ok({ type: 'SeriesLinkChanged', series: next, at: now });
}
