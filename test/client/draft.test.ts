// The setup form's model: what the host's filled-in form turns into when sent, what an existing
// contest looks like when opened for editing, and what an imported file gives.
import { describe, expect, it } from 'vitest';
import {
  compactDraft,
  definitionFromDraft,
  draftFromDefinition,
  emptyCriterion,
  emptyDraft,
  emptyJudge,
  emptyPresenter,
  fullMarks,
  parseImported,
  withSpareRows,
  type Draft,
} from '../../client/host/setup/draft.ts';
import { ContestDefinition } from '../../shared/definition.ts';
import { baseInput, GROUPED_DEF } from '../domain/given.ts';

// Rows are built from the form's own empty rows, as the form does, so whatever else a row
// carries (ids, later) is there too.
const criterion = (name: string, max: number, weight = 1, description = '') => ({ ...emptyCriterion(), name, max, weight, description });
const judgeRow = (name: string, title = '', group = '') => ({ ...emptyJudge(), name, title, group });
const presenterRow = (unit: string, speaker = '') => ({ ...emptyPresenter(), unit, speaker });

/** What the host typed: spare empty rows included, as the form keeps them. */
function filled(): Draft {
  const d = emptyDraft();
  return {
    ...d,
    title: '峨山县书记擂台赛',
    date: '2025-06-01',
    criteria: [
      criterion('工作成效', 40, 1, '  '),
      criterion('创新亮点', 20, 1.5, '看特色'),
      emptyCriterion(),
    ],
    judgeGroups: [{ name: '县级领导', weight: 60 }, { name: '群众代表', weight: 40 }, { name: ' ', weight: 1 }],
    judges: [
      judgeRow('张评委', '县委书记', '县级领导'),
      judgeRow('李评委', '', '群众代表'),
      judgeRow(' '),
    ],
    presenters: [presenterRow('双江街道', '甲书记'), emptyPresenter()],
  };
}

describe('what a filled-in form sends', () => {
  it('drops the spare empty rows, and leaves out a blank description, group or date', () => {
    const def = definitionFromDraft(filled());
    expect(def.criteria).toMatchObject([
      { name: '工作成效', max: 40, weight: 1 },
      { name: '创新亮点', max: 20, weight: 1.5, description: '看特色' },
    ]);
    expect(def.criteria[0]).not.toHaveProperty('description');
    expect(def.judgeGroups).toEqual([{ name: '县级领导', weight: 60 }, { name: '群众代表', weight: 40 }]);
    expect(def.judges).toMatchObject([
      { name: '张评委', title: '县委书记', group: '县级领导' },
      { name: '李评委', title: '', group: '群众代表' },
    ]);
    const ungrouped = definitionFromDraft({ ...filled(), judgeGroups: [], judges: [judgeRow('李评委')] });
    expect(ungrouped.judges).toMatchObject([{ name: '李评委', title: '' }]);
    expect(ungrouped.judges[0]).not.toHaveProperty('group');
    expect(def.presenters).toMatchObject([{ unit: '双江街道', speaker: '甲书记', title: '' }]);
    expect(def.date).toBe('2025-06-01');
    expect('date' in definitionFromDraft({ ...filled(), date: '' })).toBe(false);
  });

  it('is a definition the server accepts', () => {
    expect(ContestDefinition.safeParse(definitionFromDraft(filled())).success).toBe(true);
  });

  it.each(['60, 30', '60，30', '60、30', ' 60  30 ', '60,30,'])('reads the warnings typed as "%s"', (warnAt) => {
    const d = filled();
    expect(definitionFromDraft({ ...d, rules: { ...d.rules, warnAt } }).rules?.warnAtSeconds).toEqual([60, 30]);
  });

  it('sends no warnings for an empty warnings field', () => {
    const d = filled();
    expect(definitionFromDraft({ ...d, rules: { ...d.rules, warnAt: '' } }).rules?.warnAtSeconds).toEqual([]);
  });

  it('drops nothing with a plain mean, whatever the hidden drop fields still hold', () => {
    const d = filled();
    const mean = definitionFromDraft({ ...d, rules: { ...d.rules, method: 'mean', dropHighest: 2, dropLowest: 1 } });
    expect(mean.rules?.aggregation).toMatchObject({ method: 'mean', dropHighest: 0, dropLowest: 0 });
    const trimmed = definitionFromDraft({ ...d, rules: { ...d.rules, method: 'trimmed', dropHighest: 2, dropLowest: 1 } });
    expect(trimmed.rules?.aggregation).toMatchObject({ method: 'trimmed', dropHighest: 2, dropLowest: 1 });
  });

  it('sends no overtime penalty while it is switched off, and its values once switched on', () => {
    const d = filled();
    const penalty = { everySeconds: 15, points: 0.5, max: 3 };
    expect(definitionFromDraft({ ...d, rules: { ...d.rules, penaltyOn: false, penalty } }).rules?.overtimePenalty).toBeNull();
    expect(definitionFromDraft({ ...d, rules: { ...d.rules, penaltyOn: true, penalty } }).rules?.overtimePenalty).toEqual(penalty);
  });

  it('lets answers share the Q&A timer when the answer time is 0', () => {
    const d = filled();
    expect(definitionFromDraft({ ...d, rules: { ...d.rules, answerSeconds: 0 } }).rules?.questions?.answerSeconds).toBeNull();
    expect(definitionFromDraft({ ...d, rules: { ...d.rules, answerSeconds: 90 } }).rules?.questions?.answerSeconds).toBe(90);
  });
});

describe('editing an existing contest', () => {
  it('opens every field of the definition and sends it back unchanged', () => {
    const def = ContestDefinition.parse({
      ...baseInput,
      tier: '科级干部',
      venue: '县委党校',
      criteria: [{ name: '工作成效', max: 30, description: '实绩' }, { name: '汇报表现', max: 20, weight: 2 }],
      rules: {
        ...baseInput.rules,
        warnAtSeconds: [90, 20],
        overtimePenalty: { everySeconds: 30, points: 1, max: 5 },
        tieBreak: ['lessOvertime', 'criterion:工作成效'],
        questions: { autoShow: true, anonymous: true, answerSeconds: 60 },
      },
    });
    expect(ContestDefinition.parse(definitionFromDraft(draftFromDefinition(def)))).toEqual(def);
    expect(ContestDefinition.parse(definitionFromDraft(draftFromDefinition(GROUPED_DEF)))).toEqual(GROUPED_DEF);
  });

  it('shows the warnings as text and a switched-off penalty with sensible values to switch on', () => {
    const d = draftFromDefinition(ContestDefinition.parse(baseInput));
    expect(d.rules.warnAt).toBe('60, 30');
    expect(d.rules.penaltyOn).toBe(false);
    expect(d.rules.penalty).toEqual({ everySeconds: 30, points: 1, max: 5 });
  });
});

describe('a new contest', () => {
  it('starts with one empty row to type in per list and the default rules', () => {
    const d = emptyDraft();
    expect([d.title, d.criteria.length, d.judges.length, d.presenters.length]).toEqual(['', 1, 1, 1]);
    expect(d.rules).toMatchObject({ reportSeconds: 300, qaSeconds: 180, warnAt: '60, 30', scoreStep: 0.5, method: 'trimmed', decimals: 2 });
  });

  it('sends empty lists while nothing is typed, for the server to name what is missing', () => {
    const def = definitionFromDraft(emptyDraft());
    expect([def.criteria, def.judges, def.presenters]).toEqual([[], [], []]);
  });
});

describe('spare rows', () => {
  it('keeps a criterion with a maximum but no name, so the server can point at it', () => {
    const d = filled();
    const kept = compactDraft({ ...d, criteria: [criterion('', 10)] });
    expect(kept.criteria).toHaveLength(1);
  });

  it('gives an emptied list one blank row back, and leaves filled lists alone', () => {
    const d = withSpareRows({ ...filled(), criteria: [], judges: [], presenters: [] });
    expect([d.criteria.length, d.judges.length, d.presenters.length]).toEqual([1, 1, 1]);
    expect(withSpareRows(filled()).judges).toHaveLength(3);
  });
});

describe('full marks', () => {
  it('adds up maximum × weight, ignoring a maximum still being typed', () => {
    expect(fullMarks(filled().criteria)).toBe(70);
    expect(fullMarks([criterion('x', Number.NaN), criterion('y', 10, 2)])).toBe(20);
  });
});

describe('importing a file', () => {
  it('reads a bare definition and the { definition } the API returns alike', () => {
    const bare = parseImported(JSON.stringify(baseInput));
    const wrapped = parseImported(JSON.stringify({ id: 'c1', definition: baseInput }));
    expect(bare.ok && bare.draft.presenters.map((p) => p.unit)).toEqual(['双江街道', '小街镇', '化念镇']);
    expect(wrapped).toEqual(bare);
  });

  it('says what is wrong with a file that is not JSON or not a definition', () => {
    // In the host's words, not the browser parser's English ("Unexpected token…").
    expect(parseImported('hello 你好')).toMatchObject({ ok: false, issues: [expect.stringMatching(/^不是比赛文件（JSON）：请选择从“导出 JSON”保存的文件/)] });
    const bad = parseImported(JSON.stringify({ ...baseInput, judges: [] }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues.join('\n')).toMatch(/^judges: /m);
    // Every problem of the file, each with the path the form reads rows from (judges[1], not judges.1).
    const wrong = parseImported(JSON.stringify({ ...baseInput, title: 5, judges: [{ name: '张评委' }, { name: 7 }] }));
    expect(wrong).toEqual({ ok: false, issues: ['title: Invalid input: expected string, received number', 'judges[1].name: Invalid input: expected string, received number'] });
  });

  it('loads a file that breaks only a rule between fields, with its problems to mark on their rows', () => {
    const file = { ...baseInput, judges: [{ name: '张评委', group: '县级领导' }, { name: '李评委' }, { name: '李评委' }] };
    const loaded = parseImported(JSON.stringify(file));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.draft.judges.map((j) => [j.name, j.group])).toEqual([
      ['张评委', '县级领导'],
      ['李评委', ''],
      ['李评委', ''],
    ]);
    expect(loaded.issues).toEqual(expect.arrayContaining([expect.stringMatching(/^judges: 评委姓名重复: 李评委/), expect.stringMatching(/^judges\[0\]\.group: 未知评委组: 县级领导/)]));
    expect(loaded.issues).toHaveLength(2);
  });
});
