// Events: the facts stored in the log. evolve() folds them into state; they carry every value
// (times, drawn order) so that a replay never needs a clock or a random source. This is the
// current shape; shapes written by older versions are upgraded to it where the log is read
// (event-schema.ts says which), so no field here is absent "because the log is old".
import type { ContestDefinition, SeriesLinkDef } from '../definition.ts';
import type { Phase, ScreenStage } from '../protocol/index.ts';
import type { Comment, Question, TimerState } from './state.ts';

export type DomainEvent =
  | { type: 'ContestCreated'; contestId: string; definition: ContestDefinition; at: number }
  /** The host edited the definition before the contest started. */
  | { type: 'DefinitionReplaced'; definition: ContestDefinition }
  | { type: 'ContestStarted'; at: number }
  | { type: 'OrderDrawn'; order: string[]; seed: number }
  | { type: 'OrderSet'; order: string[] }
  | { type: 'PresenterCalled'; presenterId: string; timer: TimerState }
  | { type: 'PresenterMarkedAbsent'; presenterId: string }
  | { type: 'PresenterSkipped'; presenterId: string; order: string[] }
  | { type: 'TimerStarted'; endsAt: number }
  | { type: 'TimerPaused'; remainingMs: number }
  | { type: 'TimerAdjusted'; deltaMs: number }
  | { type: 'TimerReset'; timer: TimerState }
  /** reportDurationMs: the report's allotment with added time; null in logs written before it was stored. */
  | { type: 'QaStarted'; presenterId: string; reportUsedMs: number; overtimeMs: number; reportDurationMs: number | null; timer: TimerState }
  /** Opened from the report: how the report went (reportDurationMs null in logs written before it was stored). */
  | { type: 'ScoringOpened'; presenterId: string; reportUsedMs: number; overtimeMs: number; reportDurationMs: number | null }
  /** Opened from Q&A: how long the Q&A took. */
  | { type: 'ScoringOpened'; presenterId: string; qaUsedMs: number }
  /** Opened again after a step back from the reveal or a lock: nothing new to record. */
  | { type: 'ScoringOpened'; presenterId: string }
  | { type: 'ScoringLocked'; presenterId: string }
  /** 评比: scoring opened (or reopened) for these units at once; each becomes active, phase scoring. */
  | { type: 'RatingOpened'; presenterIds: string[]; at: number }
  | { type: 'MarksSubmitted'; presenterId: string; judgeId: string; values: number[]; at: number }
  | { type: 'MarksCorrected'; presenterId: string; judgeId: string; values: number[]; reason: string; at: number }
  /** The host corrected the measured report time; `was` keeps what the clock had measured. */
  | {
      type: 'ReportTimeCorrected';
      presenterId: string;
      reportUsedMs: number;
      overtimeMs: number;
      was: { reportUsedMs: number; overtimeMs: number };
      reason: string;
      at: number;
    }
  | { type: 'MarksRevealed'; presenterId: string; missing: string[]; at: number }
  /** Undo of one run-of-show step; `current` and `timer` are what the stage returns to. */
  | {
      type: 'SteppedBack';
      presenterId: string;
      from: Phase;
      to: Phase | null;
      reason: string;
      current: string | null;
      timer: TimerState | null;
      /** When the host stepped back (for the audit trail); null in logs written before it was stored. */
      at: number | null;
    }
  /**
   * A step back past the report (the presenter goes back to the queue) discards the marks they
   * had: they will report again and be scored on that report. Emitted with the SteppedBack, with
   * its reason; the discarded values stay in the log (their MarksSubmitted) and in the audit.
   */
  | { type: 'MarksDiscarded'; presenterId: string; judgeIds: string[]; reason: string; at: number }
  /** `at` is null in logs written before it was stored. */
  | { type: 'ContestReopened'; reason: string; at: number | null }
  | { type: 'ScreenShown'; stage: ScreenStage | null }
  | { type: 'ScreenMuted'; muted: boolean }
  | { type: 'ContestFinished'; at: number; partial: boolean }
  /**
   * The contest now counts in this series, tier and period (null: in none), set after it started
   * (before, the definition carries it): a series set up after its first contest still counts it.
   */
  | { type: 'SeriesLinkChanged'; series: SeriesLinkDef | null; at: number }
  /** Audit only: a judge's link was replaced (the token itself is never logged). */
  | { type: 'JudgeLinkReissued'; judgeId: string; at: number }
  | { type: 'QuestionAsked'; question: Question }
  | { type: 'QuestionEdited'; questionId: string; text: string; at: number }
  | { type: 'QuestionsReordered'; order: string[] }
  | { type: 'QuestionMerged'; questionId: string; intoId: string }
  | { type: 'QuestionDismissed'; questionId: string }
  /** `timer` is the answer countdown when rules.questions.answerSeconds is set. */
  | { type: 'QuestionShown'; questionId: string; at: number; timer: TimerState | null }
  /** answerMs is null when the question was answered without being put on the screen. */
  | { type: 'QuestionAnswered'; questionId: string; at: number; answerMs: number | null; summary: string }
  | { type: 'QuestionHidden'; questionId: string }
  | { type: 'BankLoaded'; questions: string[] }
  /** A random draw from the bank: `index` is the drawn entry, stored so a replay needs no seed. */
  | { type: 'BankDrawn'; index: number; seed: number; question: Question }
  | { type: 'CommentAdded'; comment: Comment }
  | { type: 'CommentShown'; commentId: string | null }
  /** The host left a comment out of the report (a flood, a mistake); kept in the log and the audit. */
  | { type: 'CommentHidden'; commentId: string; reason: string; at: number }
  /** 民主测评 ballot codes made by the server (secure random); only their hashes are logged. */
  | { type: 'BallotCodesIssued'; codes: { serial: number; hash: string }[]; at: number }
  | { type: 'BallotCodeVoided'; serial: number; reason: string; at: number }
  | { type: 'AppraisalOpened'; presenterIds: string[]; at: number }
  /** `voter`: the code's hash or the phone's ("code:…" / "device:…"); `choices`: presenter → option. */
  | { type: 'BallotCast'; voter: string; choices: Record<string, string>; at: number }
  /** The open round's count, per presenter and option: fixed in the log as it was at the close. */
  | { type: 'AppraisalClosed'; counts: Record<string, Record<string, number>>; at: number }
  /** A presenter sent back to the queue leaves the open round, their ballots with them (like MarksDiscarded). */
  | { type: 'AppraisalWithdrawn'; presenterId: string; ballots: number; reason: string; at: number };

export type EventType = DomainEvent['type'];
