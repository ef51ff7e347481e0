import { describe, expect, it } from 'vitest';
import * as R from '../../shared/scoring/rational.ts';

const q = (n: number, d = 1) => R.rat(BigInt(n), BigInt(d));

describe('fromNumber reads the shortest decimal, not the binary double', () => {
  it.each([
    [0.6, 3n, 5n],
    [84.145, 16829n, 200n],
    [-0.25, -1n, 4n],
    [1e-7, 1n, 10000000n],
    [1.5e-7, 3n, 20000000n],
    [1e21, 10n ** 21n, 1n],
    [2.5e21, 25n * 10n ** 20n, 1n],
    [0, 0n, 1n],
    [-0, 0n, 1n],
    [100, 100n, 1n],
  ])('%s → %s/%s', (x, n, d) => {
    expect(R.fromNumber(x)).toEqual({ n, d });
  });

  it.each([NaN, Infinity, -Infinity])('rejects %s', (x) => {
    expect(() => R.fromNumber(x)).toThrow(RangeError);
  });
});

describe('arithmetic stays exact and normalised', () => {
  it('0.1 + 0.2 is 3/10', () => {
    expect(R.add(R.fromNumber(0.1), R.fromNumber(0.2))).toEqual({ n: 3n, d: 10n });
  });
  it('normalises sign and gcd', () => {
    expect(R.rat(6n, -4n)).toEqual({ n: -3n, d: 2n });
    expect(R.rat(0n, -7n)).toEqual({ n: 0n, d: 1n });
  });
  it('mean, cmp, ceil', () => {
    expect(R.mean([q(1), q(2), q(2)])).toEqual(q(5, 3));
    expect(R.cmp(q(1, 3), q(333, 1000))).toBe(1);
    expect(R.ceil(q(3, 2))).toBe(2n);
    expect(R.ceil(q(2))).toBe(2n);
    expect(R.ceil(q(-3, 2))).toBe(-1n);
  });
});

describe('round: half away from zero, decided exactly', () => {
  it.each([
    // [numerator, denominator, places, expected text]
    [16829, 200, 2, '84.15'], // exactly 84.145
    [8414499999, 100000000, 2, '84.14'], // 84.14499999
    [25243, 300, 2, '84.14'], // 84.143333…
    [-5, 2, 0, '-3'],
    [5, 2, 0, '3'],
    [-49, 20, 1, '-2.5'], // -2.45
    [-2449, 1000, 1, '-2.4'],
    [201, 200, 2, '1.01'], // 1.005, which (1.005).toFixed(2) gets wrong
    [1, 8, 2, '0.13'],
    [-1, 1000, 2, '0.00'],
    [2, 3, 0, '1'],
    [1, 3, 4, '0.3333'],
    [7, 1, 2, '7.00'],
  ])('%s/%s at %s places → %s', (n, d, places, text) => {
    expect(R.toFixed(R.round(q(n, d), places), places)).toBe(text);
  });

  it('a double would get 84.145 wrong; the rational does not', () => {
    expect((84.145).toFixed(2)).toBe('84.14');
    expect(R.toNumber(R.round(R.fromNumber(84.145), 2))).toBe(84.15);
  });
});

describe('toNumber', () => {
  it.each([
    [q(16829, 200), 84.145],
    [q(3, 10), 0.3],
    [q(-5, 2), -2.5],
    [q(1, 10000000), 1e-7],
    [q(0), 0],
  ])('%o → %s', (x, n) => {
    expect(R.toNumber(x)).toBe(n);
  });
  it('repeating fractions come out to 15 places', () => {
    expect(R.toNumber(q(1, 3))).toBe(0.333333333333333);
  });
  it('toFixed refuses to lose digits', () => {
    expect(() => R.toFixed(q(1, 3), 2)).toThrow(RangeError);
  });
});
