// Period and cumulative standings (docs/series.md "Standings, exactly"), as worked examples:
// each case gives contests' finals and ledger entries and expects every unit's line.
import { describe, expect, it } from 'vitest';
import type { SeriesDefInput } from '../../shared/series/definition.ts';
import { cumulativeStanding, periodStanding } from '../../shared/series/standings.ts';
import { Series, finalsOf } from './given.ts';

const UNITS = ['甲乡', '乙乡', '丙乡', '丁乡'];

/** Tier t1 with 甲乙丙丁; each period's contest c-<period> has them present in that order. */
function season(patch: Partial<SeriesDefInput>, contests: Record<string, (number | null)[]>, ledger: Record<string, [string, number][]> = {}) {
  const s = Series.given(patch);
  const finals = new Map<string, Record<string, number | null>>();
  for (const [period, f] of Object.entries(contests)) {
    s.link(`c-${period}`, 't1', period, UNITS);
    finals.set(`c-${period}`, finalsOf(...f));
  }
  for (const u of UNITS) if (!s.state.units.some((x) => x.name === u)) s.do({ type: 'unit:add', payload: { tierId: 't1', name: u } });
  for (const [period, rows] of Object.entries(ledger))
    s.do({ type: 'ledger:add', payload: { periodId: period, by: '李干事', rows: rows.map(([unit, points]) => ({ date: '2026-03-10', unit, heading: '责任落实', points, reason: '月度考核' })) } });
  const line = (period: string) =>
    periodStanding(s.state, 't1', period, finals).lines.map((l) => [s.name(l.unitId), l.score, l.rank, l.shared ? '并列' : '']);
  return { s, finals, line };
}

describe('a period standing', () => {
  it.each([
    {
      what: 'contest finals alone; a tie shares the rank and the next rank skips',
      patch: {},
      contests: { m1: [90, 85.5, 85.5, 70] },
      ledger: {} as Record<string, [string, number][]>,
      want: [['甲乡', 90, 1, ''], ['乙乡', 85.5, 2, '并列'], ['丙乡', 85.5, 2, '并列'], ['丁乡', 70, 4, '']],
    },
    {
      what: 'contest + ledger (weights 1 and 1): 加分 and 扣分 move the final',
      patch: { periodScore: { contest: 1, ledger: 1 } },
      contests: { m1: [90, 85.5, 85.5, 70] },
      ledger: { m1: [['甲乡', -3], ['乙乡', 1], ['乙乡', 0.5]] as [string, number][] },
      want: [['甲乡', 87, 1, '并列'], ['乙乡', 87, 1, '并列'], ['丙乡', 85.5, 3, ''], ['丁乡', 70, 4, '']],
    },
    {
      what: 'ledger alone: every unit of the tier is present, 0 without an entry',
      patch: { periodScore: { contest: 0, ledger: 1 } },
      contests: {} as Record<string, (number | null)[]>,
      ledger: { m1: [['丙乡', 6], ['甲乡', -2]] as [string, number][] },
      want: [['丙乡', 6, 1, ''], ['乙乡', 0, 2, '并列'], ['丁乡', 0, 2, '并列'], ['甲乡', -2, 4, '']],
    },
    {
      what: 'a weighted combination rounded half away from zero at the series decimals (0.5 × 85.25 = 42.625 → 42.6; 0.5 × 85.5 + 0.3 × 0.25 = 42.825 → 42.8)',
      patch: { decimals: 1, periodScore: { contest: 0.5, ledger: 0.3 } },
      contests: { m1: [85.25, 85.5, 60, null] },
      ledger: { m1: [['乙乡', 0.25]] as [string, number][] },
      want: [['乙乡', 42.8, 1, ''], ['甲乡', 42.6, 2, ''], ['丙乡', 30, 3, ''], ['丁乡', null, null, '']],
    },
  ])('$what', ({ patch, contests, ledger, want }) => {
    const { line } = season(patch, contests, ledger);
    expect(line('m1')).toEqual(want);
  });

  it('takes the mean of a unit’s finals when the tier held two contests in the period', () => {
    const { s, finals, line } = season({}, { m1: [90, 80, 70, 60] });
    s.link('c-extra', 't1', 'm1', ['甲乡', '乙乡'], 'rating');
    finals.set('c-extra', finalsOf(81, 81));
    expect(line('m1')).toEqual([['甲乡', 85.5, 1, ''], ['乙乡', 80.5, 2, ''], ['丙乡', 70, 3, ''], ['丁乡', 60, 4, '']]);
  });

  it('breaks a tie by the chain: the ledger first, then the contest', () => {
    const { line } = season({ periodScore: { contest: 1, ledger: 1 }, tieBreak: ['ledger', 'contest'] }, { m1: [88, 90, 86, 70] }, { m1: [['甲乡', 2], ['丙乡', 2]] as [string, number][] });
    // 甲 90 (88 + 2) and 乙 90 (90 + 0): 甲 has the larger ledger. 丙 88, 丁 70.
    expect(line('m1')).toEqual([['甲乡', 90, 1, ''], ['乙乡', 90, 2, ''], ['丙乡', 88, 3, ''], ['丁乡', 70, 4, '']]);
  });
});

describe('the cumulative standing', () => {
  const contests = { m1: [90, 80, 70, null], m2: [70, 80, 90, 85], m3: [null, 85, 80, 75] };
  const cumulative = (patch: Partial<SeriesDefInput>) => {
    const { s, finals } = season(patch, contests);
    return cumulativeStanding(s.state, 't1', null, finals).lines.map((l) => [s.name(l.unitId), l.total, l.rank, l.present]);
  };

  it.each([
    { method: 'sum', absent: 'skip', want: [['乙乡', 245, 1, 3], ['丙乡', 240, 2, 3], ['丁乡', 160, 3, 2], ['甲乡', 160, 3, 2]] },
    { method: 'average', absent: 'skip', want: [['乙乡', 81.67, 1, 3], ['丁乡', 80, 2, 2], ['甲乡', 80, 2, 2], ['丙乡', 80, 2, 3]] },
    { method: 'average', absent: 'zero', want: [['乙乡', 81.67, 1, 3], ['丙乡', 80, 2, 3], ['丁乡', 53.33, 3, 2], ['甲乡', 53.33, 3, 2]] },
    // Ranks per period: m1 甲1 乙2 丙3; m2 丙1 丁2 乙3 甲4; m3 乙1 丙2 丁3 → points 10, 8, 6, 5.
    { method: 'rankPoints', absent: 'skip', want: [['丙乡', 24, 1, 3], ['乙乡', 24, 1, 3], ['甲乡', 15, 3, 2], ['丁乡', 14, 4, 2]] },
  ] as const)('$method (absent: $absent)', ({ method, absent, want }) => {
    const got = cumulative({ cumulative: { method, absent } });
    // Ties keep the series' unit order; compare as sets of equal ranks.
    expect(got.map((l) => l[0]).sort()).toEqual(want.map((l) => l[0]).sort());
    for (const w of want) expect(got.find((g) => g[0] === w[0])).toEqual(w);
  });

  it('breaks a cumulative tie by the latest period both were present in', () => {
    const got = cumulative({ cumulative: { method: 'rankPoints' }, tieBreak: ['latestPeriod'] });
    // 乙 and 丙 both 24; in m3 乙 85 beats 丙 80.
    expect(got.slice(0, 2)).toEqual([['乙乡', 24, 1, 3], ['丙乡', 24, 2, 3]]);
  });

  it('shows a unit absent from every period as absent, unranked', () => {
    const { s, finals } = season({}, { m1: [90, 80, 70, null] });
    const lines = cumulativeStanding(s.state, 't1', 'm1', finals).lines;
    expect(lines.at(-1)).toEqual({ unitId: s.unitId('丁乡'), total: null, present: 0, rank: null, shared: false, decidedBy: null });
  });

  it('does not count a period whose contest is only set up (next month’s, made ahead): nobody is absent from it', () => {
    // m3's contest is linked but nothing revealed: an average with absences as 0 is not dragged down by it.
    const { s, finals } = season({ cumulative: { method: 'average', absent: 'zero' } }, { m1: [90, 80, 70, 60], m2: [80, 80, 80, 80], m3: [null, null, null, null] });
    expect(periodStanding(s.state, 't1', 'm3', finals).held).toBe(false);
    const all = cumulativeStanding(s.state, 't1', null, finals);
    expect(all.periods.map((p) => p.periodId)).toEqual(['m1', 'm2']);
    expect(all.lines.find((l) => l.unitId === s.unitId('甲乡'))).toMatchObject({ total: 85, present: 2 });
    // One unit revealed in m3: it is held, and the others are absent from it for now.
    finals.set('c-m3', finalsOf(88, null, null, null));
    const after = cumulativeStanding(s.state, 't1', null, new Map(finals));
    expect(after.periods.map((p) => p.periodId)).toEqual(['m1', 'm2', 'm3']);
  });

  it('counts only periods held up to the one asked for', () => {
    const { s, finals } = season({}, contests);
    const upToM2 = cumulativeStanding(s.state, 't1', 'm2', finals);
    expect(upToM2.periods.map((p) => p.periodId)).toEqual(['m1', 'm2']);
    expect(upToM2.lines.find((l) => l.unitId === s.unitId('甲乡'))!.total).toBe(160);
  });
});
