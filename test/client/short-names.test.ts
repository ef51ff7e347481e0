// The criteria's column heads in the host's judge table: short, and never two alike.
import { describe, expect, it } from 'vitest';
import { shortNames } from '../../client/host/run/short-names.ts';

describe('shortNames', () => {
  it.each([
    ['the usual four, two characters each', ['工作成效', '创新亮点', '汇报表现', '答辩情况'], 2, ['工作', '创新', '汇报', '答辩']],
    ['two that begin alike get one character more', ['工作成效', '工作作风', '创新亮点'], 2, ['工作成', '工作作', '创新']],
    ['a name that is the beginning of another stays whole', ['工作', '工作成效'], 2, ['工作', '工作成']],
    ['one character each when many share the head', ['成效', '创新', '表现', '答辩', '作风', '纪律'], 1, ['成', '创', '表', '答', '作', '纪']],
    ['one character is not enough for two that begin alike', ['工作成效', '工作作风'], 1, ['工作成', '工作作']],
    ['a rare character is never cut in half', ['𠮷祥指数', '𠮷利指数'], 1, ['𠮷祥', '𠮷利']],
    ['names shorter than the minimum stay as they are', ['A', '工作'], 2, ['A', '工作']],
  ])('%s', (_case, names, min, heads) => {
    expect(shortNames(names, min)).toEqual(heads);
  });
});
