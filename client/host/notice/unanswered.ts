// Objections nobody has answered yet, counted where the host looks first: the contest list and a
// series' 概览. An objection is sent by the public at any hour of a 公示's days; without a mark
// outside the notice's own tab the office finds it only by opening each contest.
import { useCallback, useEffect, useState } from 'react';
import { useLoadAgain } from '../ui/load-again.ts';
import { noticeApi, type Subject } from './notice-api.ts';

export interface Unanswered {
  /** By contest id: its own 公示. */
  contests: ReadonlyMap<string, number>;
  /** By series id: all its periods' 公示. */
  series: ReadonlyMap<string, number>;
  /** By `${seriesId}/${tierId}/${periodId}`: one period's 公示. */
  places: ReadonlyMap<string, number>;
}

export const placeKey = (seriesId: string, tierId: string, periodId: string) => `${seriesId}/${tierId}/${periodId}`;

/** From GET /api/notices?summary=unanswered (the count is the server's unansweredCount). */
export function unansweredOf(notices: readonly { subject: Subject; unanswered: number }[]): Unanswered {
  const contests = new Map<string, number>();
  const series = new Map<string, number>();
  const places = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
  for (const { subject: s, unanswered: n } of notices) {
    if (n === 0) continue;
    if (s.kind === 'contest') add(contests, s.contestId, n);
    else {
      add(series, s.seriesId, n);
      add(places, placeKey(s.seriesId, s.tierId, s.periodId), n);
    }
  }
  return { contests, series, places };
}

/**
 * A contest's unanswered objections, for the mark on its 公示 tab while the host is anywhere in the
 * contest: the list's count (the same summary), looked at again as the 公示 tab looks at its
 * notices. `set` takes the count from the notices the 公示 tab has just shown or answered, so the
 * mark goes with the last answer rather than at the next look.
 */
export function useContestUnanswered(contestId: string): { n: number; set: (n: number) => void } {
  const [n, set] = useState(0);
  const load = useCallback(() => {
    noticeApi
      .unanswered()
      .then((all) => set(unansweredOf(all).contests.get(contestId) ?? 0))
      // A failed look keeps the last count: the 公示 tab says when its own list is stale.
      .catch(() => {});
  }, [contestId]);
  useEffect(() => load(), [load]);
  useLoadAgain(load, 15_000, false);
  return { n, set };
}
