// One presenter's score: trimmed means within judge groups, a weighted average across groups,
// then the overtime penalty.
import type { GroupLine, JudgeLine, PresenterInput, PresenterScore, ScoringDefinition } from './types.ts';
import { judgeTotalExact, penaltyExact, validateMarks } from './marks.ts';
import { kept, trim } from './trim.ts';
import * as R from './rational.ts';
import type { Rational } from './rational.ts';
import { combineAppraisal } from './appraisal.ts';

/** A submitted judge line with the exact numbers alongside. */
interface Sheet {
  line: JudgeLine;
  values: Rational[];
  total: Rational;
}

interface GroupAggregate {
  result: Rational;
  criteria: Rational[];
  fellBack: boolean;
}

/** What ranking needs beyond the public score: the values its comparisons are made on. */
export interface ScoredPresenter {
  score: PresenterScore;
  /** Rounded final; null with no marks. */
  final: Rational | null;
  /** Per criterion: exact with rounding "final", the rounded step value with "eachStep". */
  criteria: Rational[] | null;
}

/**
 * With rounding "eachStep" every intermediate passes through `step`, which rounds; with
 * "final" it is the identity and only the outputs are rounded. One code path for both keeps
 * the two modes from drifting apart.
 *
 * Why eachStep exists: organisers traditionally fill a paper or spreadsheet table in which
 * every printed cell is already rounded to the hundredth — each criterion's trimmed mean,
 * weight × mean, each group's result, each group's weighted share — and the next cell is
 * computed from the printed one (spreadsheet ROUND() is half away from zero, like ours).
 * Rounding at exactly those points reproduces such a published table to the hundredth, so
 * anyone re-adding the printed numbers by hand gets the printed final.
 */
type Step = (x: Rational) => Rational;

function sheets(def: ScoringDefinition, input: PresenterInput): Sheet[] {
  const index = new Map(def.judges.map((j, i) => [j.id, i]));
  const seen = new Set<string>();
  const out: (Sheet & { at: number })[] = [];
  for (const m of input.marks) {
    const at = index.get(m.judgeId);
    if (at === undefined) throw new RangeError(`${input.presenterId}: unknown judge ${m.judgeId}`);
    if (seen.has(m.judgeId)) throw new RangeError(`${input.presenterId}: two mark sheets from ${m.judgeId}`);
    seen.add(m.judgeId);
    const problem = validateMarks(def, m.values);
    if (problem !== null) throw new RangeError(`${input.presenterId}, ${m.judgeId}: ${problem}`);
    const total = judgeTotalExact(def, m.values);
    const line: JudgeLine = {
      judgeId: m.judgeId,
      group: def.judges[at]?.group ?? null,
      values: [...m.values],
      total: R.toNumber(total),
      dropped: null,
      droppedCriteria: m.values.map(() => null),
    };
    out.push({ at, line, total, values: m.values.map(R.fromNumber) });
  }
  // Definition order, whatever order the marks arrived in: trimming ties depend on it.
  return out.sort((a, b) => a.at - b.at);
}

function aggregateGroup(def: ScoringDefinition, members: Sheet[], step: Step): GroupAggregate {
  const agg = def.rules.aggregation;
  const weights = def.criteria.map((c) => R.fromNumber(c.weight));
  const criterionMean = (i: number, of: Sheet[]) => step(R.mean(of.map((s) => s.values[i] as Rational)));

  if (agg.scope === 'total') {
    const { drops, fellBack } = trim(
      members.map((s) => s.total),
      agg,
    );
    members.forEach((s, k) => (s.line.dropped = drops[k] ?? null));
    const keep = kept(members, drops);
    return {
      result: step(R.mean(keep.map((s) => s.total))),
      criteria: weights.map((_, i) => criterionMean(i, keep)),
      fellBack,
    };
  }

  let fellBack = false;
  const criteria = weights.map((_, i) => {
    const t = trim(
      members.map((s) => s.values[i] as Rational),
      agg,
    );
    fellBack ||= t.fellBack;
    members.forEach((s, k) => (s.line.droppedCriteria[i] = t.drops[k] ?? null));
    return criterionMean(i, kept(members, t.drops));
  });
  const result = step(R.sum(criteria.map((m, i) => step(R.mul(weights[i] as Rational, m)))));
  return { result, criteria, fellBack };
}

/** All judges form one unnamed group when the contest defines none. */
function groupsOf(def: ScoringDefinition): { name: string | null; weight: number }[] {
  return def.judgeGroups.length > 0 ? def.judgeGroups : [{ name: null, weight: 1 }];
}

export function scoreExact(def: ScoringDefinition, input: PresenterInput): ScoredPresenter {
  const places = def.rules.decimals;
  const out = (x: Rational) => R.toNumber(R.round(x, places));
  const step: Step = def.rules.rounding === 'eachStep' ? (x) => R.round(x, places) : (x) => x;

  const all = sheets(def, input);
  const groups = groupsOf(def).map((g) => {
    const members = all.filter((s) => (def.judgeGroups.length > 0 ? s.line.group === g.name : true));
    return { ...g, members, agg: members.length > 0 ? aggregateGroup(def, members, step) : null };
  });

  const groupLines: GroupLine[] = groups.map((g) => ({
    name: g.name,
    weight: g.weight,
    judgeCount: g.members.length,
    result: g.agg ? out(g.agg.result) : null,
    fellBackToMean: g.agg?.fellBack ?? false,
  }));
  const fellBackToMean = groupLines.some((g) => g.fellBackToMean);
  const penalty = penaltyExact(def.rules, input.overtimeSeconds);
  const base = {
    presenterId: input.presenterId,
    judges: all.map((s) => s.line),
    groups: groupLines,
    penalty: R.toNumber(penalty),
    overtimeSeconds: input.overtimeSeconds,
    fellBackToMean,
  };

  const active = groups.flatMap((g) => (g.agg ? [{ weight: R.fromNumber(g.weight), agg: g.agg }] : []));
  if (active.length === 0) {
    const score = { ...base, criteria: def.criteria.map(() => null), raw: null, final: null, appraisal: null };
    return { score, final: null, criteria: null };
  }

  // Groups nobody in which submitted are left out and the remaining weights renormalised,
  // so a missing group neither counts as zero nor changes the scale of the score.
  const totalWeight = R.sum(active.map((g) => g.weight));
  const across = (pick: (a: GroupAggregate) => Rational) =>
    step(R.sum(active.map((g) => step(R.mul(R.div(g.weight, totalWeight), pick(g.agg))))));

  const judges = across((a) => a.result);
  const fullMarks = R.sum(def.criteria.map((c) => R.mul(R.fromNumber(c.max), R.fromNumber(c.weight))));
  const combined = def.appraisal ? combineAppraisal(def.appraisal, fullMarks, judges, input.appraisal ?? null, step, out) : null;
  const raw = combined?.raw ?? judges;
  const criteria = def.criteria.map((_, i) => across((a) => a.criteria[i] as Rational));
  const final = R.round(R.max(R.ZERO, R.sub(raw, penalty)), places);

  const score: PresenterScore = {
    ...base,
    criteria: criteria.map(out),
    raw: out(raw),
    final: R.toNumber(final),
    appraisal: combined?.line ?? null,
  };
  return { score, final, criteria };
}
