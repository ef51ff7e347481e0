// The fingerprint of a contest's event log, printed on the report so a printed page can be
// checked against the stored log (docs/report.md shows how to recompute it from
// GET /api/contests/:id/events). Canonical form: for each event in seq order the line
//   JSON.stringify([seq, type, data, at, actor, commandId])
// with `data` the event as stored (old shapes are not upgraded here: the log is what was written,
// and a report printed by an older version keeps matching it).
// lines joined with "\n" (no trailing newline), UTF-8, SHA-256, lower-case hex.
import { createHash } from 'node:crypto';
import type { LoggedEvent } from '../db/event-store.ts';

export interface Fingerprint {
  sha256: string;
  /** Number of events covered (seq 1..count): the log may grow after the report is made. */
  count: number;
  lastSeq: number;
}

/**
 * What the canonical line is made of: a contest's logged event, or a series' (the same columns),
 * or a 对标 board's, whose log records no actor (only the host edits it): `null` in its place.
 */
type Logged = Pick<LoggedEvent, 'seq' | 'type' | 'stored' | 'at' | 'commandId'> & { actor: string | null };

export function canonicalLog(events: readonly Logged[]): string {
  return events.map((e) => JSON.stringify([e.seq, e.type, e.stored, e.at, e.actor, e.commandId])).join('\n');
}

export function logFingerprint(events: readonly Logged[]): Fingerprint {
  return {
    sha256: createHash('sha256').update(canonicalLog(events), 'utf8').digest('hex'),
    count: events.length,
    lastSeq: events[events.length - 1]?.seq ?? 0,
  };
}

/**
 * The part of a contest's log its report and its 公示 vouch for: all of it but trailing changes
 * of 所属系列 (SeriesLinkChanged). Linking a finished contest to a series set up afterwards changes
 * no score, time or step; counted, it would make the report signed on the day stop matching the
 * notice that publishes the very same results. A change made while the contest ran is inside.
 */
export function recordedLog<T extends { type: string }>(events: readonly T[]): readonly T[] {
  let end = events.length;
  while (end > 0 && events[end - 1]!.type === 'SeriesLinkChanged') end--;
  return events.slice(0, end);
}

/** A 对标 log's fingerprint, and the name it is printed under ("系列" or "本场" only when a contest draws on both). */
export interface BenchmarkLogPrint {
  scope: 'contest' | 'series';
  fingerprint: Fingerprint;
}
export const benchmarkLogName = (l: BenchmarkLogPrint, all: readonly BenchmarkLogPrint[]): string =>
  `${all.length > 1 ? (l.scope === 'series' ? '系列' : '本场') : ''}对标数据记录指纹`;
