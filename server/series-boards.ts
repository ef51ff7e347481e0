// The 红榜 / 黑榜 on the projector (screen:show boards, issue 15). The pure public view cannot see
// the series, so the server adds the boards to the views of a contest whose screen shows them,
// computed when the view is built, and keeps them fresh: a contest's views are sent again when
// its series changes (a ledger entry, a merge, a contest linked) or another contest of the series
// commits (a reveal there moves this period's standing).
import type { ContestState } from '../shared/domain/state.ts';
import type { DomainEvent } from '../shared/domain/events.ts';
import type { PublicBenchmark, PublicBoards } from '../shared/protocol/index.ts';
import { boards } from '../shared/series/boards.ts';
import { ledgerCounts } from '../shared/series/definition.ts';
import type { SeriesState } from '../shared/series/state.ts';
import { publicView } from '../shared/views.ts';
import type { Contests } from './contests.ts';
import { seriesFinals } from './http/series.ts';
import type { SeriesBook } from './series.ts';

/** The boards a contest's public view carries now: null unless its screen shows them. */
export type BoardsOf = (state: ContestState) => PublicBoards | null;

/** What the server adds to a public view from outside the contest's state: the 红黑榜 and the 对标 charts. */
export type ExtrasOf = (state: ContestState) => { boards: PublicBoards | null; benchmark: PublicBenchmark | null };

const showsBoards = (state: ContestState) => state.def.series !== null && publicView(state).stage === 'boards';

export function boardsProvider(contests: Contests, series: SeriesBook): BoardsOf {
  return (state) => {
    const link = state.def.series;
    if (!link || !showsBoards(state)) return null;
    const s = series.get(link.seriesId);
    const tier = s?.def.tiers.find((t) => t.id === link.tierId);
    const period = s?.def.periods.find((p) => p.id === link.periodId);
    // A series edited since (its tier or period removed): nothing to show rather than a wrong board.
    if (!s || !tier || !period) return null;
    const b = boards(s, tier.id, period.id, seriesFinals(contests, s, { tierId: tier.id, periodId: period.id }));
    const name = (unitId: string) => s.units.find((u) => u.id === unitId)?.name ?? unitId;
    const line = (l: (typeof b.red)[number]) => ({ unit: name(l.unitId), rank: l.rank, score: l.score, ledger: l.ledger, tiedAtCut: l.tiedAtCut });
    return {
      seriesName: s.def.name,
      tierName: tier.name,
      periodName: period.name,
      issuer: s.def.issuer,
      rule: b.rule,
      red: b.red.map(line),
      black: b.black.map((l) => ({ ...line(l), consecutive: l.consecutive })),
      absent: b.absent.map(name),
      decimals: s.def.decimals,
      ledgerCounts: ledgerCounts(s.def),
    };
  };
}

/**
 * Calls `publish` for each contest of a series whose screen shows the boards, whenever the series
 * commits or another of its contests does. A contest's own commits publish it already; commits of
 * ballots alone change no final, so they move no board.
 */
export function keepBoardsFresh(contests: Contests, series: SeriesBook, publish: (state: ContestState) => void): void {
  const republish = (seriesId: string, except: string | null) => {
    // Loaded ones only: a contest nobody opened since the start has no screen to refresh.
    for (const state of contests.loaded()) if (state.id !== except && state.def.series?.seriesId === seriesId && showsBoards(state)) publish(state);
  };
  series.onCommit((s: SeriesState) => republish(s.id, null));
  contests.onCommit((state: ContestState, events: readonly DomainEvent[]) => {
    const link = state.def.series;
    if (link && !events.every((e) => e.type === 'BallotCast')) republish(link.seriesId, state.id);
  });
}
