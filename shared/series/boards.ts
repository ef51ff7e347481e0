// 红榜 / 黑榜 of a tier and period, from its period standing (docs/series.md "红黑榜"):
// - red `top N`: every unit ranked N or better — ties at the N-th place are all in (the board
//   says so); red `atLeast X`: every score ≥ X.
// - black `bottom M`: every unit with fewer than M units ranked below it — ties at the cut are
//   all in; black `atMost Y`: every score ≤ Y.
// - A unit that qualifies for both (fewer units than N + M) is on the red board only.
// - Absent units are on neither board; they are listed apart.
// - A unit black-listed in this period and in the period before it (the series' order, same
//   tier) is flagged 连续上黑榜.
import type { StoredSeriesDef } from './definition.ts';
import { periodStanding, type ContestFinals, type PeriodLine } from './standings.ts';
import type { SeriesState } from './state.ts';

export interface BoardLine {
  unitId: string;
  rank: number;
  score: number;
  ledger: number;
  /** Level at the cut with units beyond N (or M): all are in. */
  tiedAtCut: boolean;
}

export interface Boards {
  tierId: string;
  periodId: string;
  red: BoardLine[];
  black: (BoardLine & { consecutive: boolean })[];
  /** The rule as it reads on the poster: 前 3 名 / 80 分及以上 … */
  rule: StoredSeriesDef['boards'];
  absent: string[];
}

type Present = PeriodLine & { score: number; rank: number };

function select(def: StoredSeriesDef, lines: readonly PeriodLine[]): { red: BoardLine[]; black: BoardLine[] } {
  const present = lines.filter((l): l is Present => l.score !== null && l.rank !== null);
  const line = (l: Present, tiedAtCut: boolean): BoardLine => ({ unitId: l.unitId, rank: l.rank, score: l.score, ledger: l.ledger, tiedAtCut });
  const { red: r, black: b } = def.boards;
  const red =
    r.by === 'top'
      ? present.filter((l) => l.rank <= r.count).map((l, _, all) => line(l, all.length > r.count && l.rank === Math.max(...all.map((x) => x.rank))))
      : present.filter((l) => l.score >= r.score).map((l) => line(l, false));
  const onRed = new Set(red.map((l) => l.unitId));
  // Rank from the bottom: 1 + the units strictly behind (ranked worse), so ties share it.
  const below = (l: Present) => present.filter((o) => o.rank > l.rank).length;
  const blackAll =
    b.by === 'bottom'
      ? present.filter((l) => below(l) < b.count).map((l, _, all) => line(l, all.length > b.count && below(l) === Math.max(...all.map(below))))
      : present.filter((l) => l.score <= b.score).map((l) => line(l, false));
  // Worst first on the black board.
  const black = blackAll.filter((l) => !onRed.has(l.unitId)).sort((x, y) => y.rank - x.rank);
  return { red, black };
}

export function boards(state: SeriesState, tierId: string, periodId: string, finals: ContestFinals): Boards {
  const standing = periodStanding(state, tierId, periodId, finals);
  const { red, black } = select(state.def, standing.lines);
  const i = state.def.periods.findIndex((p) => p.id === periodId);
  const before = i > 0 ? state.def.periods[i - 1]!.id : null;
  const blackBefore = new Set(before === null ? [] : select(state.def, periodStanding(state, tierId, before, finals).lines).black.map((l) => l.unitId));
  return {
    tierId,
    periodId,
    red,
    black: black.map((l) => ({ ...l, consecutive: blackBefore.has(l.unitId) })),
    rule: state.def.boards,
    absent: standing.lines.filter((l) => l.score === null).map((l) => l.unitId),
  };
}
