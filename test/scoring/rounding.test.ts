import { describe, expect, it } from 'vitest';
import { scorePresenter } from '../../shared/scoring/index.ts';
import { MEAN, makeDef, presenter, single } from './helpers.ts';

describe('rounding half away from zero, on exact values', () => {
  it('a mean of exactly 84.145 is published as 84.15', () => {
    const def = makeDef({ judges: 2, rules: { scoreStep: 0.01, aggregation: MEAN } });
    expect(scorePresenter(def, single('p1', [84.14, 84.15])).final).toBe(84.15);
  });

  it('a mean of 84.1433… is published as 84.14', () => {
    const def = makeDef({ judges: 3, rules: { scoreStep: 0.01, aggregation: MEAN } });
    expect(scorePresenter(def, single('p1', [84.14, 84.14, 84.15])).final).toBe(84.14);
  });

  it('where binary floating point gives 84.14, exact arithmetic gives 84.15', () => {
    // Group results 84 and 84.5 weighted 0.71 / 0.29: exactly 59.64 + 24.505 = 84.145.
    const floating = 0.71 * 84 + 0.29 * 84.5;
    expect(floating.toFixed(2)).toBe('84.14');
    expect((84.145).toFixed(2)).toBe('84.14');

    const def = makeDef({
      judgeGroups: [
        { name: 'A', weight: 0.71 },
        { name: 'B', weight: 0.29 },
      ],
      judges: ['A', 'B'],
      rules: { aggregation: MEAN },
    });
    const score = scorePresenter(def, single('p1', [84, 84.5]));
    expect(score.raw).toBe(84.15);
    expect(score.final).toBe(84.15);
  });

  it('decimals: 0 rounds a .5 mean up', () => {
    const def = makeDef({ judges: 2, rules: { decimals: 0, aggregation: MEAN } });
    expect(scorePresenter(def, single('p1', [84, 85])).final).toBe(85);
  });
});

describe('rounding "eachStep" reproduces a table rounded cell by cell; "final" rounds once', () => {
  // Criterion A weight 1.5, B weight 1, three judges, criterion scope:
  //   A: 8, 8, 8.5 → 24.5/3 = 8.1666…   B: 7, 7, 7.5 → 21.5/3 = 7.1666…
  //   final:    1.5 · 8.1666… + 7.1666… = 12.25 + 7.1666… = 19.41666… → 19.42
  //   eachStep: A 8.17, B 7.17; 1.5 · 8.17 = 12.255 → 12.26; 12.26 + 7.17 = 19.43
  const weighted = (rounding: 'final' | 'eachStep') =>
    makeDef({
      criteria: [
        { name: 'A', max: 10, weight: 1.5 },
        { name: 'B', max: 10 },
      ],
      judges: 3,
      rules: { rounding, aggregation: { method: 'mean', scope: 'criterion' } },
    });
  const marks = presenter('p1', [
    [8, 7],
    [8, 7],
    [8.5, 7.5],
  ]);

  it.each([
    ['final', 19.42],
    ['eachStep', 19.43],
  ] as const)('criterion scope with weights, %s → %s', (rounding, result) => {
    const score = scorePresenter(weighted(rounding), marks);
    expect(score.criteria).toEqual([8.17, 7.17]);
    expect(score.groups[0]?.result).toBe(result);
    expect(score.raw).toBe(result);
    expect(score.final).toBe(result);
  });

  // Groups 0.5 / 0.5, total scope, plain mean:
  //   G1: 85, 85, 85.5 → 85.1666…   G2: 80, 80, 80.5 → 80.1666…
  //   final:    (85.1666… + 80.1666…) / 2 = 82.666… → 82.67
  //   eachStep: 85.17, 80.17; 0.5 · 85.17 = 42.585 → 42.59; 0.5 · 80.17 = 40.085 → 40.09; 82.68
  const halves = (rounding: 'final' | 'eachStep') =>
    makeDef({
      judgeGroups: [
        { name: 'G1', weight: 0.5 },
        { name: 'G2', weight: 0.5 },
      ],
      judges: ['G1', 'G1', 'G1', 'G2', 'G2', 'G2'],
      rules: { rounding, aggregation: MEAN },
    });

  it.each([
    ['final', 82.67],
    ['eachStep', 82.68],
  ] as const)('weighted groups, %s → %s', (rounding, result) => {
    const score = scorePresenter(halves(rounding), single('p1', [85, 85, 85.5, 80, 80, 80.5]));
    expect(score.groups.map((g) => g.result)).toEqual([85.17, 80.17]);
    expect(score.raw).toBe(result);
    expect(score.final).toBe(result);
  });

  it('eachStep subtracts the penalty from the rounded raw', () => {
    // One decimal. Raw 252.5 / 3 = 84.1666… → 84.2.
    //   eachStep: 84.2 − 0.25 = 83.95 → 84.0      final: 84.1666… − 0.25 = 83.9166… → 83.9
    const def = (rounding: 'final' | 'eachStep') =>
      makeDef({
        judges: 3,
        rules: { rounding, decimals: 1, aggregation: MEAN, overtimePenalty: { everySeconds: 60, points: 0.25, max: 1 } },
      });
    const input = single('p1', [84, 84, 84.5], 10);
    expect(scorePresenter(def('eachStep'), input)).toMatchObject({ raw: 84.2, penalty: 0.25, final: 84 });
    expect(scorePresenter(def('final'), input)).toMatchObject({ raw: 84.2, penalty: 0.25, final: 83.9 });
  });
});
