// What the audit page reports, counted from the event log itself (the log is the audit
// trail): amendments by judges, corrections by the host (marks and report times), reveals made
// with missing marks, steps back and reopenings.
import type { ContestState } from '../../shared/domain/state.ts';
import type { LoggedEvent } from '../db/event-store.ts';
import { logFingerprint, recordedLog, type Fingerprint } from './fingerprint.ts';
import { dayOf } from '../../shared/format.ts';

export interface AuditFacts {
  fingerprint: Fingerprint;
  /** Resubmissions by a judge of marks already submitted for the same presenter: what they replaced. */
  amendments: { presenterId: string; judgeId: string; from: number[]; to: number[]; at: number }[];
  /**
   * The host's corrections (score:correct) and the marks a step back dropped: the marks before
   * (null: the judge had none, a 补录) and after (null: dropped), per criterion.
   */
  corrections: { presenterId: string; judgeId: string; from: number[] | null; to: number[] | null; reason: string; at: number }[];
  /**
   * The day the contest took place (China time): the day it was started, not created (a contest is
   * set up days before); a contest never started, its first event's. Times on other days print their date.
   */
  day: string | null;
  /** The host's corrections of a measured report time (report:correct): what was measured, what was set. */
  reportTimes: { presenterId: string; measuredMs: number; correctedMs: number; overtimeMs: number; reason: string; at: number }[];
  missingReveals: { presenterId: string; missing: string[]; at: number }[];
  stepsBack: { presenterId: string; from: string; to: string | null; reason: string; at: number }[];
  reopened: { reason: string; at: number }[];
  absent: string[];
  /** Comments the host left out of the report, with the text and why. */
  hiddenComments: { presenterId: string; judgeId: string | null; text: string; reason: string; at: number }[];
}

/** Logs written before a reason was required may hold an empty one: say so rather than print a blank. */
const reasonText = (reason: string) => reason.trim() || '（未填写原因）';

export function auditFacts(state: ContestState, events: readonly LoggedEvent[]): AuditFacts {
  const f: AuditFacts = {
    fingerprint: logFingerprint(recordedLog(events)),
    amendments: [],
    corrections: [],
    day: dayOfStart(events),
    reportTimes: [],
    missingReveals: [],
    stepsBack: [],
    reopened: [],
    absent: Object.values(state.presenters).filter((p) => p.status === 'absent').map((p) => p.id),
    hiddenComments: state.hiddenComments.flatMap((h) => {
      const c = state.comments.find((x) => x.id === h.commentId);
      return c ? [{ presenterId: c.presenterId, judgeId: c.judgeId, text: c.text, reason: h.reason, at: h.at }] : [];
    }),
  };
  /** Each judge's marks for each presenter as they stood, sent or corrected, by "presenter/judge". */
  const submitted = new Map<string, number[]>();
  for (const { data: e, at } of events) {
    switch (e.type) {
      case 'MarksSubmitted': {
        const key = `${e.presenterId}/${e.judgeId}`;
        const before = submitted.get(key);
        if (before) f.amendments.push({ presenterId: e.presenterId, judgeId: e.judgeId, from: before, to: e.values, at: e.at });
        submitted.set(key, e.values);
        break;
      }
      case 'MarksCorrected': {
        const key = `${e.presenterId}/${e.judgeId}`;
        f.corrections.push({ presenterId: e.presenterId, judgeId: e.judgeId, from: submitted.get(key) ?? null, to: e.values, reason: reasonText(e.reason), at: e.at });
        submitted.set(key, e.values);
        break;
      }
      case 'MarksRevealed':
        if (e.missing.length > 0) f.missingReveals.push({ presenterId: e.presenterId, missing: e.missing, at: e.at });
        break;
      case 'SteppedBack':
        f.stepsBack.push({ presenterId: e.presenterId, from: e.from, to: e.to, reason: reasonText(e.reason), at: e.at ?? at });
        break;
      case 'MarksDiscarded':
        // A step back past the report dropped these marks; shown with the step's reason.
        for (const judgeId of e.judgeIds) {
          const key = `${e.presenterId}/${judgeId}`;
          f.corrections.push({ presenterId: e.presenterId, judgeId, from: submitted.get(key) ?? null, to: null, reason: `退回重新汇报，评分作废：${reasonText(e.reason)}`, at: e.at });
          submitted.delete(key);
        }
        break;
      case 'ReportTimeCorrected':
        f.reportTimes.push({ presenterId: e.presenterId, measuredMs: e.was.reportUsedMs, correctedMs: e.reportUsedMs, overtimeMs: e.overtimeMs, reason: reasonText(e.reason), at: e.at });
        break;
      case 'ContestReopened':
        f.reopened.push({ reason: reasonText(e.reason), at: e.at ?? at });
        break;
      default:
        break;
    }
  }
  return f;
}

function dayOfStart(events: readonly LoggedEvent[]): string | null {
  const start = events.find((e) => e.data.type === 'ContestStarted') ?? events[0];
  return start ? dayOf(start.at) : null;
}
