// Report-time corrections for the audit page, from the event log like the marks corrections in
// audit.ts (kept apart so the report's audit list can take it in without a rewrite here).
import type { LoggedEvent } from '../db/event-store.ts';

export interface ReportTimeCorrection {
  presenterId: string;
  /** What the clock had measured, then what the host set. */
  measuredMs: number;
  correctedMs: number;
  overtimeWasMs: number;
  overtimeMs: number;
  reason: string;
  at: number;
}

export function reportTimeCorrections(events: readonly LoggedEvent[]): ReportTimeCorrection[] {
  return events.flatMap(({ data: e }) =>
    e.type === 'ReportTimeCorrected'
      ? [
          {
            presenterId: e.presenterId,
            measuredMs: e.was.reportUsedMs,
            correctedMs: e.reportUsedMs,
            overtimeWasMs: e.was.overtimeMs,
            overtimeMs: e.overtimeMs,
            reason: e.reason,
            at: e.at,
          },
        ]
      : [],
  );
}
