// A contest with judge groups: 县级领导 60 % (j1–j3) and 群众代表 40 % (j4–j6).
import { describe, expect, it } from 'vitest';
import { hostView, judgeView, publicView } from '../../shared/views.ts';
import { given, GROUPED_DEF, show, T0 } from './given.ts';

const LEADERS = [
  [25, 15], // 40
  [20, 10], // 30 lowest
  [27.5, 17.5], // 45 highest
];
const PUBLIC = [
  [20, 15], // 35 (equal to j6, but the earlier judge counts as lower: kept)
  [15, 10], // 25 lowest
  [25, 10], // 35 highest
];

const grouped = () => show(GROUPED_DEF).start().next('p1').open();

describe('judge groups', () => {
  it('expects a sheet from every judge of every group before the reveal', () => {
    const h = grouped().scoreAll('p1', LEADERS);
    const message = given(h.history()).when({ type: 'scoring:reveal' }).thenFails('missing_scores');
    for (const name of ['赵代表', '钱代表', '孙代表']) expect(message).toContain(name);
    expect(publicView(h.state).progress).toEqual({ submitted: 3, expected: 6 });
  });

  it('reveals a group-less result with allowMissing, listing the whole missing group', () => {
    const h = grouped().scoreAll('p1', LEADERS);
    const s = given(h.history())
      .when({ type: 'scoring:reveal', allowMissing: true })
      .then([{ type: 'MarksRevealed', presenterId: 'p1', missing: ['j4', 'j5', 'j6'], at: T0 }]);
    const r = publicView(s).revealed[0];
    expect(r?.groups).toEqual([
      { name: '县级领导', weight: 60, result: 40, fellBackToMean: false },
      { name: '群众代表', weight: 40, result: null, fellBackToMean: false },
    ]);
    // A group nobody in which submitted is left out, not counted as zero.
    expect(r?.final).toBe(40);
  });

  it('trims within each group and weights the groups', () => {
    const h = grouped().scoreAll('p1', [...LEADERS, ...PUBLIC]);
    given(h.history())
      .when({ type: 'scoring:reveal' })
      .then([{ type: 'MarksRevealed', presenterId: 'p1', missing: [], at: T0 }]);
    h.reveal();
    const r = publicView(h.state).revealed[0];
    expect(r?.marks).toEqual([
      { seat: 1, name: null, group: '县级领导', total: 40, dropped: null, criteria: null },
      { seat: 2, name: null, group: '县级领导', total: 30, dropped: 'lowest', criteria: null },
      { seat: 3, name: null, group: '县级领导', total: 45, dropped: 'highest', criteria: null },
      { seat: 4, name: null, group: '群众代表', total: 35, dropped: null, criteria: null },
      { seat: 5, name: null, group: '群众代表', total: 25, dropped: 'lowest', criteria: null },
      { seat: 6, name: null, group: '群众代表', total: 35, dropped: 'highest', criteria: null },
    ]);
    expect(r?.groups).toEqual([
      { name: '县级领导', weight: 60, result: 40, fellBackToMean: false },
      { name: '群众代表', weight: 40, result: 35, fellBackToMean: false },
    ]);
    // 0.6 × 40 + 0.4 × 35
    expect(r).toMatchObject({ raw: 38, final: 38, fellBackToMean: false });
  });

  it('a judge of one group still sees only their own marks; the public sees none before the reveal', () => {
    const h = grouped().scoreAll('p1', [...LEADERS, [19.5, 14.5]]);
    const j4 = judgeView(h.state, 'j4');
    expect(j4.me).toMatchObject({ id: 'j4', name: '赵代表', group: '群众代表' });
    expect(j4.myMarks).toEqual({ p1: { values: [19.5, 14.5], total: 34, at: T0, byHost: false } });
    expect(JSON.stringify(j4)).not.toContain('27.5');
    const pub = JSON.stringify(publicView(h.state));
    for (const v of ['27.5', '17.5', '19.5', '14.5']) expect(pub).not.toContain(v);
    expect(hostView(h.state, new Set()).judges.map((j) => j.group)).toEqual(['县级领导', '县级领导', '县级领导', '群众代表', '群众代表', '群众代表']);
  });

  it('only judges known to the contest are accepted by score:correct', () => {
    const h = grouped().scoreAll('p1', [...LEADERS, ...PUBLIC]).reveal();
    given(h.history())
      .when({ type: 'score:correct', presenterId: 'p1', judgeId: 'j6', values: [20, 15], reason: '核对纸质评分表' })
      .then([{ type: 'MarksCorrected', presenterId: 'p1', judgeId: 'j6', values: [20, 15], reason: '核对纸质评分表', at: T0 }]);
    given(h.history())
      .when({ type: 'score:correct', presenterId: 'p1', judgeId: 'j7', values: [20, 15], reason: 'x' })
      .thenFails('not_found');
  });
});
