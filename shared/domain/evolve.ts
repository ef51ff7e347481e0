// evolve(state, event) -> state. Pure and total: replaying the log rebuilds the state exactly.
import type { DomainEvent } from './events.ts';
import { evolveAppraisal } from './appraisal.ts';
import { evolveQa, takeDownQuestion } from './evolve-questions.ts';
import { openUnits } from './rating.ts';
import type { ContestState, PresenterRun } from './state.ts';

function newRun(id: string): PresenterRun {
  return {
    id,
    status: 'waiting',
    phase: null,
    scoringOpen: false,
    marks: {},
    reportUsedMs: null,
    reportDurationMs: null,
    overtimeMs: 0,
    qaUsedMs: null,
    revealedAt: null,
    revealedWithMissing: [],
    calledFromAbsent: false,
    appraisal: null,
  };
}

export function initialState(e: Extract<DomainEvent, { type: 'ContestCreated' }>): ContestState {
  const ids = e.definition.presenters.map((p) => p.id);
  return {
    id: e.contestId,
    def: e.definition,
    createdAt: e.at,
    status: 'setup',
    partial: false,
    order: ids,
    orderMethod: 'defined',
    current: null,
    presenters: Object.fromEntries(ids.map((id) => [id, newRun(id)])),
    timer: null,
    screenOverride: null,
    questions: [],
    stashedTimer: null,
    screenMuted: false,
    bank: [],
    comments: [],
    hiddenComments: [],
    onScreen: { question: null, comment: null },
    corrections: [],
    reportCorrections: [],
    stepsBack: [],
    appraisal: { codes: {}, voided: [], open: null, ballots: {} },
    rev: 1,
  };
}

/** Immutable update of one presenter's run. */
function withRun(s: ContestState, id: string, patch: (r: PresenterRun) => Partial<PresenterRun>): ContestState {
  const run = s.presenters[id];
  if (!run) return s;
  return { ...s, presenters: { ...s.presenters, [id]: { ...run, ...patch(run) } } };
}

function apply(s: ContestState, e: DomainEvent): ContestState {
  switch (e.type) {
    case 'ContestCreated':
      return initialState(e);
    case 'DefinitionReplaced':
      return { ...initialState({ type: 'ContestCreated', contestId: s.id, definition: e.definition, at: s.createdAt }), rev: s.rev };
    case 'ContestStarted':
      return { ...s, status: 'running' };
    case 'OrderDrawn':
      return { ...s, order: e.order, orderMethod: 'drawn', screenOverride: null };
    case 'OrderSet':
      return { ...s, order: e.order, orderMethod: 'manual', screenOverride: null };
    case 'PresenterCalled': {
      const next = withRun(s, e.presenterId, (r) => ({ status: 'active', phase: 'report', scoringOpen: false, calledFromAbsent: r.status === 'absent' }));
      const cleared = takeDownQuestion(next);
      return { ...cleared, current: e.presenterId, timer: e.timer, stashedTimer: null, screenOverride: null, onScreen: { question: null, comment: null } };
    }
    case 'PresenterMarkedAbsent': {
      const next = withRun(s, e.presenterId, () => ({ status: 'absent', phase: null, scoringOpen: false }));
      return s.current === e.presenterId ? { ...next, current: null, timer: null } : next;
    }
    case 'PresenterSkipped': {
      const next = withRun(s, e.presenterId, () => ({ status: 'waiting', phase: null, scoringOpen: false }));
      const moved = { ...next, order: e.order };
      return s.current === e.presenterId ? { ...moved, current: null, timer: null } : moved;
    }
    case 'TimerStarted':
      return s.timer ? { ...s, timer: { ...s.timer, running: true, endsAt: e.endsAt } } : s;
    case 'TimerPaused':
      return s.timer ? { ...s, timer: { ...s.timer, running: false, endsAt: null, remainingMs: e.remainingMs } } : s;
    case 'TimerAdjusted': {
      const t = s.timer;
      if (!t) return s;
      return t.running && t.endsAt !== null
        ? { ...s, timer: { ...t, durationMs: t.durationMs + e.deltaMs, endsAt: t.endsAt + e.deltaMs } }
        : { ...s, timer: { ...t, durationMs: t.durationMs + e.deltaMs, remainingMs: t.remainingMs + e.deltaMs } };
    }
    case 'TimerReset':
      return { ...s, timer: e.timer };
    case 'QaStarted': {
      const next = withRun(s, e.presenterId, (r) => ({
        phase: 'qa',
        reportUsedMs: e.reportUsedMs,
        overtimeMs: e.overtimeMs,
        reportDurationMs: e.reportDurationMs ?? r.reportDurationMs,
      }));
      return { ...next, timer: e.timer, screenOverride: null };
    }
    case 'ScoringOpened': {
      // Opened from the report, it records how the report went; from Q&A, how long Q&A took.
      const next = withRun(s, e.presenterId, (r) => ({
        phase: 'scoring',
        scoringOpen: true,
        ...('reportUsedMs' in e
          ? { reportUsedMs: e.reportUsedMs, overtimeMs: e.overtimeMs, reportDurationMs: e.reportDurationMs ?? r.reportDurationMs }
          : 'qaUsedMs' in e
            ? { qaUsedMs: e.qaUsedMs }
            : {}),
      }));
      const cleared = takeDownQuestion(next);
      return { ...cleared, timer: null, stashedTimer: null, screenOverride: null, onScreen: { question: null, comment: null } };
    }
    case 'ScoringLocked':
      return withRun(s, e.presenterId, () => ({ scoringOpen: false }));
    case 'RatingOpened':
      return openUnits(s, e.presenterIds);
    case 'MarksSubmitted':
      return withRun(s, e.presenterId, (r) => {
        const prev = r.marks[e.judgeId];
        const marks = { values: e.values, at: e.at, amended: prev ? prev.amended + 1 : 0, correction: null };
        return { marks: { ...r.marks, [e.judgeId]: marks } };
      });
    case 'MarksCorrected': {
      const corrected = withRun(s, e.presenterId, (r) => {
        const prev = r.marks[e.judgeId];
        const marks = { values: e.values, at: e.at, amended: prev?.amended ?? 0, correction: { reason: e.reason, at: e.at } };
        // A judge whose marks were missing at the reveal and are entered now (补录) is missing no more:
        // the screen, the audience and the report would show them both scored and 未评分.
        return { marks: { ...r.marks, [e.judgeId]: marks }, revealedWithMissing: r.revealedWithMissing.filter((id) => id !== e.judgeId) };
      });
      return { ...corrected, corrections: [...s.corrections, { presenterId: e.presenterId, judgeId: e.judgeId, reason: e.reason, at: e.at }] };
    }
    case 'ReportTimeCorrected': {
      const corrected = withRun(s, e.presenterId, () => ({ reportUsedMs: e.reportUsedMs, overtimeMs: e.overtimeMs }));
      const entry = { presenterId: e.presenterId, was: e.was, reportUsedMs: e.reportUsedMs, overtimeMs: e.overtimeMs, reason: e.reason, at: e.at };
      return { ...corrected, reportCorrections: [...s.reportCorrections, entry] };
    }
    case 'MarksRevealed': {
      const next = withRun(s, e.presenterId, () => ({
        phase: 'revealed',
        status: 'done',
        scoringOpen: false,
        revealedAt: e.at,
        revealedWithMissing: e.missing,
      }));
      return { ...next, screenOverride: null };
    }
    case 'SteppedBack': {
      // Whatever question was up comes down: the stage is going back to before it.
      const next = withRun(takeDownQuestion(s), e.presenterId, (run) =>
        e.to === null
          ? // Back to where the presenter was before being called: the queue, or 缺席.
            { phase: null, status: run.calledFromAbsent ? 'absent' : 'waiting', scoringOpen: false, reportUsedMs: null, overtimeMs: 0, qaUsedMs: null, calledFromAbsent: false }
          : e.to === 'scoring'
            ? { phase: 'scoring', status: 'active', scoringOpen: false, revealedAt: null, revealedWithMissing: [] }
            : e.to === 'report'
              ? { phase: 'report', scoringOpen: false, reportUsedMs: null, overtimeMs: 0 }
              : { phase: e.to, scoringOpen: false },
      );
      const step = { presenterId: e.presenterId, from: e.from, to: e.to, reason: e.reason, at: e.at };
      return {
        ...next,
        current: e.current,
        timer: e.timer,
        stashedTimer: null,
        screenOverride: null,
        onScreen: { question: null, comment: null },
        stepsBack: [...s.stepsBack, step],
      };
    }
    case 'MarksDiscarded':
      return withRun(s, e.presenterId, () => ({ marks: {} }));
    case 'ContestReopened': {
      const step = { presenterId: s.current, from: 'finished' as const, to: 'running' as const, reason: e.reason, at: e.at };
      return { ...s, status: 'running', partial: false, screenOverride: null, stepsBack: [...s.stepsBack, step] };
    }
    case 'ScreenMuted':
      return { ...s, screenMuted: e.muted };
    case 'ScreenShown':
      return { ...s, screenOverride: e.stage };
    case 'JudgeLinkReissued':
      return s;
    case 'SeriesLinkChanged':
      return { ...s, def: { ...s.def, series: e.series } };
    case 'ContestFinished':
      return { ...s, status: 'finished', partial: e.partial, timer: null, screenOverride: null };
    case 'QuestionAsked':
    case 'QuestionEdited':
    case 'QuestionsReordered':
    case 'QuestionMerged':
    case 'QuestionDismissed':
    case 'QuestionShown':
    case 'QuestionAnswered':
    case 'QuestionHidden':
    case 'BankLoaded':
    case 'BankDrawn':
    case 'CommentAdded':
    case 'CommentShown':
    case 'CommentHidden':
      return evolveQa(s, e);
    case 'BallotCodesIssued':
    case 'BallotCodeVoided':
    case 'AppraisalOpened':
    case 'BallotCast':
    case 'AppraisalClosed':
    case 'AppraisalWithdrawn':
      return evolveAppraisal(s, e);
    default: {
      const never: never = e;
      return never;
    }
  }
}

export function evolve(s: ContestState, e: DomainEvent): ContestState {
  const next = apply(s, e);
  return e.type === 'ContestCreated' ? next : { ...next, rev: s.rev + 1 };
}

export function replay(events: readonly DomainEvent[]): ContestState | null {
  let s: ContestState | null = null;
  for (const e of events) s = s === null ? (e.type === 'ContestCreated' ? initialState(e) : null) : evolve(s, e);
  return s;
}
