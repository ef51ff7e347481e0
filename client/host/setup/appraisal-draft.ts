// The 民主测评 part of the setup form: every field editable, converted to and from the definition's
// `appraisal` (shared/appraisal/definition.ts). Like the rest of the draft it only shapes data; the
// server's zod schema stays the judge of validity.
import { APPRAISAL_PRESETS, type Appraisal, type AppraisalDef } from '../../../shared/appraisal/definition.ts';
import { decimalText } from '../../../shared/scoring/entry.ts';

export type AppraisalPreset = Appraisal['preset'];

/**
 * One option of a custom ballot. `scored: false` is 不计分 (不了解): recorded, never counted; the
 * points typed stay in the row so ticking 计分 again brings them back. `id` is kept from the
 * loaded definition (absent for a new row) so an edit never renames an option.
 */
export interface OptionRow {
  id?: string;
  name: string;
  points: number;
  scored: boolean;
  satisfied: boolean;
}

export interface AppraisalDraft {
  /** Off: the definition holds no appraisal; the fields below are kept while editing. */
  on: boolean;
  preset: AppraisalPreset;
  /** The custom ballot (used only with `custom`; a preset's options come from the preset). */
  custom: OptionRow[];
  opens: Appraisal['opens'];
  /** The weight as people say it: 30 for "评委 70% + 测评 30%"; 0 = shown, not counted. */
  weightPercent: number;
  noBallots: Appraisal['noBallots'];
  electorate: Appraisal['electorate'];
}

export const emptyOption = (): OptionRow => ({ name: '', points: 0, scored: true, satisfied: false });

/** The options a preset puts on the ballot, as rows (for showing, and to start a custom ballot from). */
export const presetRows = (preset: Exclude<AppraisalPreset, 'custom'>): OptionRow[] =>
  APPRAISAL_PRESETS[preset].map((o) => ({ name: o.name, points: o.points ?? 0, scored: o.points !== null, satisfied: o.satisfied }));

/** A new contest's appraisal: off, and when switched on the county's usual 满意度 ballot at 30 %. */
export const emptyAppraisal = (): AppraisalDraft => ({
  on: false,
  preset: 'satisfaction',
  custom: [],
  opens: 'perPresenter',
  weightPercent: 30,
  noBallots: 'judgesOnly',
  electorate: 'codes',
});

// The decimal point moves in the text, not by arithmetic: 0.3 × 100 is 30.000000000000004 and
// 33.3 / 100 is 0.33299999999999996, while "0.3e2" is 30 and "33.3e-2" is 0.333.
const toPercent = (weight: number) => Number(`${decimalText(weight)}e2`);
/** NaN (an emptied box) stays NaN, which the server names as the problem. */
const fromPercent = (percent: number) => (Number.isFinite(percent) ? Number(`${decimalText(percent)}e-2`) : Number.NaN);

export function appraisalDraftFrom(a: Appraisal | null): AppraisalDraft {
  if (!a) return emptyAppraisal();
  return {
    on: true,
    preset: a.preset,
    // A preset's stored options are the preset's own, so only a custom ballot is carried as rows.
    custom: a.preset === 'custom' ? a.options.map((o) => ({ id: o.id, name: o.name, points: o.points ?? 0, scored: o.points !== null, satisfied: o.satisfied })) : [],
    opens: a.opens,
    weightPercent: toPercent(a.weight),
    noBallots: a.noBallots,
    electorate: a.electorate,
  };
}

/** A custom row left with no name is a spare line, not an option (like blank rows in the other tables). */
export const compactOptions = (rows: OptionRow[]) => rows.filter((o) => o.name.trim() !== '');

/**
 * The definition's `appraisal`. A preset is sent without options so the server fills in the
 * preset's own (ids o1, o2 … in the preset's order, the same at every save); a custom ballot is
 * sent row by row, each loaded row with its id. Issue paths ("appraisal.options[2].name") count
 * the compacted rows, which the form shows after a save.
 */
export function appraisalFromDraft(d: AppraisalDraft): AppraisalDef | null {
  if (!d.on) return null;
  const base = { preset: d.preset, opens: d.opens, weight: fromPercent(d.weightPercent), noBallots: d.noBallots, electorate: d.electorate };
  if (d.preset !== 'custom') return base;
  const options = compactOptions(d.custom).map((o) => ({ ...(o.id ? { id: o.id } : {}), name: o.name, points: o.scored ? o.points : null, satisfied: o.satisfied }));
  return { ...base, options };
}

/**
 * Switching to 自定义 starts from the ballot on show (the preset's options), so a county that
 * only wants to rename 不了解 edits one cell instead of typing the ballot again. A custom ballot
 * already typed is kept, also when switching to a preset and back.
 */
export function choosePreset(d: AppraisalDraft, preset: AppraisalPreset): AppraisalDraft {
  if (preset !== 'custom') return { ...d, preset };
  const custom = compactOptions(d.custom).length > 0 ? d.custom : presetRows(d.preset === 'custom' ? 'satisfaction' : d.preset);
  return { ...d, preset, custom };
}
