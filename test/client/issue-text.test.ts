// The setup form's verdict as people read it: rows counted from 1 with their name, one language,
// and gone as soon as the field is fixed.
import { describe, expect, it } from 'vitest';
import { definitionFromDraft, emptyCriterion, emptyDraft, emptyJudge, emptyPresenter, type Draft } from '../../client/host/setup/draft.ts';
import { describeIssue, stillOpen } from '../../client/host/setup/issue-text.ts';
import { ContestDefinitionDraft, formatIssues } from '../../shared/definition.ts';

function draft(): Draft {
  const d = emptyDraft();
  d.title = '第一期';
  d.criteria = [{ ...emptyCriterion(), name: '工作成效', max: 100 }];
  d.judges = ['张三', '李四', '王五', '赵六', '钱七'].map((name) => ({ ...emptyJudge(), name }));
  d.judges.push({ ...emptyJudge(), title: '县人大常委会副主任' }); // the sixth judge: a title, no name
  d.presenters = [{ ...emptyPresenter(), unit: '双江街道' }];
  return d;
}

const serverIssues = (d: Draft) => {
  const r = ContestDefinitionDraft.safeParse(definitionFromDraft(d));
  return r.success ? [] : formatIssues(r.error);
};

describe('setup issues', () => {
  it('names the row as people count it, in the interface language only', () => {
    const d = draft();
    const [raw] = serverIssues(d);
    expect(raw).toMatch(/^judges\[5\]\.name: /);
    expect(describeIssue(raw ?? '', d, 'zh')).toBe('第 6 位评委：姓名不能为空');
    expect(describeIssue(raw ?? '', d, 'en')).toBe('Judge 6: name must not be empty');
  });

  it('gives the row its name and keeps a message that already names its field', () => {
    const d = draft();
    expect(describeIssue('criteria[0].max: 满分必须大于 0 (max must be > 0)', d, 'zh')).toBe('第 1 项评分细则（工作成效）：满分必须大于 0');
    expect(describeIssue('judges[1].group: 未知评委组: X (unknown judge group)', d, 'en')).toBe('Judge 2 (李四): unknown judge group');
    expect(describeIssue('judges[0].title: Too big: expected string to have <=60 characters', d, 'zh')).toBe('第 1 位评委（张三）：职务不能超过 60 个字');
    expect(describeIssue('presenters: 至少一个汇报单位 (at least one presenter)', d, 'zh')).toBe('至少一个汇报单位');
  });

  it('names the field of a date that is not one (2026-2-30)', () => {
    const d = { ...draft(), date: '2026-02-30' };
    const raw = serverIssues(d).find((m) => m.startsWith('date: '))!;
    expect(describeIssue(raw, d, 'zh')).toBe('日期应为真实的年月日，如 2026-03-18');
    expect(describeIssue(raw, d, 'en')).toBe('date must be a real date, e.g. 2026-03-18');
  });

  it('says a warning time that is not a number as such, and a negative one as out of range', () => {
    const d = { ...draft(), rules: { ...draft().rules, warnAt: 'abc, 600, -1' } };
    const said = serverIssues(d).map((m) => describeIssue(m, d, 'zh'));
    expect(said).toEqual(expect.arrayContaining(['提醒时间应为数字', '提醒时间须大于 0']));
    expect(said.filter((m) => m.startsWith('提醒时间'))).toHaveLength(2);
  });

  it('says a hand-written file’s wrong kinds and unknown fields in words', () => {
    const d = draft();
    expect(describeIssue('title: Invalid input: expected string, received number', d, 'zh')).toBe('比赛名称应为文字');
    expect(describeIssue('rules.decimals: Invalid input: expected number, received string', d, 'zh')).toBe('保留小数位应为数字');
    expect(describeIssue('judges[0]: Unrecognized key: "extra"', d, 'zh')).toBe('第 1 位评委（张三）：有未知的字段 "extra"');
    expect(describeIssue('Unrecognized keys: "foo", "bar"', d, 'en')).toBe('has unknown fields "foo", "bar"');
    expect(describeIssue('criteria: Invalid input: expected array, received string', d, 'en')).toBe('criteria must be a list');
    expect(describeIssue('judges: Invalid input: expected array, received string', d, 'zh')).toBe('评委应为列表');
  });

  it('clears an issue as soon as its field is fixed, keeps the others', () => {
    const d = draft();
    d.presenters[0] = { ...emptyPresenter(), speaker: '陈志强' }; // a second problem: no unit
    const issues = serverIssues(d);
    expect(issues.length).toBe(2);
    expect(stillOpen(issues, d)).toEqual(issues);
    const fixed = { ...d, judges: d.judges.map((j, i) => (i === 5 ? { ...j, name: '孙八' } : j)) };
    expect(stillOpen(issues, fixed)).toEqual([issues.find((m) => m.startsWith('presenters'))]);
    expect(stillOpen(['比赛已开始，不能修改设置'], fixed)).toEqual(['比赛已开始，不能修改设置']);
  });

  it('says the contest title is 比赛名称, not the judges’ 职务', () => {
    expect(describeIssue('title: 不能为空 (must not be empty)', draft(), 'zh')).toBe('比赛名称不能为空');
  });

  it('reads zod’s own words for the rules in the interface language, with the field', () => {
    const d = draft();
    expect(describeIssue('rules.scoreStep: Too small: expected number to be >0', d, 'zh')).toBe('打分步长须大于 0');
    expect(describeIssue('rules.decimals: Too small: expected number to be >=0', d, 'zh')).toBe('保留小数位不能小于 0');
    expect(describeIssue('rules.overtimePenalty.points: Too small: expected number to be >0', d, 'zh')).toBe('超时扣分的“扣（分）”须大于 0');
    expect(describeIssue('rules.questions.answerSeconds: Too small: expected number to be >=10', d, 'en')).toBe('answer time per question must be at least 10');
    expect(describeIssue('rules.reportSeconds: Invalid input: expected number, received null', d, 'zh')).toBe('汇报时长不能为空');
  });

  it('keeps the server’s issue for a number field left empty (NaN here, null on the server)', () => {
    const d = draft();
    d.judges[5] = { ...d.judges[5]!, name: '孙八' };
    const empty = { ...d, rules: { ...d.rules, reportSeconds: Number.NaN } };
    const fromServer = ['rules.reportSeconds: Invalid input: expected number, received null'];
    expect(stillOpen(fromServer, empty)).toEqual(fromServer);
    expect(stillOpen(fromServer, d)).toEqual([]);
  });
});
