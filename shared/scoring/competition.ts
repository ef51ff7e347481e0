// Competition ranking, the one rule for contests and series alike: order by the score, then by
// each tie-break in turn; items still level share a rank and the next rank skips (1, 2, 2, 4).

/** Negative when a ranks ahead of b, 0 when the comparison cannot separate them. */
export type Compare<T> = (a: T, b: T) => number;

export interface Placed<T> {
  item: T;
  rank: number;
  /** Level with another item on the score and every tie-break. */
  shared: boolean;
  /** Index of the tie-break that fixed this rank against items level on the score; -1: none was needed. */
  decidedBy: number;
}

/** Index of the first tie-break rule that separates a and b, or -1 when none does. */
function separatedBy<T>(rules: readonly Compare<T>[], a: T, b: T): number {
  return rules.findIndex((r) => r(a, b) !== 0);
}

export function competitionRank<T>(items: readonly T[], byScore: Compare<T>, rules: readonly Compare<T>[]): Placed<T>[] {
  const compare = (a: T, b: T): number => {
    const s = byScore(a, b);
    if (s !== 0) return s;
    const k = separatedBy(rules, a, b);
    return k < 0 ? 0 : (rules[k] as Compare<T>)(a, b);
  };
  // Array.prototype.sort is stable, so items tied on everything keep input order.
  const sorted = [...items].sort(compare);
  return sorted.map((e) => {
    const ahead = sorted.filter((o) => compare(o, e) < 0).length;
    const peers = sorted.filter((o) => o !== e && byScore(o, e) === 0);
    const shared = peers.some((o) => compare(o, e) === 0);
    // When several rules were needed around this item (one against the item above, a later one
    // against the one below), report the last: it is the one that fixed the rank.
    const decidedBy = Math.max(-1, ...peers.map((o) => separatedBy(rules, e, o)));
    return { item: e, rank: ahead + 1, shared, decidedBy };
  });
}
