// A series' state, folded from its own event log (the same append-only audit as a contest's):
// its definition, its units (岔河乡 in March and in April is one unit), the points ledger and the
// contests that belong to it. Nothing is edited in place: a rename, a merge, a correction is an
// event of its own, so the audit shows what was and what became.
import type { StoredSeriesDef } from './definition.ts';

export interface SeriesUnit {
  id: string;
  name: string;
  tierId: string;
  /** Earlier names (after a rename): a new contest naming the unit by one of them still matches it. */
  formerNames: string[];
  /** Merged into another unit (a duplicate made by a typo): its results and entries count there. */
  mergedInto: string | null;
}

export interface LedgerEntry {
  id: string;
  unitId: string;
  periodId: string;
  /** YYYY-MM-DD: the day the work happened (not the day it was typed in). */
  date: string;
  headingId: string;
  /** 加分 positive, 扣分 negative; a correction may be 0 (the entry should never have been made). */
  points: number;
  reason: string;
  /** Who entered it, as they signed it (the host console asks for a name). */
  by: string;
  at: number;
  /** The entry this one corrects, which then counts no more; null for a first entry. */
  corrects: string | null;
}

export type ContestKind = 'arena' | 'rating';

export interface LinkedContest {
  contestId: string;
  title: string;
  tierId: string;
  periodId: string;
  /** 擂台赛 (reports, Q&A, timers) or 评比 (scoring only). */
  kind: ContestKind;
  /** Each presenter's unit, by stable id. */
  units: Record<string, string>;
}

export interface SeriesState {
  id: string;
  def: StoredSeriesDef;
  units: SeriesUnit[];
  ledger: LedgerEntry[];
  contests: LinkedContest[];
  /** Every tier/period/heading id ever used, so an edit never gives a removed item's id to a new one. */
  usedIds: { t: string[]; m: string[]; h: string[] };
  createdAt: number;
  seq: number;
}

export type SeriesEvent =
  | { type: 'SeriesCreated'; seriesId: string; definition: StoredSeriesDef; at: number }
  | { type: 'SeriesDefined'; definition: StoredSeriesDef; at: number }
  | { type: 'UnitAdded'; unitId: string; name: string; tierId: string; at: number }
  | { type: 'UnitRenamed'; unitId: string; name: string; reason: string; at: number }
  | { type: 'UnitsMerged'; from: string; into: string; reason: string; at: number }
  | { type: 'LedgerEntered'; entries: Omit<LedgerEntry, 'at' | 'corrects'>[]; at: number }
  | { type: 'LedgerCorrected'; entry: Omit<LedgerEntry, 'at'> & { corrects: string }; reason: string; at: number }
  | { type: 'ContestLinked'; contest: LinkedContest; at: number }
  | { type: 'ContestUnlinked'; contestId: string; at: number };

const idsOf = (def: StoredSeriesDef) => ({ t: def.tiers.map((x) => x.id), m: def.periods.map((x) => x.id), h: def.headings.map((x) => x.id) });
const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

export function evolveSeries(state: SeriesState | null, e: SeriesEvent): SeriesState {
  if (e.type === 'SeriesCreated') return { id: e.seriesId, def: e.definition, units: [], ledger: [], contests: [], usedIds: idsOf(e.definition), createdAt: e.at, seq: 1 };
  if (!state) throw new Error(`${e.type} before SeriesCreated`);
  const s = { ...state, seq: state.seq + 1 };
  switch (e.type) {
    case 'SeriesDefined': {
      const ids = idsOf(e.definition);
      return { ...s, def: e.definition, usedIds: { t: union(s.usedIds.t, ids.t), m: union(s.usedIds.m, ids.m), h: union(s.usedIds.h, ids.h) } };
    }
    case 'UnitAdded':
      return { ...s, units: [...s.units, { id: e.unitId, name: e.name, tierId: e.tierId, formerNames: [], mergedInto: null }] };
    case 'UnitRenamed':
      return { ...s, units: s.units.map((u) => (u.id === e.unitId ? { ...u, name: e.name, formerNames: [...u.formerNames, u.name] } : u)) };
    case 'UnitsMerged': {
      // The merged name keeps matching: a later contest spelling it that way finds the unit it went into.
      const from = s.units.find((u) => u.id === e.from);
      const names = from ? [from.name, ...from.formerNames] : [];
      return {
        ...s,
        units: s.units.map((u) =>
          u.id === e.from || u.mergedInto === e.from ? { ...u, mergedInto: e.into } : u.id === e.into ? { ...u, formerNames: [...u.formerNames, ...names] } : u,
        ),
      };
    }
    case 'LedgerEntered':
      return { ...s, ledger: [...s.ledger, ...e.entries.map((x) => ({ ...x, at: e.at, corrects: null }))] };
    case 'LedgerCorrected':
      return { ...s, ledger: [...s.ledger, { ...e.entry, at: e.at }] };
    case 'ContestLinked':
      return { ...s, contests: [...s.contests.filter((c) => c.contestId !== e.contest.contestId), e.contest] };
    case 'ContestUnlinked':
      return { ...s, contests: s.contests.filter((c) => c.contestId !== e.contestId) };
  }
}

export function replaySeries(events: readonly SeriesEvent[]): SeriesState {
  const state = events.reduce<SeriesState | null>(evolveSeries, null);
  if (!state) throw new Error('a series log starts with SeriesCreated');
  return state;
}

/** The unit a (possibly merged) unit id stands for now. Merges are flattened when applied. */
export function canonicalUnit(state: SeriesState, unitId: string): string {
  return state.units.find((u) => u.id === unitId)?.mergedInto ?? unitId;
}

/** Names are matched as people type them: surrounding and full-width spaces do not count. */
export const unitKey = (name: string) => name.replace(/[\s\u3000]+/g, '');

/**
 * A tier's active units whose name is one character off `name` (石桥乡 for 石桥镇, 安居材 for
 * 安居村): what a typo of a known unit looks like, said before it becomes a unit of its own.
 */
export function unitsLike(state: { units: readonly SeriesUnit[] }, tierId: string, name: string): SeriesUnit[] {
  const key = [...unitKey(name)];
  const oneOff = (other: string) => {
    const o = [...unitKey(other)];
    return o.length === key.length && o.filter((c, i) => c !== key[i]).length === 1;
  };
  return state.units.filter((u) => u.tierId === tierId && u.mergedInto === null && [u.name, ...u.formerNames].some(oneOff));
}

/** The active unit of a tier known by this name, now or before a rename; null when none. */
export function unitByName(state: { units: readonly SeriesUnit[] }, tierId: string, name: string): SeriesUnit | null {
  const key = unitKey(name);
  const active = state.units.filter((u) => u.tierId === tierId && u.mergedInto === null);
  return active.find((u) => unitKey(u.name) === key) ?? active.find((u) => u.formerNames.some((n) => unitKey(n) === key)) ?? null;
}
