// The setup form's model: every field present and editable, converted to and from the contest
// definition the server validates. The server stays the judge of validity; this only shapes data.
import { ContestDefinition, ContestDefinitionShape, formatIssues, withIds, type ContestDefinitionInput } from '../../../shared/definition.ts';
import type { SeriesPlace } from '../route.ts';
import { normaliseDate } from '../series/ledger-paste.ts';
import { appraisalDraftFrom, appraisalFromDraft, compactOptions, type AppraisalDraft } from './appraisal-draft.ts';

// Rows carry the stable id of an existing entry (absent for a new row): sent back on save, so
// the server keeps each judge's link and each presenter's identity however the rows are edited.
export interface CriterionRow { id?: string; name: string; max: number; weight: number; description: string }
export interface GroupRow { name: string; weight: number }
export interface JudgeRow { id?: string; name: string; title: string; group: string }
export interface PresenterRow { id?: string; unit: string; speaker: string; title: string }

export interface Draft {
  /** 比赛类型: 擂台赛 or 评比 (scoring only); kept through an edit. */
  kind: 'arena' | 'rating';
  title: string;
  theme: string;
  date: string;
  tier: string;
  venue: string;
  criteria: CriterionRow[];
  judgeGroups: GroupRow[];
  judges: JudgeRow[];
  presenters: PresenterRow[];
  appraisal: AppraisalDraft;
  /** 所属系列: the series, tier and period the contest belongs to; null for none. */
  series: SeriesPlace | null;
  rules: {
    reportSeconds: number;
    qaSeconds: number;
    /** Edited as text ("60, 30"), so a half-typed list is not rejected while typing. */
    warnAt: string;
    scoreStep: number;
    method: 'mean' | 'trimmed';
    dropHighest: number;
    dropLowest: number;
    scope: 'total' | 'criterion';
    decimals: number;
    rounding: 'final' | 'eachStep';
    penaltyOn: boolean;
    penalty: { everySeconds: number; points: number; max: number };
    tieBreak: string[];
    revealJudgeNames: boolean;
    qAutoShow: boolean;
    qAnonymous: boolean;
    /** 0 = answers share the Q&A timer (null in the definition). */
    answerSeconds: number;
  };
}

export type Rules = Draft['rules'];

export const emptyCriterion = (): CriterionRow => ({ name: '', max: 0, weight: 1, description: '' });
export const emptyJudge = (): JudgeRow => ({ name: '', title: '', group: '' });
export const emptyPresenter = (): PresenterRow => ({ unit: '', speaker: '', title: '' });

export function emptyDraft(): Draft {
  const d = draftFromDefinition(
    ContestDefinition.parse({ title: '-', criteria: [{ name: '-', max: 100 }], judges: [{ name: '-' }], presenters: [{ unit: '-' }] }),
  );
  return { ...d, title: '', criteria: [emptyCriterion()], judges: [emptyJudge()], presenters: [emptyPresenter()] };
}

export function draftFromDefinition(def: ContestDefinition): Draft {
  const r = def.rules;
  return {
    kind: def.kind,
    title: def.title,
    theme: def.theme,
    date: def.date ?? '',
    tier: def.tier,
    venue: def.venue,
    criteria: def.criteria.map((c) => ({ id: c.id, name: c.name, max: c.max, weight: c.weight, description: c.description ?? '' })),
    judgeGroups: def.judgeGroups.map((g) => ({ ...g })),
    judges: def.judges.map((j) => ({ id: j.id, name: j.name, title: j.title, group: j.group ?? '' })),
    presenters: def.presenters.map((p) => ({ ...p })),
    appraisal: appraisalDraftFrom(def.appraisal),
    series: def.series ? { ...def.series } : null,
    rules: {
      reportSeconds: r.reportSeconds,
      qaSeconds: r.qaSeconds,
      warnAt: r.warnAtSeconds.join(', '),
      scoreStep: r.scoreStep,
      method: r.aggregation.method,
      dropHighest: r.aggregation.dropHighest,
      dropLowest: r.aggregation.dropLowest,
      scope: r.aggregation.scope,
      decimals: r.decimals,
      rounding: r.rounding,
      penaltyOn: r.overtimePenalty !== null,
      penalty: r.overtimePenalty ?? { everySeconds: 30, points: 1, max: 5 },
      tieBreak: [...r.tieBreak],
      revealJudgeNames: r.revealJudgeNames,
      qAutoShow: r.questions.autoShow,
      qAnonymous: r.questions.anonymous,
      answerSeconds: r.questions.answerSeconds ?? 0,
    },
  };
}

/** A row whose text cells are all empty (and, for criteria, without a maximum); its id does not count. */
export const blank = (row: object) => Object.entries(row).every(([k, v]) => k === 'id' || typeof v !== 'string' || v.trim() === '');

/** Drops rows left completely empty, so a spare line in a table is not an error. */
export function compactDraft(d: Draft): Draft {
  return {
    ...d,
    criteria: d.criteria.filter((c) => !blank(c) || c.max !== 0),
    judgeGroups: d.judgeGroups.filter((g) => !blank(g)),
    judges: d.judges.filter((j) => !blank(j)),
    presenters: d.presenters.filter((p) => !blank(p)),
    appraisal: { ...d.appraisal, custom: compactOptions(d.appraisal.custom) },
  };
}

/** An emptied list gets one blank row back, so there is somewhere to type (indices unchanged). */
export function withSpareRows(d: Draft): Draft {
  return {
    ...d,
    criteria: d.criteria.length ? d.criteria : [emptyCriterion()],
    judges: d.judges.length ? d.judges : [emptyJudge()],
    presenters: d.presenters.length ? d.presenters : [emptyPresenter()],
  };
}

const withId = (row: { id?: string }) => (row.id ? { id: row.id } : {});

/** Row indices in the server's messages (judges[2]…) match the compacted draft. */
export function definitionFromDraft(draft: Draft): ContestDefinitionInput {
  const d = compactDraft(draft);
  const r = d.rules;
  return {
    kind: d.kind,
    title: d.title,
    theme: d.theme,
    // As an office writes it (2026年5月20日, 2026/5/20) or as the form asks (2026-05-20).
    ...(d.date.trim() ? { date: normaliseDate(d.date) } : {}),
    tier: d.tier,
    venue: d.venue,
    criteria: d.criteria.map((c) => ({ ...withId(c), name: c.name, max: c.max, weight: c.weight, ...(c.description.trim() ? { description: c.description } : {}) })),
    judgeGroups: d.judgeGroups,
    judges: d.judges.map((j) => ({ ...withId(j), name: j.name, title: j.title, ...(j.group ? { group: j.group } : {}) })),
    presenters: d.presenters.map((p) => ({ ...withId(p), unit: p.unit, speaker: p.speaker, title: p.title })),
    appraisal: appraisalFromDraft(d.appraisal),
    series: d.series,
    rules: {
      reportSeconds: r.reportSeconds,
      qaSeconds: r.qaSeconds,
      // A word that is not a number goes as typed, so the check says 应为数字 (as NaN it read as
      // 不能为空, the words of a number field left empty).
      warnAtSeconds: r.warnAt
        .split(/[,，、\s]+/)
        .filter(Boolean)
        .map((x) => (Number.isFinite(Number(x)) ? Number(x) : (x as unknown as number))),
      scoreStep: r.scoreStep,
      aggregation: {
        method: r.method,
        dropHighest: r.method === 'trimmed' ? r.dropHighest : 0,
        dropLowest: r.method === 'trimmed' ? r.dropLowest : 0,
        scope: r.scope,
      },
      decimals: r.decimals,
      rounding: r.rounding,
      overtimePenalty: r.penaltyOn ? r.penalty : null,
      tieBreak: r.tieBreak,
      revealJudgeNames: r.revealJudgeNames,
      questions: { autoShow: r.qAutoShow, anonymous: r.qAnonymous, answerSeconds: r.answerSeconds > 0 ? r.answerSeconds : null },
    },
  };
}

/** Highest possible judge total: Σ max × weight (what a perfect score sheet adds up to). */
export const fullMarks = (criteria: CriterionRow[]) => criteria.reduce((sum, c) => sum + (Number.isFinite(c.max) ? c.max * c.weight : 0), 0);

/** Reads an imported file: a bare definition, or the `{ definition }` that GET /api/contests/:id returns. */
/**
 * A file chosen with 导入 JSON. One whose fields all have their shape loads into the form even
 * when it breaks a rule between fields (a judge in a group the file does not list, a name
 * twice): its problems come back as the server's would at 创建比赛 and are marked on their rows.
 * One that cannot be shown (a field of the wrong kind, no judges) leaves the form as it was.
 */
export function parseImported(text: string): { ok: true; draft: Draft; issues: string[] } | { ok: false; issues: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // The browser's parser speaks English ("Unexpected token 'h'…"): what the host needs is which file.
    return { ok: false, issues: ['不是比赛文件（JSON）：请选择从“导出 JSON”保存的文件 (not a contest file: choose one saved with Export JSON)'] };
  }
  const inner = typeof data === 'object' && data !== null && 'definition' in data ? data.definition : data;
  const parsed = ContestDefinition.safeParse(inner);
  if (parsed.success) return { ok: true, draft: draftFromDefinition(parsed.data), issues: [] };
  const shape = ContestDefinitionShape.safeParse(inner);
  if (shape.success) return { ok: true, draft: draftFromDefinition(withIds(shape.data)), issues: formatIssues(parsed.error) };
  return { ok: false, issues: formatIssues(parsed.error) };
}
