// The server's refusals as a page shows them: one language, no field path unless the words need it.
import { describe, expect, it } from 'vitest';
import { sayIssue, sayRefusal } from '../../shared/issue-words.ts';

describe('sayIssue', () => {
  it.each([
    ['terms.issuer: 请填写发布单位 (the issuing body is required)', 'zh', '请填写发布单位'],
    ['terms.issuer: 请填写发布单位 (the issuing body is required)', 'en', 'the issuing body is required'],
    ['phone: 电话号码格式不对 (phone: digits, spaces, - and + only)', 'zh', '电话号码格式不对'],
    ['提交过于频繁，请 10 分钟后再试 (too many objections from this address)', 'zh', '提交过于频繁，请 10 分钟后再试'],
    // A bare predicate keeps what it is about.
    ['judges[2].name: 不能为空 (must not be empty)', 'zh', 'judges[2].name: 不能为空'],
    // Zod's own words, said in the page's language.
    ['name: Too big: expected string to have <=40 characters', 'zh', 'name: 不能超过 40 个字'],
    // Not a path: a sentence with a colon stays whole.
    ['第 2 行: 没有单位「安居材」', 'zh', '第 2 行: 没有单位「安居材」'],
    // A pasted row's issue keeps its row in either language.
    ['第 2 行: 没有单位「戊乡」 (unknown unit)', 'zh', '第 2 行: 没有单位「戊乡」'],
    ['第 2 行: 没有单位「戊乡」 (unknown unit)', 'en', 'Row 2: unknown unit'],
  ] as const)('%s (%s) → %s', (raw, lang, said) => expect(sayIssue(raw, lang)).toBe(said));

  it('says a refusal by its issues when it has them, else by its message', () => {
    const issues = ['text: 请填写异议内容 (the objection text is required)', 'phone: 电话号码格式不对 (phone: digits)'];
    expect(sayRefusal(issues.join('; '), issues, 'zh')).toBe('请填写异议内容；电话号码格式不对');
    // A message of its own stays whole: the rows are listed by the page from `issues`.
    expect(sayRefusal('未导入任何记录 (nothing was entered)', ['第 2 行: 没有单位「戊乡」'], 'zh')).toBe('未导入任何记录');
    expect(sayRefusal('比赛尚未结束，不能公示 (only a finished contest can be published)', [], 'en')).toBe('only a finished contest can be published');
  });
});
