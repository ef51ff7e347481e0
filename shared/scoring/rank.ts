// Ranking: by final, then the contest's tie-break rules in order, then shared ranks
// (competition.ts, the rule series standings use too).
import type { RankLine, ScoringDefinition } from './types.ts';
import type { ScoredPresenter } from './aggregate.ts';
import { competitionRank } from './competition.ts';
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

export function rank(def: ScoringDefinition, scored: ScoredPresenter[]): RankLine[] {
  const rules = def.rules.tieBreak.map((t) => ruleFor(def, t));
  const entries: Entry[] = scored.flatMap(({ score, final, criteria }) =>
    final !== null && criteria !== null
      ? [{ presenterId: score.presenterId, final, criteria, overtimeSeconds: score.overtimeSeconds }]
      : [],
  );

  const byFinal = (a: Entry, b: Entry) => cmp(b.final, a.final);
  return competitionRank(entries, byFinal, rules).map(({ item, rank, shared, decidedBy }) => ({
    presenterId: item.presenterId,
    rank,
    shared,
    decidedBy: decidedBy < 0 ? null : (def.rules.tieBreak[decidedBy] ?? null),
  }));
}
