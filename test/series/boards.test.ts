// 红榜 / 黑榜 at their boundaries: ties at the cut, fewer units than N + M, thresholds, absent
// units, and the flag for a unit black-listed in two consecutive periods.
import { describe, expect, it } from 'vitest';
import { boards } from '../../shared/series/boards.ts';
import type { SeriesDefInput } from '../../shared/series/definition.ts';
import { Series, finalsOf } from './given.ts';

const UNITS = ['甲村', '乙村', '丙村', '丁村', '戊村', '己村'];

function board(patch: Partial<SeriesDefInput>, m1: (number | null)[], m2?: (number | null)[], units = UNITS) {
  const s = Series.given(patch).link('c1', 't2', 'm1', units);
  const finals = new Map([['c1', finalsOf(...m1)]]);
  if (m2) {
    s.link('c2', 't2', 'm2', units);
    finals.set('c2', finalsOf(...m2));
  }
  const b = boards(s.state, 't2', m2 ? 'm2' : 'm1', finals);
  return {
    red: b.red.map((l) => [s.name(l.unitId), l.score, l.tiedAtCut ? '并列入榜' : '']),
    black: b.black.map((l) => [s.name(l.unitId), l.score, l.tiedAtCut ? '并列入榜' : '', l.consecutive ? '连续' : '']),
    absent: b.absent.map((id) => s.name(id)),
  };
}

const top2bottom2 = { boards: { red: { by: 'top', count: 2 }, black: { by: 'bottom', count: 2 } } } as const;

describe('红黑榜', () => {
  it('takes the best N and the worst M, the black board worst first', () => {
    expect(board(top2bottom2, [95, 90, 85, 80, 75, 70])).toEqual({
      red: [['甲村', 95, ''], ['乙村', 90, '']],
      black: [['己村', 70, '', ''], ['戊村', 75, '', '']],
      absent: [],
    });
  });

  it('puts every unit tied at the N-th place on the board, and says so', () => {
    const b = board(top2bottom2, [95, 90, 90, 70, 70, 70]);
    expect(b.red).toEqual([['甲村', 95, ''], ['乙村', 90, '并列入榜'], ['丙村', 90, '并列入榜']]);
    expect(b.black).toEqual([['丁村', 70, '并列入榜', ''], ['戊村', 70, '并列入榜', ''], ['己村', 70, '并列入榜', '']]);
    // Two level at the very bottom with M = 2 are exactly two: no one beyond the cut.
    expect(board(top2bottom2, [95, 90, 85, 80, 70, 70]).black).toEqual([['戊村', 70, '', ''], ['己村', 70, '', '']]);
  });

  it('keeps a tie above the cut off the flag: ranks 1, 1 with N = 2 are exactly two', () => {
    expect(board(top2bottom2, [95, 95, 85, 80, 75, 70]).red).toEqual([['甲村', 95, ''], ['乙村', 95, '']]);
  });

  it('with fewer units than N + M, a unit on both is on the red board only', () => {
    const b = board({ boards: { red: { by: 'top', count: 2 }, black: { by: 'bottom', count: 2 } } }, [90, 80, 70], undefined, ['甲村', '乙村', '丙村']);
    expect(b.red.map((l) => l[0])).toEqual(['甲村', '乙村']);
    expect(b.black.map((l) => l[0])).toEqual(['丙村']);
  });

  it('by thresholds: red at or above X, black at or below Y', () => {
    const b = board({ boards: { red: { by: 'atLeast', score: 90 }, black: { by: 'atMost', score: 75 } } }, [95, 90, 89.99, 80, 75, 70]);
    expect(b.red.map((l) => l[0])).toEqual(['甲村', '乙村']);
    expect(b.black.map((l) => l[0])).toEqual(['己村', '戊村']);
  });

  it('leaves absent units off both boards and lists them apart', () => {
    const b = board(top2bottom2, [95, 90, null, 80, 75, null]);
    expect(b.red.map((l) => l[0])).toEqual(['甲村', '乙村']);
    expect(b.black.map((l) => l[0])).toEqual(['戊村', '丁村']);
    expect(b.absent).toEqual(['丙村', '己村']);
  });

  it('flags a unit black-listed in this period and the one before', () => {
    const b = board(top2bottom2, [95, 90, 85, 80, 75, 70], [95, 60, 85, 80, 90, 70]);
    // m1 black: 己, 戊; m2 black: 乙 (60), 己 (70) — 己 twice in a row.
    expect(b.black).toEqual([['乙村', 60, '', ''], ['己村', 70, '', '连续']]);
  });
});
