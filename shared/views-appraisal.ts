// The 民主测评 part of the views: the ballot, who is being voted on, turnout — counts only, never
// a voter. Per-presenter results ride on each presenter's score line (shared/scoring/appraisal.ts).
import { eligible, turnout } from './domain/appraisal.ts';
import type { ContestState } from './domain/state.ts';
import type { AppraisalHost, AppraisalPublic } from './protocol/views-appraisal.ts';

export function appraisalPublic(s: ContestState): AppraisalPublic | null {
  const a = s.def.appraisal;
  if (!a) return null;
  return {
    electorate: a.electorate,
    opens: a.opens,
    weight: a.weight,
    options: a.options.map((o) => ({ id: o.id, name: o.name, points: o.points })),
    open: s.appraisal.open?.presenterIds ?? [],
    turnout: turnout(s),
    eligible: a.electorate === 'codes' ? eligible(s) : null,
  };
}

export function appraisalHost(s: ContestState): AppraisalHost | null {
  const pub = appraisalPublic(s);
  return pub && { ...pub, issued: Object.keys(s.appraisal.codes).length, voided: s.appraisal.voided };
}
