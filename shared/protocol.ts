// The socket protocol: every command, ack and view as a zod schema, and the typed Socket.IO
// event maps built from them. This file is the single source of truth for docs/protocol.md.
import { z } from 'zod';
import { ContestDefinition } from './definition.ts';
import type { Results } from './scoring/types.ts';

// ── Error codes ────────────────────────────────────────────────────────────────────────────
export const ErrorCode = {
  Invalid: 'invalid', // payload failed validation
  Unauthorized: 'unauthorized', // no, unknown or revoked token
  Forbidden: 'forbidden', // the role may not do this
  NotFound: 'not_found', // unknown contest, presenter or judge
  WrongState: 'wrong_state', // not possible at this point of the run of show
  NotCurrent: 'not_current', // the presenter is not the one on stage
  ScoringClosed: 'scoring_closed', // scoring is not open for this presenter
  MissingScores: 'missing_scores', // reveal with missing scores needs allowMissing: true
  DuplicateCommandId: 'duplicate_command_id', // a command id reused with different content
  RateLimited: 'rate_limited',
  StorageFailed: 'storage_failed', // the database could not be written; nothing was applied
  Internal: 'internal',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const AckOk = z.object({ ok: z.literal(true), rev: z.number().int(), duplicate: z.boolean().optional() });
export const AckError = z.object({
  ok: z.literal(false),
  code: z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]),
  message: z.string(),
});
export const Ack = z.discriminatedUnion('ok', [AckOk, AckError]);
export type AckOk = z.infer<typeof AckOk>;
export type AckError = z.infer<typeof AckError>;
export type Ack = z.infer<typeof Ack>;

// ── Commands ───────────────────────────────────────────────────────────────────────────────
/**
 * A client-made id (e.g. a UUID). A repeat of an accepted command with the same content gets the
 * first answer; refused commands are not remembered, so a retry is decided afresh.
 */
export const CommandId = z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/, 'commandId: letters, digits, _ and - only');
const Id = z.string().min(1).max(32);
const Empty = { commandId: CommandId };
/** Free text from people: trimmed, not empty, bounded; always rendered as plain text. */
const Text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, '内容不能为空 (text must not be empty)')
    .max(max, `不能超过 ${max} 字 (at most ${max} characters)`)
    .refine((t) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(t), '含有不可见的控制字符 (control characters)');

export const Commands = {
  'contest:start': z.strictObject(Empty),
  'contest:finish': z.strictObject({ ...Empty, force: z.boolean().optional() }),
  'order:draw': z.strictObject(Empty),
  'order:set': z.strictObject({ ...Empty, order: z.array(Id).min(1).max(200) }),
  'presenter:next': z.strictObject({ ...Empty, presenterId: Id.optional() }),
  'presenter:absent': z.strictObject({ ...Empty, presenterId: Id }),
  'presenter:skip': z.strictObject({ ...Empty, presenterId: Id }),
  'phase:qa': z.strictObject(Empty),
  'scoring:open': z.strictObject(Empty),
  'scoring:lock': z.strictObject(Empty),
  'scoring:reveal': z.strictObject({ ...Empty, allowMissing: z.boolean().optional() }),
  /** The reason is required: every step back is printed in the report's audit trail. */
  'flow:back': z.strictObject({ ...Empty, reason: z.string().trim().min(1, '请填写回退原因 (a reason is required)').max(200) }),
  'timer:start': z.strictObject(Empty),
  'timer:pause': z.strictObject(Empty),
  'timer:add': z.strictObject({ ...Empty, seconds: z.number().int().min(-3600).max(3600).refine((s) => s !== 0, 'seconds must not be 0') }),
  'timer:reset': z.strictObject(Empty),
  'screen:show': z.strictObject({
    ...Empty,
    stage: z.enum(['auto', 'welcome', 'order', 'presenter', 'ranking', 'final']),
  }),
  /** The projector's sound cue (time up), switched from the host console. */
  'screen:mute': z.strictObject({ ...Empty, muted: z.boolean() }),
  'score:submit': z.strictObject({
    ...Empty,
    presenterId: Id,
    /** Only for clarity: a judge may only score as themself; another id is refused. */
    judgeId: Id.optional(),
    values: z.array(z.number()).min(1).max(20),
  }),
  'score:correct': z.strictObject({
    ...Empty,
    presenterId: Id,
    judgeId: Id,
    values: z.array(z.number()).min(1).max(20),
    reason: z.string().trim().min(1).max(200),
  }),
  'question:ask': z.strictObject({
    ...Empty,
    presenterId: Id,
    text: Text(300),
    /** Host only: the judge a question is recorded for. A judge always asks as themself. */
    judgeId: Id.optional(),
  }),
  'question:edit': z.strictObject({ ...Empty, questionId: Id, text: Text(300) }),
  'question:reorder': z.strictObject({ ...Empty, order: z.array(Id).min(1).max(500) }),
  'question:merge': z.strictObject({ ...Empty, questionId: Id, intoId: Id }),
  'question:dismiss': z.strictObject({ ...Empty, questionId: Id }),
  'question:show': z.strictObject({ ...Empty, questionId: Id }),
  'question:hide': z.strictObject(Empty),
  'question:answered': z.strictObject({
    ...Empty,
    questionId: Id,
    /** A one-line summary of the answer. */
    summary: z.union([z.literal(''), Text(200).refine((t) => !/[\r\n]/.test(t), '摘要只能是一行 (one line)')]).optional(),
  }),
  'bank:load': z.strictObject({ ...Empty, questions: z.array(Text(300)).max(500) }),
  'bank:draw': z.strictObject(Empty),
  'comment:add': z.strictObject({ ...Empty, presenterId: Id, text: Text(1000), judgeId: Id.optional() }),
  'comment:show': z.strictObject({ ...Empty, commentId: Id.nullable() }),
} as const;
export type CommandType = keyof typeof Commands;
export const commandTypes = Object.keys(Commands) as CommandType[];
export type CommandPayload<T extends CommandType> = z.infer<(typeof Commands)[T]>;
export type Command = { [T in CommandType]: { type: T } & CommandPayload<T> }[CommandType];

export type Role = 'host' | 'judge' | 'screen' | 'audience';
/** Which role may send each command. Everything else is refused with `forbidden`. */
export const allowedRoles: Record<CommandType, readonly Role[]> = {
  'contest:start': ['host'],
  'contest:finish': ['host'],
  'order:draw': ['host'],
  'order:set': ['host'],
  'presenter:next': ['host'],
  'presenter:absent': ['host'],
  'presenter:skip': ['host'],
  'phase:qa': ['host'],
  'scoring:open': ['host'],
  'scoring:lock': ['host'],
  'scoring:reveal': ['host'],
  'flow:back': ['host'],
  'timer:start': ['host'],
  'timer:pause': ['host'],
  'timer:add': ['host'],
  'timer:reset': ['host'],
  'screen:show': ['host'],
  'screen:mute': ['host'],
  'score:submit': ['judge'],
  'score:correct': ['host'],
  'question:ask': ['judge', 'host'],
  'question:edit': ['host'],
  'question:reorder': ['host'],
  'question:merge': ['host'],
  'question:dismiss': ['host'],
  'question:show': ['host'],
  'question:hide': ['host'],
  'question:answered': ['host'],
  'bank:load': ['host'],
  'bank:draw': ['host'],
  'comment:add': ['judge', 'host'],
  'comment:show': ['host'],
};

// ── Handshake ──────────────────────────────────────────────────────────────────────────────
/** `io(url, { auth })`: host = host token + contestId; judge/screen = their own token; audience = contestId. */
export const HandshakeAuth = z.union([
  z.strictObject({ role: z.literal('host'), token: z.string().min(1).max(200), contestId: Id }),
  z.strictObject({ role: z.literal('judge'), token: z.string().min(1).max(200) }),
  z.strictObject({ role: z.literal('screen'), token: z.string().min(1).max(200) }),
  z.strictObject({ role: z.literal('audience'), contestId: Id }),
]);
export type HandshakeAuth = z.infer<typeof HandshakeAuth>;

// ── Views ──────────────────────────────────────────────────────────────────────────────────
export const Phase = z.enum(['report', 'qa', 'scoring', 'revealed']);
export type Phase = z.infer<typeof Phase>;
export const PresenterStatus = z.enum(['waiting', 'active', 'done', 'absent']);
export const ScreenStage = z.enum(['welcome', 'order', 'presenter', 'question', 'comment', 'scoring', 'reveal', 'ranking', 'final']);
export type ScreenStage = z.infer<typeof ScreenStage>;

/** Server-authoritative timer: draw `endsAt - (Date.now() + offset)` while running, else remainingMs. */
export const TimerView = z.object({
  kind: z.enum(['report', 'qa', 'answer']),
  durationMs: z.number(),
  running: z.boolean(),
  endsAt: z.number().nullable(),
  remainingMs: z.number(),
  warnAtSeconds: z.array(z.number()),
});

const ContestInfo = z.object({
  id: z.string(),
  title: z.string(),
  theme: z.string(),
  date: z.string().nullable(),
  tier: z.string(),
  venue: z.string(),
  status: z.enum(['setup', 'running', 'finished']),
  partial: z.boolean(),
});
const PresenterInfo = z.object({
  id: z.string(),
  unit: z.string(),
  speaker: z.string(),
  title: z.string(),
  status: PresenterStatus,
});
const CriterionInfo = z.object({ name: z.string(), max: z.number(), weight: z.number() });
const Current = z.object({ presenterId: z.string(), phase: Phase, scoringOpen: z.boolean() }).nullable();

const RevealedMark = z.object({
  /** 1-based seat in the judges list; the screen shows "3号评委" unless names are revealed. */
  seat: z.number(),
  name: z.string().nullable(),
  group: z.string().nullable(),
  total: z.number(),
  dropped: z.enum(['highest', 'lowest']).nullable(),
});
const RankingLine = z.object({
  presenterId: z.string(),
  rank: z.number(),
  shared: z.boolean(),
  final: z.number(),
  penalty: z.number(),
});
export const PublicResult = z.object({
  presenterId: z.string(),
  marks: z.array(RevealedMark),
  groups: z.array(z.object({ name: z.string().nullable(), weight: z.number(), result: z.number().nullable() })),
  raw: z.number().nullable(),
  penalty: z.number(),
  overtimeSeconds: z.number(),
  final: z.number().nullable(),
  fellBackToMean: z.boolean(),
});

const Drop = z.enum(['highest', 'lowest']).nullable();
/** Mirrors shared/scoring/types.ts `Results` (a compile-time check below keeps them equal). */
export const ResultsSchema = z.object({
  presenters: z.array(
    z.object({
      presenterId: z.string(),
      judges: z.array(
        z.object({
          judgeId: z.string(),
          group: z.string().nullable(),
          values: z.array(z.number()),
          total: z.number(),
          dropped: Drop,
          droppedCriteria: z.array(Drop),
        }),
      ),
      groups: z.array(
        z.object({
          name: z.string().nullable(),
          weight: z.number(),
          judgeCount: z.number(),
          result: z.number().nullable(),
          fellBackToMean: z.boolean(),
        }),
      ),
      criteria: z.array(z.number().nullable()),
      raw: z.number().nullable(),
      penalty: z.number(),
      overtimeSeconds: z.number(),
      final: z.number().nullable(),
      fellBackToMean: z.boolean(),
    }),
  ),
  ranking: z.array(
    z.object({ presenterId: z.string(), rank: z.number(), shared: z.boolean(), decidedBy: z.string().nullable() }),
  ),
});
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const resultsMatch: Same<z.infer<typeof ResultsSchema>, Results> = true;
void resultsMatch;

const PublicQuestion = z.object({
  id: z.string(),
  text: z.string(),
  /** The asker's title (or name); null when anonymous or drawn from the bank. */
  asker: z.string().nullable(),
  source: z.enum(['judge', 'host', 'bank']),
});
const PublicQa = z.object({
  /** The question on the screen now. */
  question: PublicQuestion.nullable(),
  /** Questions already answered in the current presenter's turn. */
  answered: z.array(PublicQuestion.extend({ answerMs: z.number().nullable(), summary: z.string() })),
  comment: z.object({ id: z.string(), text: z.string(), by: z.string().nullable() }).nullable(),
  bankRemaining: z.number(),
});

export const QuestionView = z.object({
  id: z.string(),
  presenterId: z.string(),
  judgeId: z.string().nullable(),
  source: z.enum(['judge', 'host', 'bank']),
  text: z.string(),
  original: z.string(),
  askedAt: z.number(),
  status: z.enum(['waiting', 'shown', 'answered', 'dismissed', 'merged']),
  mergedInto: z.string().nullable(),
  shownAt: z.number().nullable(),
  answeredAt: z.number().nullable(),
  answerMs: z.number().nullable(),
  summary: z.string(),
});
export const CommentView = z.object({
  id: z.string(),
  presenterId: z.string(),
  judgeId: z.string().nullable(),
  by: z.enum(['judge', 'host']),
  text: z.string(),
  at: z.number(),
});

/** What the projector and the audience may see: scores only once revealed. */
export const PublicView = z.object({
  role: z.enum(['screen', 'audience']),
  rev: z.number(),
  contest: ContestInfo,
  stage: ScreenStage,
  criteria: z.array(CriterionInfo),
  presenters: z.array(PresenterInfo),
  order: z.array(z.string()),
  orderMethod: z.enum(['defined', 'drawn', 'manual']),
  current: Current,
  timer: TimerView.nullable(),
  progress: z.object({ submitted: z.number(), expected: z.number() }).nullable(),
  revealed: z.array(PublicResult),
  ranking: z.array(RankingLine),
  champions: z.array(z.string()),
  qa: PublicQa,
  /** The host switched the projector's sound cue off. */
  muted: z.boolean(),
});
export type PublicView = z.infer<typeof PublicView>;

export const JudgeView = z.object({
  role: z.literal('judge'),
  rev: z.number(),
  contest: ContestInfo,
  me: z.object({ id: z.string(), name: z.string(), title: z.string(), group: z.string().nullable() }),
  criteria: z.array(CriterionInfo),
  scoreStep: z.number(),
  presenters: z.array(PresenterInfo),
  order: z.array(z.string()),
  current: Current,
  timer: TimerView.nullable(),
  /** Only this judge's own marks, by presenter id. */
  myMarks: z.record(z.string(), z.object({ values: z.array(z.number()), total: z.number(), at: z.number() })),
  /** This judge's own questions with their status (waiting, on screen, answered, not used). */
  myQuestions: z.array(z.object({ id: z.string(), presenterId: z.string(), text: z.string(), status: QuestionView.shape.status, askedAt: z.number() })),
  myComments: z.array(z.object({ id: z.string(), presenterId: z.string(), text: z.string(), at: z.number() })),
});
export type JudgeView = z.infer<typeof JudgeView>;

export const HostView = z.object({
  role: z.literal('host'),
  rev: z.number(),
  contest: ContestInfo,
  definition: ContestDefinition, // the normalised definition as stored
  judges: z.array(
    z.object({ id: z.string(), name: z.string(), title: z.string(), group: z.string().nullable(), online: z.boolean() }),
  ),
  presenters: z.array(
    PresenterInfo.extend({
      phase: Phase.nullable(),
      reportUsedMs: z.number().nullable(),
      overtimeMs: z.number(),
      revealedWithMissing: z.array(z.string()),
      /** Every judge's marks, visible to the host only. */
      marks: z.record(
        z.string(),
        z.object({
          values: z.array(z.number()),
          total: z.number(),
          at: z.number(),
          amended: z.number(),
          /** Set when the host corrected these marks (paper ballot, a judge's mistake). */
          correction: z.object({ reason: z.string(), at: z.number() }).nullable(),
        }),
      ),
    }),
  ),
  order: z.array(z.string()),
  orderMethod: z.enum(['defined', 'drawn', 'manual']),
  current: Current,
  timer: TimerView.nullable(),
  screen: PublicView, // what the projector shows right now
  results: ResultsSchema,
  canGoBack: z.boolean(),
  questions: z.array(QuestionView),
  bank: z.array(z.object({ text: z.string(), drawn: z.boolean() })),
  comments: z.array(CommentView),
  onScreen: z.object({ question: z.string().nullable(), comment: z.string().nullable() }),
});
export type HostView = z.infer<typeof HostView>;

export type View = HostView | JudgeView | PublicView;

// ── Socket.IO event maps ───────────────────────────────────────────────────────────────────
type AckFn = (ack: Ack) => void;
export type ClientToServerEvents = { [T in CommandType]: (payload: CommandPayload<T>, ack: AckFn) => void } & {
  /** Ask for a fresh full view (after a revision gap). */
  'view:get': (ack: (view: View) => void) => void;
  /** Clock offset measurement: the server answers with its Date.now(). */
  'clock:ping': (ack: (serverNow: number) => void) => void;
};
export interface ServerToClientEvents {
  view: (view: View) => void;
  /** Sent just before the server disconnects a judge whose token was reissued. */
  'session:revoked': (info: { reason: string }) => void;
}
