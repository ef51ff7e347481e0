// One judge's marks (validation, weighted total) and the overtime penalty.
import type { Rules } from '../definition.ts';
import { checkValue, weightedTotalExact } from './entry.ts';
import type { ScoringDefinition } from './types.ts';
import { ZERO, ceil, div, fromNumber, min, mul, rat, toNumber, type Rational } from './rational.ts';

type MarksDefinition = Pick<ScoringDefinition, 'criteria' | 'rules'>;

/** Null when valid, else a message for the judge's phone (Chinese, then English). */
export function validateMarks(def: MarksDefinition, values: number[]): string | null {
  const expected = def.criteria.length;
  if (values.length !== expected)
    return `应填写 ${expected} 项分数，实际 ${values.length} 项 (expected ${expected} values, got ${values.length})`;
  const step = def.rules.scoreStep;
  for (const [i, c] of def.criteria.entries()) {
    const v = values[i] as number;
    // The same check the judge pad and the host's correction dialog run on what is typed.
    switch (checkValue(v, c.max, step)) {
      case null:
        continue;
      case 'nan':
        return `${c.name}: 分数无效 (not a finite number)`;
      case 'negative':
        return `${c.name}: 分数不能为负 (must not be below 0)`;
      case 'over':
        return `${c.name}: 分数 ${v} 超过满分 ${c.max} (above the maximum ${c.max})`;
      case 'grid':
        return `${c.name}: 分数 ${v} 不是 ${step} 的整数倍 (not a multiple of the score step ${step})`;
    }
  }
  return null;
}

/** Exact Σ weight × value; the caller has checked that there is one value per criterion. */
export function judgeTotalExact(def: Pick<ScoringDefinition, 'criteria'>, values: readonly number[]): Rational {
  if (values.length !== def.criteria.length)
    throw new RangeError(`expected ${def.criteria.length} values, got ${values.length}`);
  return weightedTotalExact(values, def.criteria.map((c) => c.weight));
}

/** Σ criterion weight × value, computed exactly (0.1 × 1 + 0.2 × 1 is 0.3, not 0.30000000000000004). */
export function judgeTotal(def: Pick<ScoringDefinition, 'criteria'>, values: number[]): number {
  return toNumber(judgeTotalExact(def, values));
}

export function penaltyExact(rules: Pick<Rules, 'overtimePenalty'>, overtimeSeconds: number): Rational {
  const p = rules.overtimePenalty;
  if (!Number.isFinite(overtimeSeconds)) throw new RangeError(`overtime is not a finite number: ${overtimeSeconds}`);
  if (p === null || overtimeSeconds <= 0) return ZERO;
  // Every started block counts: 1 second over already costs one block.
  const blocks = ceil(div(fromNumber(overtimeSeconds), fromNumber(p.everySeconds)));
  return min(mul(fromNumber(p.points), rat(blocks)), fromNumber(p.max));
}

/** points × ceil(overtime / everySeconds), capped at max; 0 without a penalty rule or on time. */
export function penaltyFor(rules: Pick<Rules, 'overtimePenalty'>, overtimeSeconds: number): number {
  return toNumber(penaltyExact(rules, overtimeSeconds));
}
