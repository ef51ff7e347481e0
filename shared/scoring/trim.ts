// Which marks a trimmed mean drops (去掉最高分、最低分).
import type { ScoringDefinition } from './types.ts';
import { cmp, type Rational } from './rational.ts';

export type Drop = 'highest' | 'lowest' | null;

export interface Trim {
  /** Parallel to the input values. */
  drops: Drop[];
  /** Trimming was asked for but there were too few marks, so nothing was dropped. */
  fellBack: boolean;
}

type Aggregation = ScoringDefinition['rules']['aggregation'];

/**
 * `values` must be in judge definition order. Exactly dropLowest/dropHighest marks are
 * dropped even when several judges gave the same value, because the audience is told
 * "one highest and one lowest mark removed"; among equal values the earlier judge counts
 * as lower, which makes the choice reproducible from the published sheet.
 */
export function trim(values: readonly Rational[], agg: Aggregation): Trim {
  const drops: Drop[] = values.map(() => null);
  if (agg.method === 'mean') return { drops, fellBack: false };
  if (values.length < agg.dropHighest + agg.dropLowest + 1) return { drops, fellBack: true };

  const order = values
    .map((v, i) => ({ v, i }))
    .sort((a, b) => cmp(a.v, b.v) || a.i - b.i)
    .map((x) => x.i);
  order.slice(0, agg.dropLowest).forEach((i) => (drops[i] = 'lowest'));
  order.slice(order.length - agg.dropHighest).forEach((i) => (drops[i] = 'highest'));
  return { drops, fellBack: false };
}

export function kept<T>(items: readonly T[], drops: readonly Drop[]): T[] {
  return items.filter((_, i) => drops[i] === null);
}
