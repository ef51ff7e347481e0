// The setup form keeps each entry's id through edits, so saving never costs a judge their link.
import { describe, expect, it } from 'vitest';
import { ContestDefinition } from '../../shared/definition.ts';
import { carryIds, sameJudge } from '../../shared/roster.ts';
import { definitionFromDraft, draftFromDefinition, type JudgeRow } from '../../client/host/setup/draft.ts';
import { mergeRows } from '../../client/host/setup/paste-box.tsx';

const def = ContestDefinition.parse({
  title: '测试',
  criteria: [{ name: '成效', max: 60 }, { name: '表现', max: 40 }],
  judges: [{ name: '甲' }, { name: '乙' }, { id: 'custom', name: '丙' }],
  presenters: [{ unit: '安居村' }, { unit: '岔河乡' }],
});

describe('the setup form and ids', () => {
  it('sends back every id it loaded, and none for rows added in the form', () => {
    const draft = draftFromDefinition(def);
    draft.judges.reverse();
    draft.judges.push({ name: '丁', title: '', group: '' });
    draft.judges[0] = { ...draft.judges[0]!, name: '丙（改名）' };
    const sent = definitionFromDraft(draft);
    expect(sent.judges.map((j) => [j.id, j.name])).toEqual([['custom', '丙（改名）'], ['j2', '乙'], ['j1', '甲'], [undefined, '丁']]);
    expect(sent.presenters.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(sent.criteria.map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('drops a row emptied of text even though it still holds an id', () => {
    const draft = draftFromDefinition(def);
    draft.judges[1] = { ...draft.judges[1]!, name: ' ', title: '' };
    expect(definitionFromDraft(draft).judges.map((j) => j.id)).toEqual(['j1', 'custom']);
  });

  it('gives pasted rows the ids of the rows they replace, by name, each id once', () => {
    const rows = draftFromDefinition(def).judges;
    const pasted: JudgeRow[] = [{ name: '乙', title: '县长', group: '' }, { name: '新人', title: '', group: '' }, { name: '乙', title: '', group: '' }];
    expect(mergeRows(rows, pasted, true, sameJudge).map((j) => j.id)).toEqual(['j2', undefined, undefined]);
    // Appending keeps the rows there, with their ids, and gives the pasted ones none of them.
    expect(mergeRows(rows, pasted, false, sameJudge).map((j) => j.id)).toEqual(['j1', 'j2', 'custom', undefined, undefined, undefined]);
  });

  it('never hands an id to a row when another row already claims it', () => {
    const current: { id?: string; name: string }[] = [{ id: 'a', name: '甲' }, { id: 'b', name: '乙' }];
    const next: { id?: string; name: string }[] = [{ id: 'a', name: '乙' }, { name: '甲' }];
    expect(carryIds(current, next, sameJudge)).toEqual([{ id: 'a', name: '乙' }, { name: '甲' }]);
  });
});
