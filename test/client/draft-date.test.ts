// The contest's date as an office writes it: 2026年5月20日 and 2026/5/20 are saved as the
// definition's 2026-05-20 (the server still refuses what is no date at all).
import { describe, expect, it } from 'vitest';
import { ContestDefinition } from '../../shared/definition.ts';
import { definitionFromDraft, emptyDraft } from '../../client/host/setup/draft.ts';

const withDate = (date: string) => {
  const d = emptyDraft();
  return definitionFromDraft({ ...d, title: '五月擂台赛', date, criteria: [{ ...d.criteria[0]!, name: '工作成效', max: 100 }], judges: [{ ...d.judges[0]!, name: '评委一' }], presenters: [{ ...d.presenters[0]!, unit: '城关镇' }] });
};

describe('the date in the setup form', () => {
  it.each(['2026-05-20', '2026年5月20日', '2026/5/20', '2026.05.20', ' 2026 年 5 月 20 日 '])('%s is saved as 2026-05-20', (typed) => {
    expect(withDate(typed).date).toBe('2026-05-20');
    expect(ContestDefinition.safeParse(withDate(typed)).success).toBe(true);
  });

  it('is left out when empty, and refused by the server when it is no date', () => {
    expect(withDate('').date).toBeUndefined();
    expect(ContestDefinition.safeParse(withDate('五月二十日')).success).toBe(false);
  });
});
