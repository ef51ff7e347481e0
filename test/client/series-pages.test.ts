// The series pages' pure parts: the address of each page (a reload comes back to the same tab,
// a new contest opened from a series cell keeps its place), the contest list by series → tier →
// period, and the series form's round trip to the definition with every id kept.
import { describe, expect, it, vi } from 'vitest';
import { groupContests } from '../../client/host/contests/grouping.ts';
import { monthsOf, newSeriesDraft, seriesDefinitionFrom, seriesDraftFrom } from '../../client/host/series/series-draft.ts';
import { defaultPlace, guessPlace, periodDateHint } from '../../client/host/series/series-model.ts';
import type { ContestSummary, SeriesDetail } from '../../shared/protocol/http.ts';
import { normaliseSeries, SeriesDef } from '../../shared/series/definition.ts';

vi.stubGlobal('location', { hash: '', pathname: '/host', search: '' });
vi.stubGlobal('window', { addEventListener: () => {} });
const { parseHash, routeHash } = await import('../../client/host/route.ts');

describe('series addresses', () => {
  it.each([
    ['#series=s1', { page: 'series', id: 's1', tab: 'overview' }],
    ['#series=s1&tab=ledger', { page: 'series', id: 's1', tab: 'ledger' }],
    ['#series=s1&tab=nonsense', { page: 'series', id: 's1', tab: 'overview' }],
    ['#newseries', { page: 'newSeries' }],
    ['#new&series=s1&tier=t2&period=m3', { page: 'new', from: null, series: { seriesId: 's1', tierId: 't2', periodId: 'm3' } }],
    ['#new&from=c9&series=s1&tier=t2&period=m4', { page: 'new', from: 'c9', series: { seriesId: 's1', tierId: 't2', periodId: 'm4' } }],
    // Half a place is no place: the form opens without a series rather than a wrong one.
    ['#new&series=s1&tier=t2', { page: 'new', from: null }],
  ])('%s opens %j and comes back to it after a reload', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
    expect(parseHash(`#${routeHash(parseHash(hash))}`)).toEqual(route);
  });
});

const summary = (id: string, createdAt: number): ContestSummary => ({ id, title: id, date: null, tier: '', status: 'setup', createdAt, rev: 1, series: null });
const def = normaliseSeries(SeriesDef.parse({ name: 'S', tiers: [{ name: '科级' }, { name: '村级' }], periods: [{ name: '3月' }, { name: '4月' }, { name: '5月' }] }));
const series: SeriesDetail = {
  id: 's1',
  seq: 3,
  definition: def,
  units: [],
  ledger: [],
  contests: [
    { contestId: 'c-apr-t1', title: '', tierId: 't1', periodId: 'm2', kind: 'arena', units: {}, status: 'setup', date: null },
    { contestId: 'c-mar-t2', title: '', tierId: 't2', periodId: 'm1', kind: 'arena', units: {}, status: 'finished', date: null },
    { contestId: 'c-mar-t1', title: '', tierId: 't1', periodId: 'm1', kind: 'arena', units: {}, status: 'finished', date: null },
  ],
};

describe('the contest list by series', () => {
  it('orders tiers and periods as the series does, leaves empty periods out, and keeps other contests apart, newest first', () => {
    const all = ['c-apr-t1', 'c-mar-t2', 'c-mar-t1', 'loose-old', 'loose-new'].map((id, i) => summary(id, i));
    const { series: groups, loose } = groupContests(all, [series]);
    expect(groups[0]!.tiers.map((t) => [t.name, t.periods.map((p) => [p.name, p.contests.map((c) => c.id)])])).toEqual([
      ['科级', [['3月', ['c-mar-t1']], ['4月', ['c-apr-t1']]]],
      ['村级', [['3月', ['c-mar-t2']]]],
    ]);
    expect(groups[0]!.count).toBe(3);
    expect(loose.map((c) => c.id)).toEqual(['loose-new', 'loose-old']);
  });
});

describe('the series form', () => {
  it('turns a stored definition into the form and back with every id kept, so a rename moves nothing', () => {
    const draft = seriesDraftFrom({ ...def, tieBreak: ['ledger'], boards: { red: { by: 'atLeast', score: 90 }, black: { by: 'bottom', count: 2 } } });
    draft.periods[1]!.name = '2026年4月';
    const back = SeriesDef.parse(seriesDefinitionFrom(draft));
    expect(back.periods.map((p) => [p.id, p.name])).toEqual([['m1', '3月'], ['m2', '2026年4月'], ['m3', '5月']]);
    expect(back.tieBreak).toEqual(['ledger']);
    expect(back.boards).toEqual({ red: { by: 'atLeast', score: 90 }, black: { by: 'bottom', count: 2 } });
  });

  it('makes a valid definition from a new form once named and given periods, leaving blank rows out', () => {
    const d = { ...newSeriesDraft(), name: '2026年度三级干部擂台赛', tiers: [...newSeriesDraft().tiers, { name: '' }] };
    d.periods = monthsOf(2026, [], (m) => `2026年${m}月`);
    const parsed = SeriesDef.safeParse(seriesDefinitionFrom(d));
    expect(parsed.success).toBe(true);
    expect(parsed.data!.tiers).toHaveLength(3);
    expect(parsed.data!.periods.map((p) => p.name).slice(0, 2)).toEqual(['2026年1月', '2026年2月']);
    // Adding the months again adds none twice.
    expect(monthsOf(2026, d.periods, (m) => `2026年${m}月`)).toHaveLength(12);
  });
});

describe('where the series pages open', () => {
  const def = normaliseSeries(SeriesDef.parse({ name: 'x', tiers: [{ name: '乡镇' }, { name: '村' }], periods: [{ name: '1月' }, { name: '2月' }, { name: '3月' }] }));
  const line = (contestId: string, tierId: string, periodId: string, status: 'setup' | 'running' | 'finished') => ({ contestId, title: contestId, tierId, periodId, kind: 'arena' as const, units: {}, status, date: null });
  const detail = (contests: ReturnType<typeof line>[]): SeriesDetail => ({ id: 's1', seq: 1, definition: def, units: [], ledger: [], contests });

  it('the ledger at the latest period with a contest; the standings at the latest one with results', () => {
    const s = detail([line('a', 't2', 'm1', 'finished'), line('b', 't2', 'm2', 'finished'), line('c', 't1', 'm3', 'setup')]);
    expect(defaultPlace(s)).toEqual({ tierId: 't1', periodId: 'm3' });
    expect(defaultPlace(s, true)).toEqual({ tierId: 't2', periodId: 'm2' });
    // Nothing has started yet: the contest set up is where there is anything at all.
    expect(defaultPlace(detail([line('c', 't1', 'm3', 'setup')]), true)).toEqual({ tierId: 't1', periodId: 'm3' });
    expect(defaultPlace(detail([]), true)).toEqual({ tierId: 't1', periodId: 'm1' });
  });
});

describe('where a contest first goes in a series', () => {
  const def = normaliseSeries(SeriesDef.parse({ name: 'x', tiers: [{ name: '科级干部' }, { name: '村干部' }], periods: [{ name: '2026年1月' }, { name: '2026年3月' }, { name: '2026年12月' }] }));
  it.each([
    [{ tier: '村干部', date: '2026-03-18' }, { tierId: 't2', periodId: 'm2' }],
    // As typed in the setup form, before saving normalises it.
    [{ tier: ' 村干部 ', date: '2026年3月18日' }, { tierId: 't2', periodId: 'm2' }],
    [{ tier: '科级干部', date: '2026/12/1' }, { tierId: 't1', periodId: 'm3' }],
    // A 参赛对象 in its own words names its tier (a QA run put village secretaries in 县级干部).
    [{ tier: '村（社区）党组织书记', date: '2026-03-18' }, { tierId: 't2', periodId: 'm2' }],
    [{ tier: '科级领导干部', date: '2026-03-18' }, { tierId: 't1', periodId: 'm2' }],
    // No exact match: the first tier and period, for the host to pick.
    [{ tier: '乡镇', date: '2026-02-10' }, { tierId: 't1', periodId: 'm1' }],
    [{ tier: '', date: null }, { tierId: 't1', periodId: 'm1' }],
  ])('%j goes to %j', (contest, place) => expect(guessPlace(def, contest)).toEqual(place));
});

describe('the 积分 form’s example date', () => {
  const definition = normaliseSeries(SeriesDef.parse({ name: 'x', tiers: [{ name: '科级干部' }], periods: [{ name: '2026年1月' }, { name: '2026年3月' }, { name: '第三季度' }] }));
  const contest = { contestId: 'c', title: 'c', tierId: 't1', periodId: 'm2', kind: 'arena' as const, units: {}, status: 'finished' as const, date: '2026-03-18' };
  it.each([
    // A contest of the period: its date.
    ['m2', '2026-03-18'],
    // None yet: the first of the month the period is named after.
    ['m1', '2026-01-01'],
    // A name without a month: today.
    ['m3', '2026-12-07'],
  ])('%s → %s', (periodId, hint) => expect(periodDateHint({ definition, contests: [contest] }, periodId, '2026-12-07')).toBe(hint));
});
