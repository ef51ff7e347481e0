// Pure scoring for Leitai: marks in, scores and ranking out. No I/O, no clock, no randomness;
// all arithmetic is exact (see rational.ts) and only published numbers are rounded.
import type { PresenterInput, PresenterScore, Results, ScoringDefinition } from './types.ts';
import { scoreExact } from './aggregate.ts';
import { rank } from './rank.ts';

export type * from './types.ts';
export { judgeTotal, penaltyFor, validateMarks } from './marks.ts';

/**
 * Throws RangeError on marks that should never have been accepted (unknown or repeated
 * judge, wrong count, off the grid, above the max): scoring them would publish a wrong score.
 */
export function scorePresenter(def: ScoringDefinition, input: PresenterInput): PresenterScore {
  return scoreExact(def, input).score;
}

/** Scores every presenter (input order) and ranks those with a final. */
export function computeResults(def: ScoringDefinition, inputs: PresenterInput[]): Results {
  const scored = inputs.map((input) => scoreExact(def, input));
  return { presenters: scored.map((s) => s.score), ranking: rank(def, scored) };
}
