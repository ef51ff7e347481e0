// The setup form's 民主测评: what is saved is what was chosen, a saved appraisal loads back into the
// same form, a custom ballot keeps its option ids through edits, and the weight reads as people
// say it (30 %, not 0.30000000000000004).
import { describe, expect, it } from 'vitest';
import { choosePreset, presetRows } from '../../client/host/setup/appraisal-draft.ts';
import { definitionFromDraft, draftFromDefinition, emptyDraft, type Draft } from '../../client/host/setup/draft.ts';
import { describeIssue } from '../../client/host/setup/issue-text.ts';
import { ContestDefinition, ContestDefinitionDraft, formatIssues, type ContestDefinitionInput } from '../../shared/definition.ts';

const base: ContestDefinitionInput = { title: '测试', criteria: [{ name: '成效', max: 100 }], judges: [{ name: '甲' }], presenters: [{ unit: '安居村' }] };
const load = (appraisal: ContestDefinitionInput['appraisal']) => draftFromDefinition(ContestDefinition.parse({ ...base, appraisal }));
/** What the server would store from the form as it is. */
const saved = (d: Draft) => ContestDefinition.parse(definitionFromDraft(d)).appraisal;
const issues = (d: Draft) => {
  const r = ContestDefinitionDraft.safeParse(definitionFromDraft(d));
  return r.success ? [] : formatIssues(r.error);
};

describe('民主测评 in the setup form', () => {
  it('is off for a new contest and saves none; switched on it saves the 满意度 ballot at 30 %', () => {
    expect(emptyDraft().appraisal.on).toBe(false);
    const d = load(null);
    expect(d.appraisal.on).toBe(false);
    expect(saved(d)).toBeNull();
    d.appraisal = { ...d.appraisal, on: true };
    expect(saved(d)).toEqual({
      preset: 'satisfaction',
      options: [
        { id: 'o1', name: '满意', points: 100, satisfied: true },
        { id: 'o2', name: '基本满意', points: 80, satisfied: true },
        { id: 'o3', name: '不满意', points: 0, satisfied: false },
        { id: 'o4', name: '不了解', points: null, satisfied: false },
      ],
      opens: 'perPresenter',
      weight: 0.3,
      noBallots: 'judgesOnly',
      electorate: 'codes',
    });
  });

  it('saves every choice as made, the weight typed as a percentage', () => {
    const d = load(null);
    d.appraisal = { ...d.appraisal, on: true, preset: 'fourLevel', opens: 'atEnd', weightPercent: 33.3, noBallots: 'zero', electorate: 'open' };
    const a = saved(d);
    expect(a).toMatchObject({ preset: 'fourLevel', opens: 'atEnd', weight: 0.333, noBallots: 'zero', electorate: 'open' });
    expect(a?.options.map((o) => o.name)).toEqual(['优秀', '称职', '基本称职', '不称职', '不了解']);
    // 0: shown on every result, counted in no score.
    d.appraisal.weightPercent = 0;
    expect(saved(d)?.weight).toBe(0);
  });

  it('loads a saved appraisal back into the same form, weight 30 reading 30', () => {
    for (const [appraisal, percent] of [
      [{ preset: 'fourLevel', weight: 0.3, opens: 'atEnd', electorate: 'open' }, 30],
      [{ preset: 'satisfaction', weight: 0.07, noBallots: 'zero' }, 7],
      [{ preset: 'satisfaction', weight: 0.333 }, 33.3],
    ] as const) {
      const d = load(appraisal);
      expect(d.appraisal).toMatchObject({ on: true, preset: appraisal.preset, weightPercent: percent });
      expect(saved(d)).toEqual(ContestDefinition.parse({ ...base, appraisal }).appraisal);
    }
  });

  it('keeps each custom option’s id through renames, moves and removals; new options get fresh ids', () => {
    const d = load({
      preset: 'custom',
      options: [
        { name: '好', points: 100, satisfied: true },
        { name: '较好', points: 80, satisfied: true },
        { name: '一般', points: 60 },
        { name: '差', points: 0 },
      ],
    });
    expect(d.appraisal.custom.map((o) => o.id)).toEqual(['o1', 'o2', 'o3', 'o4']);
    const [good, fair, plain, poor] = d.appraisal.custom;
    d.appraisal.custom = [{ ...fair!, name: '比较好' }, good!, poor!, { name: '不了解', points: 0, scored: false, satisfied: false }];
    void plain;
    const a = saved(d);
    expect(a?.options).toEqual([
      { id: 'o2', name: '比较好', points: 80, satisfied: true },
      { id: 'o1', name: '好', points: 100, satisfied: true },
      { id: 'o4', name: '差', points: 0, satisfied: false },
      { id: 'o5', name: '不了解', points: null, satisfied: false },
    ]);
  });

  it('starts a custom ballot from the preset on show and keeps a typed one across preset switches', () => {
    const d = load(null);
    d.appraisal = choosePreset({ ...d.appraisal, on: true, preset: 'fourLevel' }, 'custom');
    expect(d.appraisal.custom).toEqual(presetRows('fourLevel'));
    d.appraisal.custom = [...d.appraisal.custom.slice(0, 2), { name: '', points: 0, scored: true, satisfied: false }];
    // The spare blank row is not an option.
    expect(saved(d)?.options.map((o) => o.name)).toEqual(['优秀', '称职']);
    const back = choosePreset(choosePreset(d.appraisal, 'satisfaction'), 'custom');
    expect(back.custom.map((o) => o.name)).toEqual(['优秀', '称职', '']);
  });

  it('a 不计分 option keeps its points in the form, and ticking 计分 again brings them back', () => {
    const d = load({ preset: 'custom', options: [{ name: '满意', points: 100, satisfied: true }, { name: '弃权', points: 40 }] });
    d.appraisal.custom[1] = { ...d.appraisal.custom[1]!, scored: false };
    expect(saved(d)?.options[1]).toMatchObject({ name: '弃权', points: null });
    d.appraisal.custom[1] = { ...d.appraisal.custom[1]!, scored: true };
    expect(saved(d)?.options[1]).toMatchObject({ name: '弃权', points: 40 });
  });

  it('names a problem with an option as people count the rows, and a weight of 100 % as the server says it', () => {
    const d = load({ preset: 'custom', options: [{ name: '满意', points: 100 }, { name: '不满意', points: 0 }] });
    d.appraisal.custom[1] = { ...d.appraisal.custom[1]!, name: '满意' };
    const [dup] = issues(d);
    expect(dup).toMatch(/^appraisal\.options\[1\]\.name: /);
    expect(describeIssue(dup ?? '', d, 'zh')).toBe('第 2 个测评选项（满意）：选项重复: 满意');
    d.appraisal.custom[1] = { ...d.appraisal.custom[1]!, name: '不满意' };
    d.appraisal.weightPercent = 100;
    const [weight] = issues(d);
    expect(weight).toMatch(/^appraisal\.weight: /);
    expect(describeIssue(weight ?? '', d, 'en')).toBe('weight must be below 1');
  });
});
