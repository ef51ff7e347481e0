// When to warm the printouts' worker (off-thread.ts `warmRenderer`): a little after a contest
// finishes, since that is when the office prints (the report to sign, the spreadsheet), and with
// that contest's own report, so its names' glyphs are ready too. Not at start: most starts run an
// evening that prints nothing for hours, and the worker with its fonts holds ~100 MB. The delay
// lets the finish's views and backup go first.
import type { BenchmarkBook } from '../benchmarks.ts';
import type { Contests } from '../contests.ts';
import { warmRenderer } from './off-thread.ts';
import { reportInput } from './report-source.ts';

export function warmExportsOnFinish(contests: Contests, benchmarks: BenchmarkBook, afterMs: number | undefined): { stop(): void } {
  let timer: NodeJS.Timeout | null = null;
  if (afterMs !== undefined) {
    contests.onCommit((state, events) => {
      // Runs inside the command's commit: only schedules, never throws.
      if (timer || !events.some((e) => e.type === 'ContestFinished')) return;
      const id = state.id;
      timer = setTimeout(() => {
        timer = null; // a later finish schedules again; warmRenderer decides whether work is left
        try {
          const input = reportInput(contests, benchmarks, id);
          if (input) void warmRenderer(input);
        } catch (e) {
          // Only a speed-up: the first export reads and loads for itself.
          console.error(`[leitai] could not read the finished contest ahead of its printouts: ${e instanceof Error ? e.message : String(e)}`);
        }
      }, afterMs);
      timer.unref();
    });
  }
  return {
    stop: () => {
      if (timer) clearTimeout(timer);
    },
  };
}
