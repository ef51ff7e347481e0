// What a contest's printouts are made from, read at one instant: the state and exactly the events
// it was built from (commands run synchronously, so nothing can land between the two reads, and
// the fingerprint printed on the report covers what the report shows), with each presenter's 对标
// charts for the report and the spreadsheet. Read by the exports (http/exports.ts) and by the
// warm-up after a finish (warm-on-finish.ts), so both print the same thing.
import type { BenchmarkBook } from '../benchmarks.ts';
import type { Contests } from '../contests.ts';
import type { ReportInput } from './report-context.ts';

/** The contest as the judge cards need it; null when there is no such contest. */
export function contestNow(contests: Contests, id: string): Required<Pick<ReportInput, 'state' | 'events' | 'generatedAt'>> | null {
  const state = contests.get(id)?.state;
  if (!state) return null;
  return { state, events: contests.store.events(state.id).slice(0, state.rev), generatedAt: new Date() };
}

/** The input of the report and the results spreadsheet; null when there is no such contest. */
export function reportInput(contests: Contests, benchmarks: BenchmarkBook, id: string): ReportInput | null {
  const now = contestNow(contests, id);
  return now && { ...now, benchmarks: benchmarks.presenterBoards(now.state), benchmarkLogs: benchmarks.fingerprints(now.state) };
}
