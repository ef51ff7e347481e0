// The state of one contest, rebuilt from its events by `evolve`. Plain JSON data.
import type { ContestDefinition } from '../definition.ts';
import type { Phase, ScreenStage } from '../protocol/index.ts';

export interface TimerState {
  kind: 'report' | 'qa' | 'answer';
  /** Time allotted to the phase including time the host added. */
  durationMs: number;
  running: boolean;
  /** Server epoch ms at which the countdown reaches zero (only while running). */
  endsAt: number | null;
  /** Remaining time while paused; negative means overtime. */
  remainingMs: number;
}

export interface Marks {
  values: number[];
  at: number;
  /** How many times the judge amended (0 for a first submission). */
  amended: number;
  /** Set when the host corrected the marks, with the reason. */
  correction: { reason: string; at: number } | null;
}

export interface PresenterRun {
  id: string;
  status: 'waiting' | 'active' | 'done' | 'absent';
  phase: Phase | null;
  scoringOpen: boolean;
  marks: Record<string, Marks>;
  reportUsedMs: number | null;
  /** Time allotted to the report including added time (to go back to the report exactly). */
  reportDurationMs: number | null;
  overtimeMs: number;
  qaUsedMs: number | null;
  revealedAt: number | null;
  revealedWithMissing: string[];
  /** Called from 缺席: a step back from the report returns the presenter to absent, not waiting. */
  calledFromAbsent: boolean;
  /** 民主测评 ballots per option id, fixed when voting on this presenter closed; null before. */
  appraisal: { counts: Record<string, number>; closedAt: number } | null;
}

/** 民主测评: ballot codes, the round of voting open now, and its ballots (secret: counts leave, voters never do). */
export interface AppraisalState {
  /** Issued ballot codes by their hash (the code itself never enters the log), with the slip's serial. */
  codes: Record<string, { serial: number; voided: boolean }>;
  /** Voided codes in the order they were voided, for the audit. */
  voided: { serial: number; reason: string; at: number }[];
  /** The presenters voting is open on, or null. */
  open: { presenterIds: string[]; openedAt: number } | null;
  /** Ballots of the open round: presenter id → voter key → option id; casting again replaces. */
  ballots: Record<string, Record<string, string>>;
}

export interface Question {
  id: string;
  presenterId: string;
  /** The judge who asked (or for whom the host typed it); null for the question bank. */
  judgeId: string | null;
  source: 'judge' | 'host' | 'bank';
  text: string;
  /** The text as first asked, kept when the host fixes a typo. */
  original: string;
  askedAt: number;
  status: 'waiting' | 'shown' | 'answered' | 'dismissed' | 'merged';
  mergedInto: string | null;
  shownAt: number | null;
  /** When the hall first saw it; kept when it is taken down, so the record can say it was shown. */
  firstShownAt: number | null;
  answeredAt: number | null;
  answerMs: number | null;
  summary: string;
}

export interface Comment {
  id: string;
  presenterId: string;
  judgeId: string | null;
  /** Typed by the judge on the phone, or recorded by the host for them. */
  by: 'judge' | 'host';
  text: string;
  at: number;
}

/** A comment the host left out of the report, with why (the comment itself stays in `comments`). */
export interface HiddenComment {
  commentId: string;
  reason: string;
  at: number;
}

/** A host's correction of a judge's marks, kept for the audit trail (Marks keeps only the last). */
export interface CorrectionEntry {
  presenterId: string;
  judgeId: string;
  reason: string;
  at: number;
}

/** A host's correction of a measured report time (report:correct), as the event records it. */
export interface ReportCorrectionEntry {
  presenterId: string;
  /** What was recorded before: measured by the clock, or an earlier correction. */
  was: { reportUsedMs: number; overtimeMs: number };
  reportUsedMs: number;
  overtimeMs: number;
  reason: string;
  at: number;
}

/** A step back in the run of show, or a finished contest reopened (from 'finished' to 'running'). */
export interface StepBackEntry {
  /** The presenter whose step was undone; for a reopening, the one on stage when it finished. */
  presenterId: string | null;
  from: Phase | 'finished';
  to: Phase | 'running' | null;
  reason: string;
  /** null for steps stored before the time was recorded in the event. */
  at: number | null;
}

export interface ContestState {
  id: string;
  def: ContestDefinition;
  createdAt: number;
  status: 'setup' | 'running' | 'finished';
  partial: boolean;
  order: string[];
  orderMethod: 'defined' | 'drawn' | 'manual';
  current: string | null;
  presenters: Record<string, PresenterRun>;
  timer: TimerState | null;
  /** A stage the host forced onto the projector; cleared by the next step of the run of show. */
  screenOverride: ScreenStage | null;
  /** Questions in moderation order (the host may reorder). */
  questions: Question[];
  bank: { text: string; drawn: boolean }[];
  comments: Comment[];
  /** Comments left out of the report, in the order they were hidden. */
  hiddenComments: HiddenComment[];
  /** The Q&A countdown, set aside while a question's own answer countdown runs. */
  stashedTimer: TimerState | null;
  /** What the host has put on the screen from the Q&A. */
  onScreen: { question: string | null; comment: string | null };
  /** The host switched the projector's sound cue off. */
  screenMuted: boolean;
  /** Audit trail: every correction and step back, in order, so the results can list them. */
  corrections: CorrectionEntry[];
  reportCorrections: ReportCorrectionEntry[];
  stepsBack: StepBackEntry[];
  appraisal: AppraisalState;
  /** Number of events applied: the revision every view carries. */
  rev: number;
}

/**
 * Whether the speaking order may still be drawn or set: nobody has been on stage yet and the
 * contest is not finished. decide() enforces it; the host view carries it for the console.
 */
export function orderOpen(s: ContestState): boolean {
  return s.status !== 'finished' && !Object.values(s.presenters).some((p) => p.status === 'active' || p.status === 'done');
}

/**
 * A presenter's run by an id that came from the network. `Object.hasOwn`, because a plain lookup
 * would find `constructor` or `toString` on the object's prototype.
 */
export function presenterRun(s: ContestState, id: string): PresenterRun | undefined {
  return Object.hasOwn(s.presenters, id) ? s.presenters[id] : undefined;
}
