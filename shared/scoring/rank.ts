// Ranking: by final, then the contest's tie-break rules in order, then shared ranks.
import type { RankLine, ScoringDefinition } from './types.ts';
import type { ScoredPresenter } from './aggregate.ts';
import { cmp, type Rational } from './rational.ts';

interface Entry {
  presenterId: string;
  final: Rational;
  criteria: Rational[];
  overtimeSeconds: number;
}

/** Negative when a ranks ahead of b under this rule, 0 when the rule cannot separate them. */
type Rule = (a: Entry, b: Entry) => number;

function ruleFor(def: ScoringDefinition, tieBreak: string): Rule {
  if (tieBreak === 'lessOvertime') return (a, b) => Math.sign(a.overtimeSeconds - b.overtimeSeconds);
  const name = tieBreak.startsWith('criterion:') ? tieBreak.slice('criterion:'.length) : null;
  const i = def.criteria.findIndex((c) => c.name === name);
  if (i < 0) throw new RangeError(`unknown tie-break: ${tieBreak}`);
  return (a, b) => cmp(b.criteria[i] as Rational, a.criteria[i] as Rational);
}

/** Index of the first tie-break rule that separates a and b, or -1 when none does. */
function separatedBy(rules: Rule[], a: Entry, b: Entry): number {
  return rules.findIndex((r) => r(a, b) !== 0);
}

export function rank(def: ScoringDefinition, scored: ScoredPresenter[]): RankLine[] {
  const rules = def.rules.tieBreak.map((t) => ruleFor(def, t));
  const entries: Entry[] = scored.flatMap(({ score, final, criteria }) =>
    final !== null && criteria !== null
      ? [{ presenterId: score.presenterId, final, criteria, overtimeSeconds: score.overtimeSeconds }]
      : [],
  );

  const compare = (a: Entry, b: Entry): number => {
    const byFinal = cmp(b.final, a.final);
    if (byFinal !== 0) return byFinal;
    const k = separatedBy(rules, a, b);
    return k < 0 ? 0 : (rules[k] as Rule)(a, b);
  };
  // Array.prototype.sort is stable, so presenters tied on everything keep input order.
  const sorted = [...entries].sort(compare);

  return sorted.map((e) => {
    const ahead = sorted.filter((o) => compare(o, e) < 0).length;
    const peers = sorted.filter((o) => o !== e && cmp(o.final, e.final) === 0);
    const shared = peers.some((o) => compare(o, e) === 0);
    // When several rules were needed around this presenter (one against the presenter above,
    // a later one against the one below), report the last: it is the one that fixed the rank.
    const deepest = Math.max(-1, ...peers.map((o) => separatedBy(rules, e, o)));
    return {
      presenterId: e.presenterId,
      rank: ahead + 1,
      shared,
      decidedBy: deepest < 0 ? null : (def.rules.tieBreak[deepest] ?? null),
    };
  });
}
