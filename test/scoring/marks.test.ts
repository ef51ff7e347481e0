import { describe, expect, it } from 'vitest';
import { judgeTotal, penaltyFor, validateMarks } from '../../shared/scoring/index.ts';
import { makeDef } from './helpers.ts';

describe('validateMarks', () => {
  const def = makeDef({
    criteria: [
      { name: '工作成效', max: 10 },
      { name: '创新亮点', max: 20 },
    ],
    rules: { scoreStep: 0.5 },
  });

  it.each([
    [[0, 0]],
    [[10, 20]],
    [[7.5, 19.5]],
  ])('accepts %o', (values) => {
    expect(validateMarks(def, values)).toBeNull();
  });

  it.each([
    ['off the grid', [7.3, 10], /创新亮点|工作成效/, /multiple of the score step 0\.5/],
    ['above the max', [10.5, 10], /工作成效/, /above the maximum 10/],
    ['above the max (second criterion)', [10, 20.5], /创新亮点/, /above the maximum 20/],
    ['negative', [-1, 10], /工作成效/, /below 0/],
    ['NaN', [NaN, 10], /工作成效/, /not a finite number/],
    ['Infinity', [5, Infinity], /创新亮点/, /not a finite number/],
    ['too few', [5], /2 项/, /expected 2 values, got 1/],
    ['too many', [5, 5, 5], /2 项/, /expected 2 values, got 3/],
    ['empty', [], /2 项/, /expected 2 values, got 0/],
  ])('rejects %s', (_, values, zh, en) => {
    const message = validateMarks(def, values);
    expect(message).toMatch(zh);
    expect(message).toMatch(en);
  });

  it('names the criterion that is off the grid', () => {
    expect(validateMarks(def, [7.3, 10])).toMatch(/^工作成效: /);
  });
});

describe('judgeTotal', () => {
  it.each([
    ['plain sum', [{ name: 'A', max: 10 }, { name: 'B', max: 10 }], [8, 7.5], 15.5],
    ['criterion weights', [{ name: 'A', max: 10, weight: 4 }, { name: 'B', max: 10, weight: 6 }], [8, 7], 74],
    // 0.1 * 1 + 0.2 * 1 is 0.30000000000000004 in doubles.
    ['decimal weights, exactly', [{ name: 'A', max: 10, weight: 0.1 }, { name: 'B', max: 10, weight: 0.2 }], [1, 1], 0.3],
  ])('%s', (_, criteria, values, total) => {
    expect(judgeTotal(makeDef({ criteria }), values)).toBe(total);
  });

  it('refuses a wrong count', () => {
    expect(() => judgeTotal(makeDef(), [1, 2])).toThrow(RangeError);
  });
});

describe('penaltyFor', () => {
  const rules = { overtimePenalty: { everySeconds: 30, points: 0.5, max: 2 } };

  it.each([
    [0, 0],
    [-5, 0],
    [1, 0.5], // a started block counts
    [30, 0.5], // exactly one block
    [31, 1],
    [60, 1],
    [89, 1.5],
    [119, 2],
    [120, 2],
    [600, 2], // capped
  ])('%s s over → %s', (seconds, penalty) => {
    expect(penaltyFor(rules, seconds)).toBe(penalty);
  });

  it('no penalty rule → 0', () => {
    expect(penaltyFor({ overtimePenalty: null }, 600)).toBe(0);
  });

  it('decimal points multiply exactly (3 × 0.1 = 0.3)', () => {
    expect(penaltyFor({ overtimePenalty: { everySeconds: 10, points: 0.1, max: 5 } }, 25)).toBe(0.3);
  });

  it('a cap that is not a multiple of the points', () => {
    expect(penaltyFor({ overtimePenalty: { everySeconds: 10, points: 2, max: 3 } }, 25)).toBe(3);
  });
});
