// The one score-entry rule (shared/scoring/entry.ts): what a typed mark reads as, which marks
// are refused and why, the stepper and the exact total.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkValue,
  decimalText,
  normalise,
  onGrid,
  readEntry,
  stepValue,
  weightedTotal,
  type Problem,
} from '../../shared/scoring/entry.ts';

describe('readEntry', () => {
  it.each<[string, string, number, number, number | null, Problem | null]>([
    // [case, typed text, max, step, value read, problem]
    ['a mark on the 0.5 grid', '36.5', 40, 0.5, 36.5, null],
    ['the maximum', '40', 40, 0.5, 40, null],
    ['zero', '0', 40, 0.5, 0, null],
    ['max 12.5 itself', '12.5', 12.5, 0.5, 12.5, null],
    ['a trailing point', '5.', 40, 0.5, 5, null],
    ['no leading zero', '.5', 40, 0.5, 0.5, null],
    ['leading and trailing zeros', '0012.500', 40, 0.5, 12.5, null],
    ['spaces around', '  7.5 ', 40, 0.5, 7.5, null],
    ['ideographic spaces around', '\u30007.5\u3000', 40, 0.5, 7.5, null],
    // Measured: the phone said valid, the server refused.
    ['12.00000000001 on step 0.5', '12.00000000001', 12.5, 0.5, 12.00000000001, 'grid'],
    // Measured: the phone refused, the server accepted.
    ['1e-11 written out on step 1e-11', '0.00000000001', 12.5, 1e-11, 1e-11, null],
    ['just under max 12.5 on step 1e-11', '12.49999999999', 12.5, 1e-11, 12.49999999999, null],
    ['just over max 12.5 on step 1e-11', '12.50000000001', 12.5, 1e-11, 12.50000000001, 'over'],
    ['half a step 1e-11', '0.000000000005', 12.5, 1e-11, 5e-12, 'grid'],
    ['step 0.1', '0.3', 10, 0.1, 0.3, null],
    ['off step 0.1', '0.35', 10, 0.1, 0.35, 'grid'],
    ['step 0.25', '12.25', 12.5, 0.25, 12.25, null],
    ['off step 0.25', '0.8', 12.5, 0.25, 0.8, 'grid'],
    ['above max 12.5 on the grid', '12.75', 12.5, 0.25, 12.75, 'over'],
    ['off the 0.5 grid', '36.3', 40, 0.5, 36.3, 'grid'],
    ['above the max', '41', 40, 0.5, 41, 'over'],
    ['full-width digits', '３６', 40, 0.5, 36, null],
    ['full-width digits and 。', '３６。５', 40, 0.5, 36.5, null],
    ['full-width point', '３６．５', 40, 0.5, 36.5, null],
    ['negative', '-3', 40, 0.5, -3, 'negative'],
    ['full-width minus', '－3', 40, 0.5, -3, 'negative'],
    ['negative fraction', '-.5', 40, 0.5, -0.5, 'negative'],
    ['minus zero is zero', '-0', 40, 0.5, 0, null],
    ['empty', '', 40, 0.5, null, 'empty'],
    ['only spaces', '   ', 40, 0.5, null, 'empty'],
    // Commas are refused: "80,5" is 80.5 to some and 805 to others.
    ['a comma', '80,5', 100, 0.5, null, 'nan'],
    ['a full-width comma', '80，5', 100, 0.5, null, 'nan'],
    ['a thousands separator', '1,000', 1000, 1, null, 'nan'],
    ['an exponent', '1e-11', 12.5, 1e-11, null, 'nan'],
    ['an upper-case exponent', '1E1', 20, 1, null, 'nan'],
    ['a plus sign', '+3', 40, 0.5, null, 'nan'],
    ['a point alone', '.', 40, 0.5, null, 'nan'],
    ['a minus alone', '-', 40, 0.5, null, 'nan'],
    ['two points', '1.2.3', 40, 0.5, null, 'nan'],
    ['words', '三十', 40, 0.5, null, 'nan'],
    ['hex', '0x10', 40, 0.5, null, 'nan'],
    ['Infinity', 'Infinity', 40, 0.5, null, 'nan'],
    ['a space inside', '3 6', 40, 0.5, null, 'nan'],
    // More digits than a number holds: sending it would send another value.
    ['80 and a far-off 1', '80.00000000000000001', 100, 0.5, 80, 'digits'],
    ['2^53 + 1', '9007199254740993', 100, 1, 9007199254740992, 'digits'],
    ['a 401-digit number', `1${'0'.repeat(400)}`, 100, 1, null, 'digits'],
    ['a long run of zeros then 1', `1.${'0'.repeat(100_000)}1`, 100, 0.5, 1, 'digits'],
    ['a huge number a double holds exactly', '100000000000000000000', 100, 1, 1e20, 'over'],
  ])('%s: %j', (_, text, max, step, value, problem) => {
    expect(readEntry(text, max, step)).toEqual({ value, problem });
  });
});

describe('checkValue (a mark that arrived as a number)', () => {
  it.each<[string, number, number, number, Problem | null]>([
    ['on the grid', 36.5, 40, 0.5, null],
    ['12.00000000001 on step 0.5', 12.00000000001, 12.5, 0.5, 'grid'],
    ['1e-11 on step 1e-11', 1e-11, 12.5, 1e-11, null],
    ['0.1 + 0.2 on step 0.1', 0.1 + 0.2, 10, 0.1, 'grid'],
    ['0.3 on step 0.1', 0.3, 10, 0.1, null],
    ['NaN', NaN, 40, 0.5, 'nan'],
    ['Infinity', Infinity, 40, 0.5, 'nan'],
    ['negative', -0.5, 40, 0.5, 'negative'],
    ['above the max', 40.5, 40, 0.5, 'over'],
    ['1e21', 1e21, 1000, 1, 'over'],
    ['not a number at all', '5' as unknown as number, 40, 0.5, 'nan'],
  ])('%s', (_, value, max, step, problem) => {
    expect(checkValue(value, max, step)).toBe(problem);
  });
});

describe('onGrid', () => {
  it.each<[number, number, boolean]>([
    [8, 0.5, true],
    [8.0000000001, 0.5, false],
    [0.3, 0.1, true],
    [0.1 * 3, 0.1, false], // 0.30000000000000004 is what arrives, and it is off the grid
    [12.5, 1e-11, true],
    [1e-11, 1e-11, true],
    [1.5e-11, 1e-11, false],
    [-1, 0.5, true],
    [5, 0, false],
    [5, -1, false],
    [NaN, 1, false],
  ])('%s on step %s → %s', (value, step, expected) => {
    expect(onGrid(value, step)).toBe(expected);
  });
});

describe('stepValue (the pad’s − and +)', () => {
  it.each<[string, number | null, 1 | -1, number, number, number]>([
    ['+ from an empty field', null, 1, 0.5, 40, 0.5],
    ['+ up to the max', 39.5, 1, 0.5, 40, 40],
    ['+ stops at the max', 40, 1, 0.5, 40, 40],
    ['− stops at 0', 0, -1, 0.5, 40, 0],
    ['+ from off the grid', 36.3, 1, 0.5, 40, 36.5],
    ['− from off the grid', 36.3, -1, 0.5, 40, 36],
    ['− from above the max', 41, -1, 0.5, 40, 40],
    ['+ from a negative value', -5, 1, 0.5, 40, 0],
    ['+ on step 0.1 without float noise', 0.2, 1, 0.1, 10, 0.3],
    ['+ on step 1e-11', 0, 1, 1e-11, 12.5, 1e-11],
    ['− on step 1e-11 from max', 12.5, -1, 1e-11, 12.5, 12.49999999999],
    ['+ on step 0.25 to max 12.5', 12.4, 1, 0.25, 12.5, 12.5],
    ['− on step 0.25 from max 12.5', 12.5, -1, 0.25, 12.5, 12.25],
  ])('%s', (_, current, dir, step, max, expected) => {
    expect(stepValue(current, dir, step, max)).toBe(expected);
  });

  it.each([
    [0.1, 10],
    [0.25, 12.5],
    [0.5, 40],
  ])('on step %s every press from 0 to max %s lands on a mark the rule accepts, and the last on max', (step, max) => {
    let v = 0;
    for (let i = 0; i < Math.round(max / step); i++) {
      v = stepValue(v, 1, step, max);
      expect(readEntry(decimalText(v), max, step).problem).toBeNull();
    }
    expect(v).toBe(max);
    expect(stepValue(v, 1, step, max)).toBe(max);
  });
});

describe('weightedTotal', () => {
  it.each<[string, number[], number[], number]>([
    ['plain sum', [36.5, 27, 18], [1, 1, 1], 81.5],
    ['0.1 + 0.2', [0.1, 0.2], [1, 1], 0.3],
    ['decimal weights', [1, 1], [0.1, 0.2], 0.3],
    ['whole weights', [8, 7], [4, 6], 74],
    ['step 1e-11 marks', [1e-11, 12.5], [1, 1], 12.50000000001],
    ['a missing weight counts as 1', [2, 3], [0.5], 4],
  ])('%s', (_, values, weights, total) => {
    expect(weightedTotal(values, weights)).toBe(total);
  });
});

describe('decimalText', () => {
  it.each<[number, string]>([
    [36.5, '36.5'],
    [40, '40'],
    [1e-11, '0.00000000001'],
    [1.5e-7, '0.00000015'],
    [1e21, '1000000000000000000000'],
    [-2.5, '-2.5'],
    [-0, '0'],
    [0.1 + 0.2, '0.30000000000000004'],
  ])('%s → %s', (x, text) => {
    expect(decimalText(x)).toBe(text);
  });

  it('reads back as the same number for any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const read = readEntry(decimalText(x), Number.MAX_VALUE, Number.MIN_VALUE);
        expect(read.problem === 'digits' || read.problem === 'nan' || read.problem === 'empty').toBe(false);
        expect(read.value === x).toBe(true);
      }),
    );
  });
});

describe('normalise', () => {
  it.each([
    ['３６。５', '36.5'],
    ['３６．５', '36.5'],
    [' －２ ', '-2'],
    ['80，5', '80，5'],
    ['80,5', '80,5'],
  ])('%j → %j', (text, normal) => {
    expect(normalise(text)).toBe(normal);
  });
});
