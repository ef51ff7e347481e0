// The objection marks of the contest list and a series' 概览 (client/host/notice/unanswered.ts):
// objections nobody answered yet (shared unansweredCount), counted by contest, by series and by period.
import { describe, expect, it } from 'vitest';
import { placeKey, unansweredOf } from '../../client/host/notice/unanswered.ts';
import { unansweredCount } from '../../shared/notice/state.ts';

const objection = (answered: boolean) => ({ id: 'o', text: '', name: null, phone: null, at: 0, answers: answered ? [{ decision: 'upheld' as const, reason: '维持', at: 1 }] : [] });
const contest = (contestId: string, ...answered: boolean[]) => ({ subject: { kind: 'contest' as const, contestId }, unanswered: unansweredCount({ objections: answered.map(objection) }) });
const period = (seriesId: string, tierId: string, periodId: string, ...answered: boolean[]) => ({ subject: { kind: 'series' as const, seriesId, tierId, periodId }, unanswered: unansweredCount({ objections: answered.map(objection) }) });

describe('unansweredOf', () => {
  it('counts only objections without an answer, where their notice belongs', () => {
    const u = unansweredOf([contest('c1', false, true, false), contest('c2', true), period('s1', 't1', 'm1', false), period('s1', 't2', 'm1', false, false), period('s2', 't1', 'm1')]);
    expect([...u.contests]).toEqual([['c1', 2]]);
    expect([...u.series]).toEqual([['s1', 3]]);
    expect(u.places.get(placeKey('s1', 't1', 'm1'))).toBe(1);
    expect(u.places.get(placeKey('s1', 't2', 'm1'))).toBe(2);
    expect(u.places.has(placeKey('s2', 't1', 'm1'))).toBe(false);
  });

  it('adds up the notices of one contest (an earlier 公示 whose period is over, and the new one)', () => {
    expect(unansweredOf([contest('c1', false), contest('c1', false, false)]).contests.get('c1')).toBe(3);
    expect(unansweredOf([]).contests.size).toBe(0);
  });
});
