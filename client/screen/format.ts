// Small pure helpers shared by the screen and the audience page (numbers and dates are
// formatted by shared/format.ts, like everywhere else).
import type { PublicView } from '../../shared/protocol/index.ts';

export type Presenter = PublicView['presenters'][number];
export type Result = PublicView['revealed'][number];
export type Mark = Result['marks'][number];
export type RankingLine = PublicView['ranking'][number];

export function presenterMap(view: PublicView): Map<string, Presenter> {
  return new Map(view.presenters.map((p) => [p.id, p]));
}


export function currentPresenter(view: PublicView): Presenter | null {
  const id = view.current?.presenterId;
  return (id && view.presenters.find((p) => p.id === id)) || null;
}

export function currentResult(view: PublicView): Result | null {
  const id = view.current?.presenterId;
  return (id && view.revealed.find((r) => r.presenterId === id)) || null;
}

/** Marks in display order, grouped by judge group when the contest has groups. */
export type MissingMark = Result['missing'][number];

/** The marks by judge group (one plain group without groups), each with its judges who did not score. */
export function markGroups(result: Result): { name: string | null; weight: number | null; value: number | null; marks: Mark[]; missing: MissingMark[] }[] {
  const sorted = [...result.marks].sort((a, b) => a.seat - b.seat);
  const missing = [...result.missing].sort((a, b) => a.seat - b.seat);
  if (result.groups.length <= 1 || result.groups.every((g) => g.name === null)) {
    return [{ name: null, weight: null, value: null, marks: sorted, missing }];
  }
  return result.groups.map((g) => ({ name: g.name, weight: g.weight, value: g.result, marks: sorted.filter((m) => m.group === g.name), missing: missing.filter((m) => m.group === g.name) }));
}

/** A group's judges in seat order, each with their mark or as missing (revealed anyway): so the count adds up. */
export function seats(g: { marks: Mark[]; missing: MissingMark[] }): ({ seat: number; mark: Mark; missing: null } | { seat: number; mark: null; missing: MissingMark })[] {
  return [...g.marks.map((m) => ({ seat: m.seat, mark: m, missing: null })), ...g.missing.map((m) => ({ seat: m.seat, mark: null, missing: m }))].sort((a, b) => a.seat - b.seat);
}

/** Columns for a list of `n` rows so that it fits a 16:9 or 4:3 screen without scrolling. */
export function columnsFor(n: number): number {
  return n <= 8 ? 1 : n <= 18 ? 2 : n <= 40 ? 3 : 4;
}

/** Free text (a question, a comment) set as large as its length allows, in --u. */
export function textSize(length: number): number {
  const steps: [number, number][] = [
    [30, 6.4],
    [60, 5.6],
    [110, 4.8],
    [180, 4.2],
    [300, 3.6],
    [500, 3],
  ];
  return steps.find(([max]) => length <= max)?.[1] ?? 2.4;
}

/**
 * Which speaker this is: the place in the speaking order (第 N 位 as the 出场顺序 page numbers it),
 * except for a unit on stage later than that place — absent when its turn came and called at the
 * end — which is its turn (those who have spoken, plus one): 第 6 位 · 共 6 位, not 第 2 位.
 */
export function turnOf(view: PublicView, id: string): number {
  const place = view.order.indexOf(id) + 1;
  if (id !== view.current?.presenterId) return place;
  return Math.max(place, view.presenters.filter((p) => p.status === 'done' && p.id !== id).length + 1);
}
