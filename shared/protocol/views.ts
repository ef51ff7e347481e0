// What judges (their own marks only) and the host (everything) see.
import { z } from 'zod';
import { StoredDefinition } from '../definition.ts';
import type { Results } from '../scoring/types.ts';
import { AppraisalHost, AppraisalLineSchema } from './views-appraisal.ts';
import { RatingJudge } from './views-rating.ts';
import { ContestInfo, CriterionInfo, Current, Phase, PresenterInfo, PublicView, TimerView } from './views-public.ts';

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
      appraisal: AppraisalLineSchema.nullable(),
    }),
  ),
  ranking: z.array(
    z.object({ presenterId: z.string(), rank: z.number(), shared: z.boolean(), decidedBy: z.string().nullable() }),
  ),
});
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const resultsMatch: Same<z.infer<typeof ResultsSchema>, Results> = true;
void resultsMatch;

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
  /** When it was first on the screen (kept when taken down unanswered: it waits again); null: never. */
  firstShownAt: z.number().nullable(),
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
  /** Left out of the report by the host (comment:hide), with the reason; null when it counts. */
  hidden: z.object({ reason: z.string(), at: z.number() }).nullable(),
});

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
  /**
   * Only this judge's own marks, by presenter id. `byHost`: the host entered or corrected them
   * (补录/更正) and the judge has not sent them since, so the phone must not say "已提交".
   */
  myMarks: z.record(z.string(), z.object({ values: z.array(z.number()), total: z.number(), at: z.number(), byHost: z.boolean() })),
  /** This judge's own questions with their status (waiting, on screen, answered, not used). */
  /** `wasShown`: the question has been on the screen, even if it was taken down unanswered (it then waits again). */
  myQuestions: z.array(z.object({ id: z.string(), presenterId: z.string(), text: z.string(), status: QuestionView.shape.status, askedAt: z.number(), wasShown: z.boolean() })),
  myComments: z.array(z.object({ id: z.string(), presenterId: z.string(), text: z.string(), at: z.number() })),
  /** How many other devices hold this judge's link right now (0 normally); the pad warns when any. */
  otherDevices: z.number().int().min(0),
  /** 评比: the units to score, each one's state, and how many this judge has scored; null in a 擂台赛. */
  rating: RatingJudge.nullable(),
});
export type JudgeView = z.infer<typeof JudgeView>;

export const HostView = z.object({
  role: z.literal('host'),
  rev: z.number(),
  contest: ContestInfo,
  definition: StoredDefinition, // the normalised definition as stored, every entry with its id
  judges: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      title: z.string(),
      group: z.string().nullable(),
      online: z.boolean(),
      /** Devices holding the judge's link now (0 when offline); more than 1 deserves a look. */
      devices: z.number().int().min(0),
    }),
  ),
  presenters: z.array(
    PresenterInfo.extend({
      phase: Phase.nullable(),
      reportUsedMs: z.number().nullable(),
      /** Time allotted to the report including time added; null before the report ended. */
      reportDurationMs: z.number().nullable(),
      overtimeMs: z.number(),
      /** The host's last correction of the report time (report:correct), or null. */
      reportCorrection: z.object({ wasMs: z.number(), reason: z.string(), at: z.number() }).nullable(),
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
  /** 民主测评 with the codes issued and voided; null when the contest holds none. */
  appraisal: AppraisalHost.nullable(),
  results: ResultsSchema,
  canGoBack: z.boolean(),
  /** The speaking order may still be drawn or set (nobody has been on stage; not finished). */
  orderOpen: z.boolean(),
  questions: z.array(QuestionView),
  bank: z.array(z.object({ text: z.string(), drawn: z.boolean() })),
  comments: z.array(CommentView),
  onScreen: z.object({ question: z.string().nullable(), comment: z.string().nullable() }),
  /**
   * Scores a judge's phone sent after their unit was locked or revealed (the phone was offline):
   * refused and not counted, kept here (in memory, like presence) until the host enters marks for
   * that judge and unit (补录) — the values a 补录 would take. Added after 0.4.
   */
  lateMarks: z.array(z.object({ judgeId: z.string(), presenterId: z.string(), values: z.array(z.number()), at: z.number() })),
});
export type HostView = z.infer<typeof HostView>;
export type LateMark = HostView['lateMarks'][number];

export type View = HostView | JudgeView | PublicView;

