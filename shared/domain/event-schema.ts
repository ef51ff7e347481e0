// The event log as stored: one zod schema per event type, which every row read back from SQLite
// must pass (server/db reads the rows). Output is the current shape (DomainEvent, events.ts);
// shapes written by older versions are upgraded here, each one named:
//
//  - ContestCreated / DefinitionReplaced written by 0.1 hold definitions without ids. They are
//    parsed with ContestDefinition, which gives j1…, p1…, c1… in list order: exactly the ids 0.1
//    addressed judges and presenters by (their position). Defaults added since fill in too.
//  - SteppedBack / ContestReopened written before the time was stored lack `at`: null.
//  - QaStarted, and ScoringOpened opened from the report, written before the report's allotment
//    was stored lack `reportDurationMs`: null.
//  - QuestionAsked / BankDrawn written before a question remembered being shown lack
//    `question.firstShownAt`: null (it is set by evolve when the question is shown).
//
// Every event written now has every field, so an upgrade never applies to a new row.
//
// Stored definitions are read with ContestDefinition, the rules a new definition must pass: a
// rule made stricter there makes a stored log that broke it unreadable (the server then refuses
// to start, naming the row). Make a rule stricter only for new input, or upgrade old ones here.
import { z } from 'zod';
import { ContestDefinition, formatIssues, SeriesLinkDef } from '../definition.ts';
import { Phase, ScreenStage } from '../protocol/views-public.ts';
import type { DomainEvent, EventType } from './events.ts';

const AskedQuestion = QuestionSchema.extend({ firstShownAt: z.number().nullable().default(null) });
import { CommentSchema, QuestionSchema, TimerStateSchema as Timer } from './state-schema.ts';

const id = z.string();
const ms = z.number();
const ids = z.array(z.string());
/** A field older logs lack, read as null ("not recorded"). */
const absentInOldLogs = <T extends z.ZodType>(t: T) => t.nullable().default(null);
const event = <T extends EventType, S extends z.ZodRawShape>(type: T, shape: S) => z.strictObject({ type: z.literal(type), ...shape });

/** ScoringOpened records what the phase it was opened from left behind; each case has its shape. */
const ScoringOpened = {
  fromReport: event('ScoringOpened', { presenterId: id, reportUsedMs: ms, overtimeMs: ms, reportDurationMs: absentInOldLogs(ms) }),
  fromQa: event('ScoringOpened', { presenterId: id, qaUsedMs: ms }),
  again: event('ScoringOpened', { presenterId: id }),
};

export const eventSchemas = {
  ContestCreated: event('ContestCreated', { contestId: id, definition: ContestDefinition, at: ms }),
  DefinitionReplaced: event('DefinitionReplaced', { definition: ContestDefinition }),
  ContestStarted: event('ContestStarted', { at: ms }),
  OrderDrawn: event('OrderDrawn', { order: ids, seed: z.int() }),
  OrderSet: event('OrderSet', { order: ids }),
  PresenterCalled: event('PresenterCalled', { presenterId: id, timer: Timer }),
  PresenterMarkedAbsent: event('PresenterMarkedAbsent', { presenterId: id }),
  PresenterSkipped: event('PresenterSkipped', { presenterId: id, order: ids }),
  TimerStarted: event('TimerStarted', { endsAt: ms }),
  TimerPaused: event('TimerPaused', { remainingMs: ms }),
  TimerAdjusted: event('TimerAdjusted', { deltaMs: ms }),
  TimerReset: event('TimerReset', { timer: Timer }),
  QaStarted: event('QaStarted', { presenterId: id, reportUsedMs: ms, overtimeMs: ms, reportDurationMs: absentInOldLogs(ms), timer: Timer }),
  ScoringOpened: z.union([ScoringOpened.fromReport, ScoringOpened.fromQa, ScoringOpened.again]),
  ScoringLocked: event('ScoringLocked', { presenterId: id }),
  RatingOpened: event('RatingOpened', { presenterIds: ids, at: ms }),
  MarksSubmitted: event('MarksSubmitted', { presenterId: id, judgeId: id, values: z.array(z.number()), at: ms }),
  MarksCorrected: event('MarksCorrected', { presenterId: id, judgeId: id, values: z.array(z.number()), reason: z.string(), at: ms }),
  ReportTimeCorrected: event('ReportTimeCorrected', {
    presenterId: id,
    reportUsedMs: ms,
    overtimeMs: ms,
    was: z.strictObject({ reportUsedMs: ms, overtimeMs: ms }),
    reason: z.string(),
    at: ms,
  }),
  MarksRevealed: event('MarksRevealed', { presenterId: id, missing: ids, at: ms }),
  SteppedBack: event('SteppedBack', {
    presenterId: id,
    from: Phase,
    to: Phase.nullable(),
    reason: z.string(),
    current: id.nullable(),
    timer: Timer.nullable(),
    at: absentInOldLogs(ms),
  }),
  MarksDiscarded: event('MarksDiscarded', { presenterId: id, judgeIds: ids, reason: z.string(), at: ms }),
  ContestReopened: event('ContestReopened', { reason: z.string(), at: absentInOldLogs(ms) }),
  ScreenShown: event('ScreenShown', { stage: ScreenStage.nullable() }),
  ScreenMuted: event('ScreenMuted', { muted: z.boolean() }),
  ContestFinished: event('ContestFinished', { at: ms, partial: z.boolean() }),
  JudgeLinkReissued: event('JudgeLinkReissued', { judgeId: id, at: ms }),
  SeriesLinkChanged: event('SeriesLinkChanged', { series: SeriesLinkDef.nullable(), at: ms }),
  QuestionAsked: event('QuestionAsked', { question: AskedQuestion }),
  QuestionEdited: event('QuestionEdited', { questionId: id, text: z.string(), at: ms }),
  QuestionsReordered: event('QuestionsReordered', { order: ids }),
  QuestionMerged: event('QuestionMerged', { questionId: id, intoId: id }),
  QuestionDismissed: event('QuestionDismissed', { questionId: id }),
  QuestionShown: event('QuestionShown', { questionId: id, at: ms, timer: Timer.nullable() }),
  QuestionAnswered: event('QuestionAnswered', { questionId: id, at: ms, answerMs: ms.nullable(), summary: z.string() }),
  QuestionHidden: event('QuestionHidden', { questionId: id }),
  BankLoaded: event('BankLoaded', { questions: z.array(z.string()) }),
  BankDrawn: event('BankDrawn', { index: z.int().min(0), seed: z.int(), question: AskedQuestion }),
  CommentAdded: event('CommentAdded', { comment: CommentSchema }),
  CommentShown: event('CommentShown', { commentId: id.nullable() }),
  CommentHidden: event('CommentHidden', { commentId: id, reason: z.string(), at: ms }),
  BallotCodesIssued: event('BallotCodesIssued', { codes: z.array(z.strictObject({ serial: z.int().min(1), hash: z.string() })), at: ms }),
  BallotCodeVoided: event('BallotCodeVoided', { serial: z.int().min(1), reason: z.string(), at: ms }),
  AppraisalOpened: event('AppraisalOpened', { presenterIds: ids, at: ms }),
  BallotCast: event('BallotCast', { voter: z.string(), choices: z.record(z.string(), z.string()), at: ms }),
  AppraisalWithdrawn: event('AppraisalWithdrawn', { presenterId: id, ballots: z.int().min(0), reason: z.string(), at: ms }),
  AppraisalClosed: event('AppraisalClosed', { counts: z.record(z.string(), z.record(z.string(), z.int().min(0))), at: ms }),
} satisfies { [K in EventType]: z.ZodType<Extract<DomainEvent, { type: K }>, unknown> };

// Compile-time: the schemas read exactly the current shape, no more, no less.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SchemaOutput = z.output<(typeof eventSchemas)[EventType]>;
const sameShape: Same<SchemaOutput, DomainEvent> = true;
void sameShape;

export const EVENT_TYPES = Object.keys(eventSchemas) as EventType[];

export type ParsedEvent = { ok: true; event: DomainEvent } | { ok: false; problem: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a stored event (already JSON-parsed) and upgrades an old shape to the current one. The
 * problem names the fields, e.g. "timer.kind: Invalid option: expected one of …".
 */
export function parseEvent(value: unknown): ParsedEvent {
  if (!isObject(value)) return { ok: false, problem: 'not a JSON object' };
  const type = value.type;
  if (typeof type !== 'string' || !Object.hasOwn(eventSchemas, type)) return { ok: false, problem: `unknown event type ${JSON.stringify(type)}` };
  // ScoringOpened's case is chosen by its fields, so that a bad field is named rather than a
  // union's "Invalid input".
  const schema =
    type === 'ScoringOpened'
      ? 'reportUsedMs' in value
        ? ScoringOpened.fromReport
        : 'qaUsedMs' in value
          ? ScoringOpened.fromQa
          : ScoringOpened.again
      : eventSchemas[type as EventType];
  const result = schema.safeParse(value);
  return result.success ? { ok: true, event: result.data } : { ok: false, problem: formatIssues(result.error).join('; ') };
}
