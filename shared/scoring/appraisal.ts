// The 民主测评 part of a score, exactly (docs/contest-definition.md "Scoring rules, exactly"):
//   A = Σ ballots × points / counted ballots          (mean points; 不了解 not counted)
//   S = A × full marks / the highest option's points  (the appraisal on the judges' scale)
//   before penalty = (1 − w) × J + w × S              (J: the judges' score, w: the weight)
// with the contest's rounding at the same points as the judges' arithmetic (eachStep rounds each
// product). No counted ballot: J alone (`judgesOnly`) or S = 0 (`zero`). Voting still open, or
// weight 0: J alone, and the line says why.
import type { Appraisal } from '../appraisal/definition.ts';
import { appraisalScale } from '../appraisal/definition.ts';
import * as R from './rational.ts';
import type { Rational } from './rational.ts';

/** Ballots per option id, frozen when voting on the presenter closed; null while open or never held. */
export type AppraisalTally = Record<string, number>;

export interface AppraisalLine {
  /** Ballots per option in the ballot's order. */
  options: { id: string; name: string; points: number | null; count: number }[];
  /** Every ballot cast for the presenter. */
  ballots: number;
  /** Ballots on an option with points (不了解 is recorded, not counted). */
  counted: number;
  /** Mean points over counted ballots, rounded to the contest's decimals; null without any. */
  score: number | null;
  /** Counted ballots on a satisfied option (满意, 基本满意) over counted ballots; null without any. */
  satisfaction: number | null;
  /** S, the appraisal on the judges' scale (A × full marks / the top option's points), rounded; null without counted ballots. */
  scaled: number | null;
  weight: number;
  /** w × S, the appraisal's part of the score before penalty, rounded; null when it does not count. */
  component: number | null;
  /** The judges' score J, rounded: the other part. */
  judges: number | null;
  /** Voting on this presenter has not closed: the score is the judges' alone for now. */
  pending: boolean;
  /** Closed without a counted ballot, and the rule is `judgesOnly`: the judges' score alone. */
  noBallots: boolean;
}

/**
 * The judges' score J of a presenter, what the 各项 row of the marks sums up: with a 民主测评 the
 * score before penalty (`raw`) is J and the appraisal combined, so J is the appraisal line's.
 */
export const judgesPart = (s: { raw: number | null; appraisal: { judges: number | null } | null }): number | null => (s.appraisal ? s.appraisal.judges : s.raw);

type Step = (x: Rational) => Rational;

export function combineAppraisal(
  appraisal: Appraisal,
  fullMarks: Rational,
  judges: Rational,
  tally: AppraisalTally | null,
  step: Step,
  out: (x: Rational) => number,
): { raw: Rational; line: AppraisalLine } {
  const counts = appraisal.options.map((o) => ({ id: o.id, name: o.name, points: o.points, count: tally?.[o.id] ?? 0 }));
  const valued = counts.filter((o) => o.points !== null);
  const counted = valued.reduce((n, o) => n + o.count, 0);
  const satisfied = new Set(appraisal.options.filter((o) => o.satisfied).map((o) => o.id));
  const mean = counted > 0 ? R.div(R.sum(valued.map((o) => R.mul(R.fromNumber(o.count), R.fromNumber(o.points as number)))), R.fromNumber(counted)) : null;
  const w = R.fromNumber(appraisal.weight);
  const line: AppraisalLine = {
    options: counts,
    ballots: counts.reduce((n, o) => n + o.count, 0),
    counted,
    score: mean === null ? null : out(step(mean)),
    satisfaction: counted > 0 ? R.toNumber(R.div(R.fromNumber(valued.filter((o) => satisfied.has(o.id)).reduce((n, o) => n + o.count, 0)), R.fromNumber(counted))) : null,
    scaled: null,
    weight: appraisal.weight,
    component: null,
    judges: out(judges),
    pending: tally === null,
    noBallots: tally !== null && counted === 0 && appraisal.noBallots === 'judgesOnly',
  };
  const scale = appraisalScale(appraisal);
  const scaled = mean === null ? R.ZERO : step(R.div(R.mul(step(mean), fullMarks), R.fromNumber(scale)));
  if (mean !== null) line.scaled = out(scaled);
  if (tally === null || appraisal.weight === 0 || line.noBallots) return { raw: judges, line };
  const part = step(R.mul(w, scaled));
  line.component = out(part);
  return { raw: step(R.add(step(R.mul(R.sub(R.ONE, w), judges)), part)), line };
}
