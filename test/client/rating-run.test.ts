// The host's run of a 评比: which step the big button offers at each point (开启评分 → 全部亮分 →
// 结束比赛), which units 全部亮分 would leave out, who is missing for a unit, when the projector
// shows the progress grid, and the setup form keeping the kind through an edit. Host views come
// from the real domain and shared/views.ts.
import { describe, expect, it } from 'vitest';
import { showsRatingProgress } from '../../client/common/rating-progress.ts';
import { nextStep } from '../../client/host/run/next-step.ts';
import { missingFor, scoringUnits } from '../../client/host/run/rating-actions.ts';
import { definitionFromDraft, draftFromDefinition } from '../../client/host/setup/draft.ts';
import { ContestDefinition } from '../../shared/definition.ts';
import { hostView } from '../../shared/views.ts';
import { makeDef, show, type Show } from '../domain/given.ts';

const RATING = makeDef({ kind: 'rating' });
const view = (h: Show) => hostView(h.state, new Set());
const step = (h: Show) => nextStep(view(h));
const sheet = [25, 15];
const opened = () => show(RATING).start().do({ type: 'scoring:openAll' });
const allScore = (h: Show, id: string) => h.scoreAll(id, [sheet, sheet, sheet]);

describe('next step of a 评比', () => {
  it('starts, then opens every unit, then reveals all, then finishes', () => {
    expect(step(show(RATING))).toBe('start');
    expect(step(show(RATING).start())).toBe('openAll');
    const h = opened();
    expect(step(h)).toBe('revealAll');
    for (const id of ['p1', 'p2', 'p3']) allScore(h, id);
    h.do({ type: 'scoring:revealAll' });
    expect(step(h)).toBe('finish');
    h.finish();
    expect(step(h)).toBe('none');
  });

  it('stays on 全部亮分 while any unit is still being scored, locked or not', () => {
    const h = allScore(opened(), 'p1').do({ type: 'scoring:reveal', presenterId: 'p1' });
    expect(step(h)).toBe('revealAll');
    h.lock();
    expect(step(h)).toBe('revealAll');
  });
});

describe('units 全部亮分 would reveal', () => {
  it('splits the units being scored into complete and incomplete; revealed ones are neither', () => {
    const h = allScore(allScore(opened(), 'p1'), 'p2').submit('p3', 'j2', sheet).do({ type: 'scoring:reveal', presenterId: 'p1' });
    const { complete, incomplete } = scoringUnits(view(h));
    expect(complete.map((u) => u.presenterId)).toEqual(['p2']);
    expect(incomplete.map((u) => [u.presenterId, u.submitted, u.expected])).toEqual([['p3', 1, 3]]);
  });

  it('names the judges missing for one unit, in seat order', () => {
    const h = opened().submit('p2', 'j2', sheet);
    expect(missingFor(view(h), 'p2')).toEqual(['张评委', '王评委']);
    expect(missingFor(view(h), 'nobody')).toEqual([]);
  });
});

describe('the projector during a 评比', () => {
  it('shows the progress grid while units are scored, the ranking once one is revealed', () => {
    expect(showsRatingProgress(view(show(RATING).start()).screen)).toBe(false);
    const h = opened();
    expect(showsRatingProgress(view(h).screen)).toBe(true);
    allScore(h, 'p1').do({ type: 'scoring:reveal', presenterId: 'p1' });
    expect(view(h).screen.stage).toBe('ranking');
    expect(showsRatingProgress(view(h).screen)).toBe(false);
  });

  it('not when the host put a stage on the projector, and again once it follows the contest', () => {
    const h = opened().do({ type: 'screen:show', stage: 'welcome' });
    expect(view(h).screen).toMatchObject({ stage: 'welcome', stageForced: true });
    expect(showsRatingProgress(view(h).screen)).toBe(false);
    h.do({ type: 'screen:show', stage: 'auto' });
    expect(view(h).screen.stageForced).toBe(false);
    expect(showsRatingProgress(view(h).screen)).toBe(true);
  });

  it('never in a 擂台赛', () => {
    const h = show().start().next().open();
    expect(showsRatingProgress(view(h).screen)).toBe(false);
  });
});

describe('the setup form and the kind', () => {
  it('keeps 评比 through an edit, and 擂台赛 too', () => {
    expect(ContestDefinition.parse(definitionFromDraft(draftFromDefinition(RATING))).kind).toBe('rating');
    expect(ContestDefinition.parse(definitionFromDraft(draftFromDefinition(makeDef()))).kind).toBe('arena');
  });

  it('copies a 评比 as the template of the next period: kind, criteria, judges, units and rules, in the new place, and no marks', () => {
    const march = { ...RATING, series: { seriesId: 's1', tierId: 't1', periodId: 'm3' } };
    // Scored and finished: the copy is made from its definition, which holds no marks.
    const held = opened();
    for (const p of RATING.presenters) allScore(held, p.id);
    // What new-contest.tsx does for 复制为下期: the draft of the old definition, placed in April.
    const draft = { ...draftFromDefinition(march), series: { seriesId: 's1', tierId: 't1', periodId: 'm4' } };
    const april = ContestDefinition.parse(definitionFromDraft(draft));
    expect(april.kind).toBe('rating');
    expect(april.series).toEqual({ seriesId: 's1', tierId: 't1', periodId: 'm4' });
    expect(april.criteria).toEqual(march.criteria);
    expect(april.judges).toEqual(march.judges);
    expect(april.presenters).toEqual(march.presenters);
    expect(april.rules).toEqual(march.rules);
    expect(Object.values(held.state.presenters).every((p) => Object.keys(p.marks).length === RATING.judges.length)).toBe(true);
    expect(Object.values(show(april).start().state.presenters).every((p) => Object.keys(p.marks).length === 0)).toBe(true);
  });
});
