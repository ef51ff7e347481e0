// The series form's model: every field editable as typed, converted to and from the series
// definition the server validates (shared/series/definition.ts). Ids are carried on the rows, so
// a renamed tier, period or heading keeps its id and nothing that points at it moves.
import type { SeriesDefInput, TieBreak } from '../../../shared/series/definition.ts';
import type { StoredSeriesDefinition } from './series-api.ts';

export type PeriodKind = 'month' | 'quarter' | 'issue';
export interface NamedRow { id?: string; name: string }
export interface PeriodRow extends NamedRow { kind: PeriodKind }

export interface SeriesDraft {
  name: string;
  issuer: string;
  tiers: NamedRow[];
  periods: PeriodRow[];
  headings: NamedRow[];
  decimals: number;
  contestWeight: number;
  ledgerWeight: number;
  method: 'sum' | 'average' | 'rankPoints';
  /** Edited as text ("10, 8, 6"), so a half-typed list is not refused while typing. */
  rankPoints: string;
  absent: 'skip' | 'zero';
  /** Up to three, in order; '' is an unused slot. */
  tieBreak: (TieBreak | '')[];
  redBy: 'top' | 'atLeast';
  red: number;
  blackBy: 'bottom' | 'atMost';
  black: number;
}

/** A new series: the three tiers and the headings a county usually keeps; periods are added. */
export function newSeriesDraft(): SeriesDraft {
  return {
    name: '',
    issuer: '',
    tiers: [{ name: '县级干部' }, { name: '科级干部' }, { name: '村(社区)干部' }],
    periods: [],
    headings: [{ name: '责任落实' }, { name: '问题化解' }, { name: '服务成效' }],
    decimals: 2,
    contestWeight: 1,
    ledgerWeight: 0,
    method: 'sum',
    rankPoints: '10, 8, 6, 5, 4, 3, 2, 1',
    absent: 'skip',
    tieBreak: ['', '', ''],
    redBy: 'top',
    red: 3,
    blackBy: 'bottom',
    black: 3,
  };
}

export function seriesDraftFrom(def: StoredSeriesDefinition): SeriesDraft {
  const { red, black } = def.boards;
  return {
    name: def.name,
    issuer: def.issuer,
    tiers: def.tiers.map((x) => ({ id: x.id, name: x.name })),
    periods: def.periods.map((x) => ({ id: x.id, name: x.name, kind: x.kind })),
    headings: def.headings.map((x) => ({ id: x.id, name: x.name })),
    decimals: def.decimals,
    contestWeight: def.periodScore.contest,
    ledgerWeight: def.periodScore.ledger,
    method: def.cumulative.method,
    rankPoints: def.cumulative.rankPoints.join(', '),
    absent: def.cumulative.absent,
    tieBreak: [0, 1, 2].map((i) => def.tieBreak[i] ?? ''),
    redBy: red.by,
    red: red.by === 'top' ? red.count : red.score,
    blackBy: black.by,
    black: black.by === 'bottom' ? black.count : black.score,
  };
}

const filled = <T extends NamedRow>(rows: T[]) => rows.filter((r) => r.name.trim() !== '' || r.id);
const withId = (r: NamedRow) => (r.id ? { id: r.id } : {});

/** Row indices in the server's issues (periods[2]…) count the rows left after blank ones go. */
export function compactSeriesDraft(d: SeriesDraft): SeriesDraft {
  return { ...d, tiers: filled(d.tiers), periods: filled(d.periods), headings: filled(d.headings) };
}

export function seriesDefinitionFrom(draft: SeriesDraft): SeriesDefInput {
  const d = compactSeriesDraft(draft);
  return {
    name: d.name,
    issuer: d.issuer,
    tiers: d.tiers.map((r) => ({ ...withId(r), name: r.name })),
    periods: d.periods.map((r) => ({ ...withId(r), name: r.name, kind: r.kind })),
    headings: d.headings.map((r) => ({ ...withId(r), name: r.name })),
    decimals: d.decimals,
    periodScore: { contest: d.contestWeight, ledger: d.ledgerWeight },
    cumulative: {
      method: d.method,
      rankPoints: d.rankPoints
        .split(/[,，、\s]+/)
        .filter(Boolean)
        .map(Number),
      absent: d.absent,
    },
    tieBreak: d.tieBreak.filter((x): x is TieBreak => x !== ''),
    boards: {
      red: d.redBy === 'top' ? { by: 'top', count: d.red } : { by: 'atLeast', score: d.red },
      black: d.blackBy === 'bottom' ? { by: 'bottom', count: d.black } : { by: 'atMost', score: d.black },
    },
  };
}

/** The twelve months of a year as periods (2026年1月 … 2026年12月 / Jan 2026 …), skipping names already there. */
export function monthsOf(year: number, existing: readonly PeriodRow[], name: (month: number) => string): PeriodRow[] {
  const have = new Set(existing.map((p) => p.name));
  const months = Array.from({ length: 12 }, (_, i) => ({ name: name(i + 1), kind: 'month' as const })).filter((p) => !have.has(p.name));
  return [...existing.filter((p) => p.name.trim() !== '' || p.id), ...months];
}
