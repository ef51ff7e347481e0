// The one rule for correcting a measured report time (report:correct): decide() refuses what it
// says no to, and the host console offers 更正用时 only where it says yes, from the same function.
import type { Phase } from '../protocol/views-public.ts';

/** A report may be corrected once it has ended: its time is known and the presenter moved past it. */
export function reportTimeCorrectable<R extends { reportUsedMs: number | null; phase: Phase | null }>(run: R): run is R & { reportUsedMs: number } {
  return run.reportUsedMs !== null && run.phase !== null && run.phase !== 'report';
}

/** The time the report was allotted, including time the host added (or the rule's, if unknown). */
export function reportAllottedMs(run: { reportDurationMs: number | null }, rules: { reportSeconds: number }): number {
  return run.reportDurationMs ?? rules.reportSeconds * 1000;
}

/** Overtime of a report that used `usedMs` of `allottedMs`. */
export const reportOvertimeMs = (usedMs: number, allottedMs: number): number => Math.max(0, usedMs - allottedMs);
