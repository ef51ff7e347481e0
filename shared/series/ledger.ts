// The points ledger (积分): 加分 and 扣分 per unit and period. An entry is never edited: a
// correction is a new entry citing the one it corrects, which then counts no more (the audit
// shows both). Totals are exact (rationals) and rounded only where a score is shown.
import * as R from '../scoring/rational.ts';
import type { Rational } from '../scoring/rational.ts';
import { canonicalUnit, type LedgerEntry, type SeriesState } from './state.ts';

/**
 * What the ledger says, worked out once per state: a state is never changed in place (each event
 * makes a new one), so a year's 2,000 entries are gone through once, not once per unit and period
 * a standing, a board or a report asks about.
 */
interface LedgerIndex {
  effective: readonly LedgerEntry[];
  byId: ReadonlyMap<string, LedgerEntry>;
  /** Correcting entry by the id of the entry it corrects. */
  correctedBy: ReadonlyMap<string, LedgerEntry>;
  /** Each period's totals by (canonical) unit. */
  totals: ReadonlyMap<string, ReadonlyMap<string, Rational>>;
}

const indexes = new WeakMap<SeriesState, LedgerIndex>();
const NO_TOTALS: ReadonlyMap<string, Rational> = new Map();

function ledgerIndex(state: SeriesState): LedgerIndex {
  let index = indexes.get(state);
  if (index) return index;
  const correctedBy = new Map(state.ledger.flatMap((e) => (e.corrects ? [[e.corrects, e] as const] : [])));
  const effective = state.ledger.filter((e) => !correctedBy.has(e.id));
  const canonical = new Map(state.units.map((u) => [u.id, canonicalUnit(state, u.id)]));
  const totals = new Map<string, Map<string, Rational>>();
  for (const e of effective) {
    const unit = canonical.get(e.unitId) ?? e.unitId;
    const period = totals.get(e.periodId) ?? new Map<string, Rational>();
    totals.set(e.periodId, period);
    period.set(unit, R.add(period.get(unit) ?? R.ZERO, R.fromNumber(e.points)));
  }
  indexes.set(state, (index = { effective, byId: new Map(state.ledger.map((e) => [e.id, e])), correctedBy, totals }));
  return index;
}

/** Entries that count: every entry no later entry corrects. */
export function effectiveLedger(state: SeriesState): readonly LedgerEntry[] {
  return ledgerIndex(state).effective;
}

/** The correction of an entry, if it has one. */
export const correctionOf = (state: SeriesState, entryId: string): LedgerEntry | null => ledgerIndex(state).correctedBy.get(entryId) ?? null;

/** An entry by its id (e1, e2 …), corrected or not. */
export const ledgerEntry = (state: SeriesState, entryId: string): LedgerEntry | null => ledgerIndex(state).byId.get(entryId) ?? null;

/** Each unit's ledger total in a period (merged units counted in the unit they went into). */
export function ledgerTotals(state: SeriesState, periodId: string): ReadonlyMap<string, Rational> {
  return ledgerIndex(state).totals.get(periodId) ?? NO_TOTALS;
}

/** 加分 and 扣分 of a unit in a period, apart, for the board and the report. */
export function ledgerSplit(state: SeriesState, unitId: string, periodId: string): { plus: Rational; minus: Rational; entries: LedgerEntry[] } {
  const entries = effectiveLedger(state).filter((e) => e.periodId === periodId && canonicalUnit(state, e.unitId) === unitId);
  const pts = entries.map((e) => R.fromNumber(e.points));
  return { plus: R.sum(pts.filter((p) => p.n > 0n)), minus: R.sum(pts.filter((p) => p.n < 0n)), entries };
}

/** A calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** At most two decimals, as points are written on the board (0.5, 1.25). */
export function pointsWellFormed(p: number): boolean {
  if (!Number.isFinite(p) || Math.abs(p) > 1000) return false;
  const x = R.fromNumber(p);
  return R.cmp(R.round(x, 2), x) === 0;
}
