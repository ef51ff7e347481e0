// The 评比 part of the views (shared/protocol/views-rating.ts): the units to score, in list
// order (absent units left out), where each stands, and counts — no value before the reveal.
import type { ContestState } from './domain/state.ts';
import { ratingUnits, unitState } from './domain/rating.ts';
import type { RatingJudge, RatingPublic } from './protocol/views-rating.ts';

export function ratingPublic(s: ContestState): RatingPublic | null {
  if (s.def.kind !== 'rating') return null;
  const units = ratingUnits(s).map((r) => ({ presenterId: r.id, state: unitState(r), submitted: Object.keys(r.marks).length, expected: s.def.judges.length }));
  return { units, revealed: units.filter((u) => u.state === 'revealed').length };
}

export function ratingJudge(s: ContestState, judgeId: string): RatingJudge | null {
  if (s.def.kind !== 'rating') return null;
  const runs = ratingUnits(s);
  return { units: runs.map((r) => ({ presenterId: r.id, state: unitState(r) })), scored: runs.filter((r) => Object.hasOwn(r.marks, judgeId)).length };
}
