// The contest definition: the JSON a host (or another program) sends to create a contest.
// One zod schema is the single source of truth; docs/contest-definition.md describes it.
import { z } from 'zod';
import { text } from './text.ts';
import { onGrid } from './scoring/entry.ts';
import { AppraisalDef, normaliseAppraisal, StoredAppraisal, type Appraisal } from './appraisal/definition.ts';

const name = (max: number) => text().trim().min(1, '不能为空 (must not be empty)').max(max);

/**
 * The stable id of a judge, presenter or criterion: kept when the setup is edited, the same in
 * every event, view and export. Optional in what clients send (generated when absent); always
 * present in what is stored and sent back. Names of Object.prototype's members are refused,
 * since ids are keys of plain objects in the state.
 */
export const StableId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,32}$/, 'id: 1–32 letters, digits, _ or - (id must be 1-32 of A-Z a-z 0-9 _ -)')
  .refine((id) => !(id in Object.prototype), 'id: reserved name');

export const CriterionDef = z.strictObject({
  id: StableId.optional(),
  name: name(40),
  max: z.number().finite().positive('满分必须大于 0 (max must be > 0)').max(1000),
  /** Multiplier applied to this criterion when a judge's total is summed. */
  weight: z.number().finite().positive().max(100).default(1),
  description: text().max(500).optional(),
});

export const JudgeGroupDef = z.strictObject({
  name: name(40),
  weight: z.number().finite().positive('权重必须大于 0 (weight must be > 0)').max(1000),
});

export const JudgeDef = z.strictObject({
  id: StableId.optional(),
  name: name(40),
  title: text().trim().max(60).default(''),
  group: text().trim().min(1).max(40).optional(),
});

export const PresenterDef = z.strictObject({
  id: StableId.optional(),
  unit: name(60),
  speaker: text().trim().max(40).default(''),
  title: text().trim().max(60).default(''),
});

export const AggregationDef = z.strictObject({
  method: z.enum(['mean', 'trimmed']).default('trimmed'),
  dropHighest: z.number().int().min(0).max(10).default(1),
  dropLowest: z.number().int().min(0).max(10).default(1),
  scope: z.enum(['total', 'criterion']).default('total'),
});

export const OvertimePenaltyDef = z.strictObject({
  everySeconds: z.number().int().positive().max(3600),
  points: z.number().finite().positive().max(100),
  max: z.number().finite().positive().max(1000),
});

/** `criterion:NAME` (higher aggregate on that criterion wins) or `lessOvertime`. */
export const TieBreakDef = z.union([
  z.literal('lessOvertime'),
  text().regex(/^criterion:.+$/, 'tie-break must be "criterion:NAME" or "lessOvertime"'),
]);

export const RulesDef = z.strictObject({
  reportSeconds: z.number().int().min(10).max(7200).default(300),
  qaSeconds: z.number().int().min(0).max(7200).default(180),
  warnAtSeconds: z.array(z.number().int().positive().max(7200)).max(5).default([60, 30]),
  scoreStep: z.number().finite().positive().max(100).default(0.5),
  aggregation: AggregationDef.default({ method: 'trimmed', dropHighest: 1, dropLowest: 1, scope: 'total' }),
  decimals: z.number().int().min(0).max(4).default(2),
  rounding: z.enum(['final', 'eachStep']).default('final'),
  overtimePenalty: OvertimePenaltyDef.nullable().default(null),
  tieBreak: z.array(TieBreakDef).max(10).default([]),
  /** Whether the projector labels revealed marks with judges' names or as 1号评委, 2号评委… */
  revealJudgeNames: z.boolean().default(false),
  questions: z
    .strictObject({
      /** Judges' questions go straight to the screen in arrival order, without moderation. */
      autoShow: z.boolean().default(false),
      /** The screen shows questions without the asker's title or name. */
      anonymous: z.boolean().default(false),
      /** Each question shown gets its own answer countdown; null: answers share the Q&A timer. */
      answerSeconds: z.number().int().min(10).max(1800).nullable().default(null),
    })
    .default({ autoShow: false, anonymous: false, answerSeconds: null }),
});

/**
 * `arena` (擂台赛): presenters report one by one, with Q&A, timers and scoring per presenter.
 * `rating` (评比): scoring only; judges score every unit in one sitting, in any order.
 */
export const ContestKind = z.enum(['arena', 'rating']);
export type ContestKind = z.infer<typeof ContestKind>;

/** Where a contest counts in a series: the series, its tier and its period (docs/series.md). */
export const SeriesLinkDef = z.strictObject({ seriesId: text().min(1).max(32), tierId: text().min(1).max(32), periodId: text().min(1).max(32) });
export type SeriesLinkDef = z.infer<typeof SeriesLinkDef>;

const ContestDefinitionBase = z.strictObject({
  /** Absent in every definition and stored log written before 评比 existed: `arena`. */
  kind: ContestKind.default('arena'),
  title: name(100),
  theme: text().trim().max(200).default(''),
  date: z.iso.date('应为真实的年月日，如 2026-03-18 (must be a real date, e.g. 2026-03-18)').optional(),
  tier: text().trim().max(60).default(''),
  venue: text().trim().max(100).default(''),
  criteria: z.array(CriterionDef).min(1, '至少一项评分细则 (at least one criterion)').max(20),
  judgeGroups: z.array(JudgeGroupDef).max(10).default([]),
  judges: z.array(JudgeDef).min(1, '至少一名评委 (at least one judge)').max(60),
  presenters: z.array(PresenterDef).min(1, '至少一个汇报单位 (at least one presenter)').max(200),
  rules: RulesDef.default(() => RulesDef.parse({})),
  /** 民主测评 by the hall; null (the default): none. */
  appraisal: AppraisalDef.nullable().default(null),
  /** The series, tier and period the contest belongs to (docs/series.md); null (the default): none. */
  series: SeriesLinkDef.nullable().default(null),
});

/**
 * Each field's own shape, without the rules between fields (a judge's group must exist, names
 * once): a file that passes this can be shown in the setup form with its problems marked.
 */
export const ContestDefinitionShape = ContestDefinitionBase;

// The grid rule lives with the rest of the score-entry rule; re-exported for older importers.
export { onGrid } from './scoring/entry.ts';

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/**
 * A definition as a client sends it, checked for consistency, ids still optional. The server
 * gives ids to new entries with `withIds` (knowing every id the contest ever used); everything
 * else parses with `ContestDefinition`, which does the same without that history.
 */
export const ContestDefinitionDraft = ContestDefinitionBase.superRefine((d, ctx) => {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

  const ids = (items: { id?: string | undefined }[]) => items.flatMap((x) => (x.id === undefined ? [] : [x.id]));
  for (const id of duplicates(ids(d.criteria))) issue(['criteria'], `评分细则编号重复: ${id} (duplicate criterion id)`);
  for (const id of duplicates(ids(d.judges))) issue(['judges'], `评委编号重复: ${id} (duplicate judge id)`);
  for (const id of duplicates(ids(d.presenters))) issue(['presenters'], `汇报单位编号重复: ${id} (duplicate presenter id)`);

  for (const n of duplicates(d.criteria.map((c) => c.name)))
    issue(['criteria'], `评分细则名称重复: ${n} (duplicate criterion name)`);
  for (const n of duplicates(d.judgeGroups.map((g) => g.name)))
    issue(['judgeGroups'], `评委组名称重复: ${n} (duplicate judge group name)`);
  for (const n of duplicates(d.judges.map((j) => j.name)))
    issue(['judges'], `评委姓名重复: ${n} (duplicate judge name)`);
  for (const n of duplicates(d.presenters.map((p) => JSON.stringify([p.unit, p.speaker]))))
    issue(['presenters'], `汇报单位重复: ${(JSON.parse(n) as string[]).join(' ').trim()} (duplicate presenter)`);

  d.criteria.forEach((c, i) => {
    if (!onGrid(c.max, d.rules.scoreStep))
      issue(['criteria', i, 'max'], `满分 ${c.max} 不在打分步长 ${d.rules.scoreStep} 上 (max is not a multiple of scoreStep)`);
  });

  const groups = new Set(d.judgeGroups.map((g) => g.name));
  d.judges.forEach((j, i) => {
    if (j.group !== undefined && !groups.has(j.group))
      issue(['judges', i, 'group'], `未知评委组: ${j.group} (unknown judge group)`);
    if (j.group === undefined && groups.size > 0)
      issue(['judges', i, 'group'], `评委 ${j.name} 未指定评委组 (judge has no group while judgeGroups are defined)`);
  });
  d.judgeGroups.forEach((g, i) => {
    if (!d.judges.some((j) => j.group === g.name)) issue(['judgeGroups', i], `评委组 ${g.name} 没有评委 (group has no judges)`);
  });

  const criteria = new Set(d.criteria.map((c) => c.name));
  d.rules.tieBreak.forEach((t, i) => {
    if (t.startsWith('criterion:') && !criteria.has(t.slice('criterion:'.length)))
      issue(['rules', 'tieBreak', i], `并列规则中的评分细则不存在: ${t.slice('criterion:'.length)} (unknown criterion in tie-break)`);
  });
  for (const t of duplicates(d.rules.tieBreak)) issue(['rules', 'tieBreak'], `并列规则重复: ${t} (duplicate tie-break)`);

  if (new Set(d.rules.warnAtSeconds).size !== d.rules.warnAtSeconds.length)
    issue(['rules', 'warnAtSeconds'], '提醒时间重复 (duplicate warning time)');
  // A 评比 has no per-presenter scoring for the hall's vote to open with: it votes at the end.
  if (d.kind === 'rating' && d.appraisal && d.appraisal.opens === 'perPresenter')
    issue(['appraisal', 'opens'], '评比的民主测评须在最后统一进行，请设置 opens: "atEnd" (a rating contest votes atEnd)');

  d.rules.warnAtSeconds.forEach((w, i) => {
    if (w >= d.rules.reportSeconds)
      issue(['rules', 'warnAtSeconds', i], `提醒时间 ${w} 秒不小于汇报时长 (warning must be shorter than reportSeconds)`);
  });
});

export type ContestDefinitionDraft = z.output<typeof ContestDefinitionDraft>;

type WithId<T> = Omit<T, 'id'> & { id: string };
type Identified = Omit<ContestDefinitionDraft, 'criteria' | 'judges' | 'presenters' | 'appraisal'> & {
  appraisal: Appraisal | null;
  criteria: WithId<ContestDefinitionDraft['criteria'][number]>[];
  judges: WithId<ContestDefinitionDraft['judges'][number]>[];
  presenters: WithId<ContestDefinitionDraft['presenters'][number]>[];
};

/**
 * Gives every entry without an id the next free one of its kind (c…, j…, p… followed by a number
 * above any such id in the definition or in `taken`), so an id once used in a contest is never
 * given to someone else. A definition with no ids at all gets j1…jN, p1…pN, c1…cN in list order:
 * exactly the ids that contests created before ids were stored have always used.
 */
export function withIds(d: ContestDefinitionDraft, taken: Iterable<string> = []): Identified {
  const used = [...taken];
  return {
    ...d,
    criteria: assign(d.criteria, 'c', used),
    judges: assign(d.judges, 'j', used),
    presenters: assign(d.presenters, 'p', used),
    appraisal: normaliseAppraisal(d.appraisal),
  };
}

function assign<T extends { id?: string | undefined }>(items: T[], prefix: string, taken: string[]): WithId<T>[] {
  const pattern = new RegExp(`^${prefix}(\\d{1,9})$`);
  let n = 0;
  for (const id of [...taken, ...items.map((x) => x.id ?? '')]) {
    const m = pattern.exec(id);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return items.map((x) => ({ ...x, id: x.id ?? `${prefix}${++n}` }));
}

/** What every consumer works with: a checked definition where every entry has its id. */
export const ContestDefinition = ContestDefinitionDraft.transform((d) => withIds(d));

export type ContestDefinitionInput = z.input<typeof ContestDefinition>;
export type ContestDefinition = z.output<typeof ContestDefinition>;
export type Rules = ContestDefinition['rules'];
export type Criterion = ContestDefinition['criteria'][number];

/**
 * The stored definition as the server sends it (ids always present): the schema of the host
 * view's `definition`, with no transform so that it can be written as JSON Schema.
 */
export const StoredDefinition = ContestDefinitionBase.extend({
  criteria: z.array(CriterionDef.extend({ id: StableId })),
  judges: z.array(JudgeDef.extend({ id: StableId })),
  presenters: z.array(PresenterDef.extend({ id: StableId })),
  appraisal: StoredAppraisal.nullable().default(null),
});
const storedMatches: [z.output<typeof StoredDefinition>] extends [ContestDefinition] ? true : false = true;
void storedMatches;

/** Human-readable, field-naming messages for a failed parse, e.g. "judges[2].group: 未知评委组: X". */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => {
    const path = i.path.reduce<string>(
      (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)),
      '',
    );
    return path ? `${path}: ${i.message}` : i.message;
  });
}
