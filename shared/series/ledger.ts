// The points ledger (积分): 加分 and 扣分 per unit and period. An entry is never edited: a
// correction is a new entry citing the one it corrects, which then counts no more (the audit
// shows both). Totals are exact (rationals) and rounded only where a score is shown.
import * as R from '../scoring/rational.ts';
import type { Rational } from '../scoring/rational.ts';
import { canonicalUnit, type LedgerEntry, type SeriesState } from './state.ts';

/** Entries that count: every entry no later entry corrects. */
export function effectiveLedger(state: SeriesState): LedgerEntry[] {
  const corrected = new Set(state.ledger.flatMap((e) => (e.corrects ? [e.corrects] : [])));
  return state.ledger.filter((e) => !corrected.has(e.id));
}

/** The correction of an entry, if it has one. */
export const correctionOf = (state: SeriesState, entryId: string): LedgerEntry | null => state.ledger.find((e) => e.corrects === entryId) ?? null;

/** Each unit's ledger total in a period (merged units counted in the unit they went into). */
export function ledgerTotals(state: SeriesState, periodId: string): Map<string, Rational> {
  const totals = new Map<string, Rational>();
  for (const e of effectiveLedger(state)) {
    if (e.periodId !== periodId) continue;
    const unit = canonicalUnit(state, e.unitId);
    totals.set(unit, R.add(totals.get(unit) ?? R.ZERO, R.fromNumber(e.points)));
  }
  return totals;
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
