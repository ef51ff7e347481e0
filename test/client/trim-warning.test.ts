// The setup form warns when a judge group is too small for the trimming chosen, before the
// contest starts, instead of the screen saying "人数不足，按平均分计算" at every reveal.
import { describe, expect, it } from 'vitest';
import { draftFromDefinition } from '../../client/host/setup/draft.ts';
import { thinGroups } from '../../client/host/setup/trim-warning.tsx';
import { ContestDefinition } from '../../shared/definition.ts';
import { baseInput } from '../domain/given.ts';

const draft = (patch: object) => draftFromDefinition(ContestDefinition.parse({ ...baseInput, ...patch }));
const grouped = (judges: [string, string][]) => ({
  judgeGroups: [
    { name: '县级领导', weight: 60 },
    { name: '群众代表', weight: 40 },
  ],
  judges: judges.map(([name, group]) => ({ name, group })),
});

describe('thinGroups', () => {
  it('names the group whose judges are all dropped by the trimming', () => {
    const d = draft(grouped([['张', '县级领导'], ['李', '县级领导'], ['王', '县级领导'], ['赵', '群众代表'], ['钱', '群众代表']]));
    expect(thinGroups(d)).toEqual([{ name: '群众代表', judges: 2 }]);
  });

  it('without groups, counts the whole panel', () => {
    const two = draft({ judges: [{ name: '张' }, { name: '李' }] });
    expect(thinGroups(two)).toEqual([{ name: null, judges: 2 }]);
    expect(thinGroups(draft({ judges: [{ name: '张' }, { name: '李' }, { name: '王' }] }))).toEqual([]);
  });

  it('follows the trimming chosen: none for the mean, more for dropping two each', () => {
    const d = draft(grouped([['张', '县级领导'], ['李', '县级领导'], ['王', '县级领导'], ['赵', '群众代表'], ['钱', '群众代表']]));
    expect(thinGroups({ ...d, rules: { ...d.rules, method: 'mean' } })).toEqual([]);
    expect(thinGroups({ ...d, rules: { ...d.rules, dropHighest: 2, dropLowest: 1 } }).map((g) => g.name)).toEqual(['县级领导', '群众代表']);
  });

  it('ignores the empty spare rows the form keeps at the end', () => {
    const d = draft({ judges: [{ name: '张' }, { name: '李' }, { name: '王' }] });
    expect(thinGroups({ ...d, judges: [...d.judges, { name: '', title: '', group: '' }] })).toEqual([]);
  });
});
