// What each role sees of a 评比: the judge their own marks and the units to score, the public
// counts per unit and no value before the reveal.
import { describe, expect, it } from 'vitest';
import { hostView, judgeView, publicView } from '../../shared/views.ts';
import { makeDef, show, SHEETS_375 } from './given.ts';

const rating = () => show(makeDef({ kind: 'rating' }));
const DISTINCTIVE = ['27.5', '18.5', '46'];

/** p1: j1 and j2 scored (j2: 27.5 + 18.5 = 46); p3: every judge; p2: nobody. */
const midway = () =>
  rating()
    .start()
    .do({ type: 'scoring:openAll' })
    .submit('p1', 'j1', [25, 12.5])
    .submit('p1', 'j2', [27.5, 18.5])
    .scoreAll('p3', SHEETS_375);

describe('the judge view', () => {
  it('lists every unit with its state, this judge’s progress and only their own marks', () => {
    const v = judgeView(midway().state, 'j2');
    expect(v.contest.kind).toBe('rating');
    expect(v.current).toBeNull();
    expect(v.rating).toEqual({
      units: [
        { presenterId: 'p1', state: 'open' },
        { presenterId: 'p2', state: 'open' },
        { presenterId: 'p3', state: 'open' },
      ],
      scored: 2,
    });
    expect(Object.keys(v.myMarks).sort()).toEqual(['p1', 'p3']);
    expect(v.myMarks.p1?.total).toBe(46);
    expect(JSON.stringify(judgeView(midway().state, 'j1'))).not.toContain('18.5');
  });

  it('says waiting before scoring opens, and revealed after', () => {
    expect(judgeView(rating().start().state, 'j1').rating?.units[0]?.state).toBe('waiting');
    const s = midway().do({ type: 'scoring:reveal', presenterId: 'p3' }).lock().state;
    expect(judgeView(s, 'j1').rating?.units.map((u) => u.state)).toEqual(['locked', 'locked', 'revealed']);
  });

  it('leaves out a unit marked absent', () => {
    const s = rating().start().do({ type: 'presenter:absent', presenterId: 'p2' }).do({ type: 'scoring:openAll' }).state;
    expect(judgeView(s, 'j1').rating?.units.map((u) => u.presenterId)).toEqual(['p1', 'p3']);
  });

  it('is null in a 擂台赛', () => {
    const v = judgeView(show().start().state, 'j1');
    expect(v.rating).toBeNull();
    expect(v.contest.kind).toBe('arena');
  });
});

describe('the public view', () => {
  it('shows counts per unit and no value before the reveal', () => {
    const s = midway().state;
    for (const role of ['screen', 'audience'] as const) {
      const v = publicView(s, role);
      const json = JSON.stringify(v);
      for (const value of DISTINCTIVE) expect(json, `${role} view leaks ${value}`).not.toContain(value);
      expect(v.rating?.units.map((u) => [u.presenterId, u.submitted, u.expected])).toEqual([
        ['p1', 2, 3],
        ['p2', 0, 3],
        ['p3', 3, 3],
      ]);
      expect(v.rating?.revealed).toBe(0);
      expect(v.revealed).toEqual([]);
      expect(v.ranking).toEqual([]);
      expect(v.progress).toBeNull();
    }
    expect(JSON.stringify(hostView(s, new Set()))).toContain('18.5');
  });

  it('shows a unit’s marks once it is revealed, the others still counts only', () => {
    const v = publicView(midway().do({ type: 'scoring:reveal', presenterId: 'p3' }).state);
    expect(v.revealed.map((r) => [r.presenterId, r.final])).toEqual([['p3', 37.5]]);
    expect(v.ranking.map((r) => r.presenterId)).toEqual(['p3']);
    expect(v.rating?.revealed).toBe(1);
    expect(v.rating?.units.find((u) => u.presenterId === 'p3')?.state).toBe('revealed');
    for (const value of DISTINCTIVE) expect(JSON.stringify(v)).not.toContain(value);
  });

  it('is null in a 擂台赛', () => {
    expect(publicView(show().start().state).rating).toBeNull();
  });
});

describe('the host view', () => {
  it('can step back once a unit is revealed, not before', () => {
    expect(hostView(midway().state, new Set()).canGoBack).toBe(false);
    expect(hostView(midway().do({ type: 'scoring:reveal', presenterId: 'p3' }).state, new Set()).canGoBack).toBe(true);
  });
});
