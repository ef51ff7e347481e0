// 民主测评 (democratic appraisal) in the contest definition: everyone in the hall rates each
// presenter 满意 / 基本满意 / 不满意 (or 优秀 / 称职 / 基本称职 / 不称职) from their phone, and the
// result counts beside the judges' score with its weight. docs/contest-definition.md "民主测评".
import { z } from 'zod';
import { text } from '../text.ts';

/** An option's id: kept when the setup is edited, like the ids of judges and presenters. */
const OptionId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'id: 1–32 letters, digits, _ or -');

export const AppraisalOptionDef = z.strictObject({
  id: OptionId.optional(),
  name: text().trim().min(1, '不能为空 (must not be empty)').max(10),
  /** Points of a ballot with this option; null: recorded and shown, never counted (不了解). */
  points: z.number().finite().min(0).max(1000).nullable(),
  /** Counts toward the satisfaction rate (满意率): 满意 and 基本满意, or 优秀 and 称职. */
  satisfied: z.boolean().default(false),
});
export type AppraisalOptionDef = z.output<typeof AppraisalOptionDef>;
export type AppraisalOption = AppraisalOptionDef & { id: string };

type PresetOption = { name: string; points: number | null; satisfied: boolean };
const opt = (name: string, points: number | null, satisfied = false): PresetOption => ({ name, points, satisfied });

/** The two ballots counties use; `custom` takes the definition's own options. */
export const APPRAISAL_PRESETS = {
  satisfaction: [opt('满意', 100, true), opt('基本满意', 80, true), opt('不满意', 0), opt('不了解', null)],
  fourLevel: [opt('优秀', 100, true), opt('称职', 80, true), opt('基本称职', 60), opt('不称职', 0), opt('不了解', null)],
} as const satisfies Record<string, readonly PresetOption[]>;

export const AppraisalDef = z
  .strictObject({
    preset: z.enum(['satisfaction', 'fourLevel', 'custom']).default('satisfaction'),
    /** Omitted: the preset's options. Required with `custom`. */
    options: z.array(AppraisalOptionDef).min(2, '至少两个选项 (at least two options)').max(8).optional(),
    /**
     * `perPresenter`: voting on a presenter opens with the judges' scoring and closes at the
     * reveal (or when the host closes it); `atEnd`: the host opens one ballot for every presenter
     * once all have presented.
     */
    opens: z.enum(['perPresenter', 'atEnd']).default('perPresenter'),
    /** Share of the final: 0.3 = judges 70 %, appraisal 30 %. 0: shown, not counted. */
    weight: z.number().finite().min(0).lt(1, '权重须小于 1 (weight must be below 1)').default(0.3),
    /** A presenter without a counted ballot: the judges' score alone (`judgesOnly`) or appraisal 0. */
    noBallots: z.enum(['judgesOnly', 'zero']).default('judgesOnly'),
    /** `codes`: one printed ballot code, one vote per presenter; `open`: one per phone. */
    electorate: z.enum(['codes', 'open']).default('codes'),
  })
  .superRefine((a, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (a.preset === 'custom' && !a.options) issue(['options'], '自定义测评须列出选项 (custom appraisal needs options)');
    const options = a.options ?? [];
    const names = options.map((o) => o.name);
    names.forEach((n, i) => names.indexOf(n) !== i && issue(['options', i, 'name'], `选项重复: ${n} (duplicate option)`));
    const ids = options.flatMap((o) => (o.id ? [o.id] : []));
    ids.forEach((id, i) => ids.indexOf(id) !== i && issue(['options'], `选项编号重复: ${id} (duplicate option id)`));
    if (a.options && !a.options.some((o) => o.points !== null && o.points > 0))
      issue(['options'], '至少一个选项计分大于 0 (at least one option must score above 0)');
  });
export type AppraisalDef = z.output<typeof AppraisalDef>;

/** The stored form: the options always listed, each with its id. */
export const StoredAppraisal = z.strictObject({
  preset: z.enum(['satisfaction', 'fourLevel', 'custom']),
  options: z.array(AppraisalOptionDef.extend({ id: OptionId })),
  opens: z.enum(['perPresenter', 'atEnd']),
  weight: z.number(),
  noBallots: z.enum(['judgesOnly', 'zero']),
  electorate: z.enum(['codes', 'open']),
});
export type Appraisal = z.output<typeof StoredAppraisal>;

/** Fills in the preset's options and gives options without an id the next free o1, o2 … */
export function normaliseAppraisal(a: AppraisalDef | null): Appraisal | null {
  if (!a) return null;
  const options: AppraisalOptionDef[] = a.options ?? (a.preset === 'custom' ? [] : APPRAISAL_PRESETS[a.preset].map((o) => ({ ...o })));
  let n = Math.max(0, ...options.map((o) => Number(/^o(\d{1,9})$/.exec(o.id ?? '')?.[1] ?? 0)));
  return { ...a, options: options.map((o) => ({ ...o, id: o.id ?? `o${++n}` })) };
}

/** The highest points an option gives: the appraisal's scale (100 with the presets). */
export const appraisalScale = (a: Appraisal): number => Math.max(0, ...a.options.map((o) => o.points ?? 0));
