// Standings of a series, exactly (docs/series.md "Standings, exactly"):
//   C = the mean of the unit's finals in the tier's contests of the period (usually one)
//   L = the unit's ledger total in the period (corrections applied, merges followed)
//   period score = wc × C + wl × L, rounded to the series' decimals, half away from zero
// A unit is absent from a period when the rule needs a contest (wc > 0) and it has no final in
// one; with the ledger alone (wc = 0) every unit of the tier is present, with 0 if it has no
// entry. Ranks are competition ranks (competition.ts) on the rounded score, then the tie-break
// chain, then shared. The cumulative standing sums, averages or awards rank points per period.
import { competitionRank, type Compare } from '../scoring/competition.ts';
import * as R from '../scoring/rational.ts';
import type { Rational } from '../scoring/rational.ts';
import type { TieBreak } from './definition.ts';
import { ledgerTotals } from './ledger.ts';
import { canonicalUnit, type SeriesState } from './state.ts';

/** Each linked contest's finals by presenter id (null: no final — absent, withdrawn, not revealed). */
export type ContestFinals = ReadonlyMap<string, Readonly<Record<string, number | null>>>;

export interface PeriodLine {
  unitId: string;
  /** null: absent from the period (shown as 缺席, not ranked). */
  score: number | null;
  contest: number | null;
  ledger: number;
  rank: number | null;
  shared: boolean;
  decidedBy: TieBreak | null;
}

interface Scored {
  unitId: string;
  score: Rational;
  contest: Rational;
  ledger: Rational;
  /** Period scores, oldest first (null: absent): the cumulative standing's `latestPeriod` tie-break. */
  history: (Rational | null)[];
}

export interface PeriodStanding {
  tierId: string;
  periodId: string;
  /** Present units ranked best first, then absent units in the order of the series' units. */
  lines: PeriodLine[];
  /** The period was held in this tier: a contest of it has a result (a unit revealed), or it has ledger entries. */
  held: boolean;
}

/**
 * A standing is asked for again and again with the same inputs — a board needs the period before
 * it, a cumulative standing every period up to it, the report each of them in several sections —
 * and a state or a set of finals is never changed in place, so each standing is worked out once
 * per (state, finals) and shared. Callers must not change what they are given.
 */
const memo = new WeakMap<SeriesState, WeakMap<ContestFinals, Map<string, unknown>>>();
function remembered<T>(state: SeriesState, finals: ContestFinals, key: string, make: () => T): T {
  let byFinals = memo.get(state);
  if (!byFinals) memo.set(state, (byFinals = new WeakMap()));
  let cache = byFinals.get(finals);
  if (!cache) byFinals.set(finals, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

const activeUnits = (state: SeriesState, tierId: string) => state.units.filter((u) => u.tierId === tierId && u.mergedInto === null);

/** `latestPeriod`: the better score in the latest period both were present in; level there, the one before, and so on. */
function byLatest(a: Scored, b: Scored): number {
  for (let i = Math.min(a.history.length, b.history.length) - 1; i >= 0; i--) {
    const [x, y] = [a.history[i], b.history[i]];
    if (x && y && R.cmp(x, y) !== 0) return R.cmp(y, x);
  }
  return 0;
}

function tieRules(chain: readonly TieBreak[]): Compare<Scored>[] {
  return chain.map((t) => (t === 'contest' ? (a, b) => R.cmp(b.contest, a.contest) : t === 'ledger' ? (a, b) => R.cmp(b.ledger, a.ledger) : byLatest));
}

export function periodStanding(state: SeriesState, tierId: string, periodId: string, finals: ContestFinals): PeriodStanding {
  return remembered(state, finals, `p:${tierId}:${periodId}`, () => computePeriod(state, tierId, periodId, finals));
}

function computePeriod(state: SeriesState, tierId: string, periodId: string, finals: ContestFinals): PeriodStanding {
  const { def } = state;
  const contests = state.contests.filter((c) => c.tierId === tierId && c.periodId === periodId);
  const byUnit = new Map<string, Rational[]>();
  for (const c of contests) {
    const f = finals.get(c.contestId) ?? {};
    for (const [presenterId, unitId] of Object.entries(c.units)) {
      const final = f[presenterId];
      if (final === null || final === undefined) continue;
      const u = canonicalUnit(state, unitId);
      byUnit.set(u, [...(byUnit.get(u) ?? []), R.fromNumber(final)]);
    }
  }
  const ledger = ledgerTotals(state, periodId);
  const [wc, wl] = [R.fromNumber(def.periodScore.contest), R.fromNumber(def.periodScore.ledger)];
  const units = activeUnits(state, tierId);
  const present: Scored[] = [];
  const absent: string[] = [];
  for (const u of units) {
    const finalsOf = byUnit.get(u.id);
    const l = ledger.get(u.id) ?? R.ZERO;
    if (def.periodScore.contest > 0 && !finalsOf) {
      absent.push(u.id);
      continue;
    }
    const c = finalsOf ? R.mean(finalsOf) : R.ZERO;
    present.push({ unitId: u.id, contest: c, ledger: l, score: R.round(R.add(R.mul(wc, c), R.mul(wl, l)), def.decimals), history: [] });
  }
  const ranked = competitionRank(present, (a, b) => R.cmp(b.score, a.score), tieRules(def.tieBreak));
  const out = (x: Rational) => R.toNumber(R.round(x, def.decimals));
  const lines: PeriodLine[] = [
    ...ranked.map(({ item, rank, shared, decidedBy }) => ({
      unitId: item.unitId,
      score: R.toNumber(item.score),
      contest: byUnit.has(item.unitId) ? out(item.contest) : null,
      ledger: out(item.ledger),
      rank,
      shared,
      decidedBy: decidedBy < 0 ? null : (def.tieBreak[decidedBy] ?? null),
    })),
    ...absent.map((unitId) => ({ unitId, score: null, contest: null, ledger: out(ledger.get(unitId) ?? R.ZERO), rank: null, shared: false, decidedBy: null })),
  ];
  // A contest set up ahead (next month's, 复制为下期) holds nothing yet: only a result does.
  const held = byUnit.size > 0 || [...ledger.keys()].some((id) => units.some((u) => u.id === id));
  return { tierId, periodId, lines, held };
}

export interface CumulativeLine {
  unitId: string;
  /** null: absent from every period counted. */
  total: number | null;
  /** Periods the unit was present in, of those held. */
  present: number;
  rank: number | null;
  shared: boolean;
  decidedBy: TieBreak | null;
}

/**
 * The standing over the tier's held periods up to `uptoPeriodId` (inclusive; all when null), by
 * the series' rule: `sum` of period scores; `average` over present periods (`absent: skip`) or
 * over all held periods (`zero`); `rankPoints` — each period's rank r earns rankPoints[r − 1]
 * (shared ranks earn the points of the rank they share), absence earns 0.
 */
export function cumulativeStanding(state: SeriesState, tierId: string, uptoPeriodId: string | null, finals: ContestFinals): { lines: CumulativeLine[]; periods: PeriodStanding[] } {
  return remembered(state, finals, `c:${tierId}:${uptoPeriodId ?? ''}`, () => computeCumulative(state, tierId, uptoPeriodId, finals));
}

function computeCumulative(state: SeriesState, tierId: string, uptoPeriodId: string | null, finals: ContestFinals): { lines: CumulativeLine[]; periods: PeriodStanding[] } {
  const { def } = state;
  const upto = uptoPeriodId === null ? def.periods.length - 1 : def.periods.findIndex((p) => p.id === uptoPeriodId);
  const periods = def.periods.slice(0, upto + 1).map((p) => periodStanding(state, tierId, p.id, finals)).filter((p) => p.held);
  const { method, rankPoints, absent } = def.cumulative;
  const scored: (Scored & { present: number })[] = [];
  const absentAll: string[] = [];
  const linesOf = periods.map((p) => new Map(p.lines.map((l) => [l.unitId, l])));
  for (const u of activeUnits(state, tierId)) {
    const lines = linesOf.map((p) => p.get(u.id)!);
    const here = lines.filter((l) => l.score !== null);
    if (here.length === 0) {
      absentAll.push(u.id);
      continue;
    }
    const values = here.map((l) => (method === 'rankPoints' ? R.fromNumber(rankPoints[(l.rank as number) - 1] ?? 0) : R.fromNumber(l.score as number)));
    const total = method === 'average' ? R.div(R.sum(values), R.fromNumber(absent === 'skip' ? here.length : periods.length)) : R.sum(values);
    scored.push({
      unitId: u.id,
      score: R.round(total, def.decimals),
      contest: R.sum(here.map((l) => R.fromNumber(l.contest ?? 0))),
      ledger: R.sum(lines.map((l) => R.fromNumber(l.ledger))),
      present: here.length,
      history: lines.map((l) => (l.score === null ? null : R.fromNumber(l.score))),
    });
  }
  const ranked = competitionRank(scored, (a, b) => R.cmp(b.score, a.score), tieRules(def.tieBreak));
  return {
    periods,
    lines: [
      ...ranked.map(({ item, rank, shared, decidedBy }) => ({
        unitId: item.unitId,
        total: R.toNumber(item.score),
        present: item.present,
        rank,
        shared,
        decidedBy: decidedBy < 0 ? null : (def.tieBreak[decidedBy] ?? null),
      })),
      ...absentAll.map((unitId) => ({ unitId, total: null, present: 0, rank: null, shared: false, decidedBy: null })),
    ],
  };
}
