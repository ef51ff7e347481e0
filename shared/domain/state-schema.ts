// The contest state as stored in a snapshot, as a zod schema checked when a snapshot is read,
// and the version of that stored form. The TS types in state.ts stay the reference: each schema
// here is checked against its type at compile time, so the two cannot drift apart.
import { z } from 'zod';
import { StoredDefinition } from '../definition.ts';
import { Phase, ScreenStage } from '../protocol/views-public.ts';
import type { Comment, ContestState, HiddenComment, CorrectionEntry, Marks, PresenterRun, Question, ReportCorrectionEntry, StepBackEntry, TimerState } from './state.ts';

/**
 * The version of what evolve() makes of a log: the state's shape and the rules that fold events
 * into it. A snapshot is used only when it carries this number, so bump it by hand whenever the
 * state's shape changes or evolve() would fold some stored log into a different state (a new
 * field, a changed rule); older snapshots are then ignored and the logs replayed once.
 * test/domain/state-format.test.ts fails when the shape, or the state folded from a recorded
 * log, changes while this number stays the same.
 *
 * 1 was implicit (snapshots keyed by a hash of the TypeScript sources); 2 is the first explicit one.
 */
export const STATE_FORMAT = 11; // 11: 补录 takes a judge off revealedWithMissing; 10: screenOverride may be `benchmark` (对标, issue 16)

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const ms = z.number();

export const TimerStateSchema = z.strictObject({
  kind: z.enum(['report', 'qa', 'answer']),
  durationMs: ms,
  running: z.boolean(),
  endsAt: ms.nullable(),
  remainingMs: ms,
});

export const QuestionSchema = z.strictObject({
  id: z.string(),
  presenterId: z.string(),
  judgeId: z.string().nullable(),
  source: z.enum(['judge', 'host', 'bank']),
  text: z.string(),
  original: z.string(),
  askedAt: ms,
  status: z.enum(['waiting', 'shown', 'answered', 'dismissed', 'merged']),
  mergedInto: z.string().nullable(),
  shownAt: ms.nullable(),
  firstShownAt: ms.nullable(),
  answeredAt: ms.nullable(),
  answerMs: ms.nullable(),
  summary: z.string(),
});

export const HiddenCommentSchema = z.strictObject({ commentId: z.string(), reason: z.string(), at: ms });

export const CommentSchema = z.strictObject({
  id: z.string(),
  presenterId: z.string(),
  judgeId: z.string().nullable(),
  by: z.enum(['judge', 'host']),
  text: z.string(),
  at: ms,
});

const MarksSchema = z.strictObject({
  values: z.array(z.number()),
  at: ms,
  amended: z.int().min(0),
  correction: z.strictObject({ reason: z.string(), at: ms }).nullable(),
});

const PresenterRunSchema = z.strictObject({
  id: z.string(),
  status: z.enum(['waiting', 'active', 'done', 'absent']),
  phase: Phase.nullable(),
  scoringOpen: z.boolean(),
  marks: z.record(z.string(), MarksSchema),
  reportUsedMs: ms.nullable(),
  reportDurationMs: ms.nullable(),
  overtimeMs: ms,
  qaUsedMs: ms.nullable(),
  revealedAt: ms.nullable(),
  revealedWithMissing: z.array(z.string()),
  calledFromAbsent: z.boolean(),
  appraisal: z.strictObject({ counts: z.record(z.string(), z.int().min(0)), closedAt: ms }).nullable(),
});

const AppraisalStateSchema = z.strictObject({
  codes: z.record(z.string(), z.strictObject({ serial: z.int().min(1), voided: z.boolean() })),
  voided: z.array(z.strictObject({ serial: z.int().min(1), reason: z.string(), at: ms })),
  open: z.strictObject({ presenterIds: z.array(z.string()), openedAt: ms }).nullable(),
  ballots: z.record(z.string(), z.record(z.string(), z.string())),
});

const CorrectionEntrySchema = z.strictObject({ presenterId: z.string(), judgeId: z.string(), reason: z.string(), at: ms });

const ReportCorrectionEntrySchema = z.strictObject({
  presenterId: z.string(),
  was: z.strictObject({ reportUsedMs: ms, overtimeMs: ms }),
  reportUsedMs: ms,
  overtimeMs: ms,
  reason: z.string(),
  at: ms,
});

const StepBackEntrySchema = z.strictObject({
  presenterId: z.string().nullable(),
  from: z.union([Phase, z.literal('finished')]),
  to: z.union([Phase, z.literal('running')]).nullable(),
  reason: z.string(),
  at: ms.nullable(),
});

export const ContestStateSchema = z.strictObject({
  id: z.string(),
  def: StoredDefinition,
  createdAt: ms,
  status: z.enum(['setup', 'running', 'finished']),
  partial: z.boolean(),
  order: z.array(z.string()),
  orderMethod: z.enum(['defined', 'drawn', 'manual']),
  current: z.string().nullable(),
  presenters: z.record(z.string(), PresenterRunSchema),
  timer: TimerStateSchema.nullable(),
  screenOverride: ScreenStage.nullable(),
  questions: z.array(QuestionSchema),
  bank: z.array(z.strictObject({ text: z.string(), drawn: z.boolean() })),
  comments: z.array(CommentSchema),
  hiddenComments: z.array(HiddenCommentSchema),
  stashedTimer: TimerStateSchema.nullable(),
  onScreen: z.strictObject({ question: z.string().nullable(), comment: z.string().nullable() }),
  screenMuted: z.boolean(),
  corrections: z.array(CorrectionEntrySchema),
  reportCorrections: z.array(ReportCorrectionEntrySchema),
  stepsBack: z.array(StepBackEntrySchema),
  appraisal: AppraisalStateSchema,
  rev: z.int().min(1),
});

// Compile-time: each schema describes exactly its type in state.ts.
const checks: [
  Same<z.output<typeof TimerStateSchema>, TimerState>,
  Same<z.output<typeof QuestionSchema>, Question>,
  Same<z.output<typeof CommentSchema>, Comment>,
  Same<z.output<typeof HiddenCommentSchema>, HiddenComment>,
  Same<z.output<typeof MarksSchema>, Marks>,
  Same<z.output<typeof PresenterRunSchema>, PresenterRun>,
  Same<z.output<typeof CorrectionEntrySchema>, CorrectionEntry>,
  Same<z.output<typeof ReportCorrectionEntrySchema>, ReportCorrectionEntry>,
  Same<z.output<typeof StepBackEntrySchema>, StepBackEntry>,
  Same<z.output<typeof ContestStateSchema>, ContestState>,
] = [true, true, true, true, true, true, true, true, true, true];
void checks;
