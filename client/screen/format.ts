// Small pure helpers shared by the screen and the audience page.
import type { Lang } from '../common/i18n.tsx';
import type { PublicView } from '../../shared/protocol/index.ts';

export type Presenter = PublicView['presenters'][number];
export type Result = PublicView['revealed'][number];
export type Mark = Result['marks'][number];
export type RankingLine = PublicView['ranking'][number];

/**
 * Scores as the server computed them, without binary noise: 86.4 stays "86.4", 85 stays "85".
 * The public view does not carry the contest's `decimals`, so trailing zeros cannot be padded.
 */
export function fmtScore(n: number): string {
  return String(Math.round(n * 10000) / 10000);
}

/** "2022年2月18日" / "18 Feb 2022" from the definition's YYYY-MM-DD. */
export function fmtDate(date: string | null, lang: Lang): string {
  if (!date) return '';
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  if (lang === 'zh') return `${y}年${m}月${d}日`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d} ${months[m - 1] ?? m} ${y}`;
}

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
export function markGroups(result: Result): { name: string | null; weight: number | null; value: number | null; marks: Mark[] }[] {
  const sorted = [...result.marks].sort((a, b) => a.seat - b.seat);
  if (result.groups.length <= 1 || result.groups.every((g) => g.name === null)) {
    return [{ name: null, weight: null, value: null, marks: sorted }];
  }
  return result.groups.map((g) => ({ name: g.name, weight: g.weight, value: g.result, marks: sorted.filter((m) => m.group === g.name) }));
}

/** Group weights as the audience reads them: 0.6 → "60%"; already-percent weights as is. */
export function fmtWeight(weights: number[], w: number): string {
  const sum = weights.reduce((a, b) => a + b, 0);
  return `${fmtScore(sum > 0 ? (w / sum) * 100 : 0)}%`;
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
