// What the projector and the audience may see (scores only once revealed), and the parts of it
// the judge and host views share.
import { AppraisalLineSchema, AppraisalPublic } from './views-appraisal.ts';
import { RatingPublic } from './views-rating.ts';
import { PublicBoards } from './views-boards.ts';
import { PublicBenchmark } from '../benchmark/view.ts';
import { z } from 'zod';
export const Phase = z.enum(['report', 'qa', 'scoring', 'revealed']);
export type Phase = z.infer<typeof Phase>;
export const PresenterStatus = z.enum(['waiting', 'active', 'done', 'absent']);
export const ScreenStage = z.enum(['welcome', 'order', 'presenter', 'question', 'comment', 'scoring', 'reveal', 'ranking', 'final', 'boards', 'benchmark']);
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

export const ContestInfo = z.object({
  id: z.string(),
  /** `arena` (擂台赛) or `rating` (评比: scoring only, every unit at once). */
  kind: z.enum(['arena', 'rating']),
  title: z.string(),
  theme: z.string(),
  date: z.string().nullable(),
  tier: z.string(),
  venue: z.string(),
  status: z.enum(['setup', 'running', 'finished']),
  partial: z.boolean(),
  /** rules.decimals: every final, group result and criterion aggregate is shown with this many. */
  decimals: z.number().int(),
});
export const PresenterInfo = z.object({
  id: z.string(),
  unit: z.string(),
  speaker: z.string(),
  title: z.string(),
  status: PresenterStatus,
});
export const CriterionInfo = z.object({ id: z.string(), name: z.string(), max: z.number(), weight: z.number() });
export const Current = z.object({ presenterId: z.string(), phase: Phase, scoringOpen: z.boolean() }).nullable();

export const RevealedMark = z.object({
  /** 1-based seat in the judges list; the screen shows "3号评委" unless names are revealed. */
  seat: z.number(),
  name: z.string().nullable(),
  group: z.string().nullable(),
  total: z.number(),
  dropped: z.enum(['highest', 'lowest']).nullable(),
  /**
   * With per-criterion trimming (rules.aggregation.scope 'criterion') each value and whether it
   * was dropped, in criteria order, so the reveal can show the struck cells; null otherwise.
   */
  criteria: z.array(z.object({ value: z.number(), dropped: z.enum(['highest', 'lowest']).nullable() })).nullable(),
});
export const RankingLine = z.object({
  presenterId: z.string(),
  rank: z.number(),
  shared: z.boolean(),
  final: z.number(),
  penalty: z.number(),
});
export const PublicResult = z.object({
  presenterId: z.string(),
  marks: z.array(RevealedMark),
  /**
   * The judges who had not scored when the host revealed anyway (仍然亮分), by seat (name as in
   * `marks`, and group), so the projector can show 3号评委 未评分 where that card would be.
   */
  missing: z.array(RevealedMark.pick({ seat: true, name: true, group: true })),
  groups: z.array(
    z.object({
      name: z.string().nullable(),
      weight: z.number(),
      result: z.number().nullable(),
      /** Too few marks in this group for the trimming asked for, so its plain mean was used. */
      fellBackToMean: z.boolean(),
    }),
  ),
  raw: z.number().nullable(),
  penalty: z.number(),
  overtimeSeconds: z.number(),
  final: z.number().nullable(),
  fellBackToMean: z.boolean(),
  /** 民主测评 of this presenter (counts only), null when the contest holds none. */
  appraisal: AppraisalLineSchema.nullable(),
});

export const PublicQuestion = z.object({
  id: z.string(),
  text: z.string(),
  /** The asker's title (or name); null when anonymous or drawn from the bank. */
  asker: z.string().nullable(),
  source: z.enum(['judge', 'host', 'bank']),
});
export const PublicQa = z.object({
  /** The question on the screen now. */
  question: PublicQuestion.nullable(),
  /** Questions already answered in the current presenter's turn. */
  answered: z.array(PublicQuestion.extend({ answerMs: z.number().nullable(), summary: z.string() })),
  comment: z.object({ id: z.string(), text: z.string(), by: z.string().nullable() }).nullable(),
  bankRemaining: z.number(),
});

/** What the projector and the audience may see: scores only once revealed. */
export const PublicView = z.object({
  role: z.enum(['screen', 'audience']),
  rev: z.number(),
  contest: ContestInfo,
  stage: ScreenStage,
  /**
   * The host put `stage` on the projector (`screen:show`); false when it follows the contest. A
   * 评比's projector shows its progress grid in place of an empty stage, never of a forced one.
   */
  stageForced: z.boolean(),
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
  /** 民主测评: the ballot and the state of voting; null when the contest holds none. */
  appraisal: AppraisalPublic.nullable(),
  /** 评比: every unit's state and how many judges have submitted; null in a 擂台赛. */
  rating: RatingPublic.nullable(),
  /** The series' 红榜 / 黑榜 for this contest's tier and period while the stage is `boards`, else null. */
  boards: PublicBoards.nullable(),
  /** The 对标 charts of the presenter on stage while the stage is `benchmark`, else null. */
  benchmark: PublicBenchmark.nullable(),
});
export type PublicView = z.infer<typeof PublicView>;

