// The 对标 chart on the projector (screen:show benchmark, issue 16): the presenter on stage shows
// their benchmarks during their report. The boards are kept outside the contest's state, so the
// server adds them to the public view when it is built, and sends a fresh view when the board of
// the presenter on stage changes (the host corrects a value while it is shown).
import type { ContestState } from '../shared/domain/state.ts';
import type { PublicBenchmark } from '../shared/protocol/index.ts';
import { boardCharts } from '../shared/benchmark/share.ts';
import { publicView } from '../shared/views.ts';
import type { BenchmarkBook } from './benchmarks.ts';
import type { Contests } from './contests.ts';

const onStage = (state: ContestState) => (publicView(state).stage === 'benchmark' ? state.def.presenters.find((p) => p.id === state.current) : undefined);

export function benchmarkProvider(book: BenchmarkBook): (state: ContestState) => PublicBenchmark | null {
  return (state) => {
    const p = onStage(state);
    if (!p) return null;
    return { presenterId: p.id, unit: p.unit, speaker: p.speaker, charts: boardCharts(book.board(book.placeOf(state, p.id)), p.unit) };
  };
}

/** Calls `publish` for each contest whose projector shows a board of the scope that changed. */
export function keepBenchmarkFresh(contests: Contests, book: BenchmarkBook, publish: (state: ContestState) => void): void {
  book.onCommit((scope) => {
    // Loaded ones only: a contest nobody opened since the start has no projector to refresh.
    for (const state of contests.loaded()) {
      const p = onStage(state);
      if (p && book.placeOf(state, p.id).scope === scope) publish(state);
    }
  });
}
