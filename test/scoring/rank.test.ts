import { describe, expect, it } from 'vitest';
import { computeResults } from '../../shared/scoring/index.ts';
import type { RankLine } from '../../shared/scoring/types.ts';
import { MEAN, makeDef, presenter } from './helpers.ts';

const AB = [
  { name: 'A', max: 50 },
  { name: 'B', max: 50 },
];
const def = (tieBreak: string[]) => makeDef({ criteria: AB, judges: 1, rules: { aggregation: MEAN, tieBreak } });
const line = (presenterId: string, rank: number, shared = false, decidedBy: string | null = null): RankLine => ({
  presenterId,
  rank,
  shared,
  decidedBy,
});

describe('ranking', () => {
  it.each([
    {
      name: 'by final, best first',
      tieBreak: [],
      inputs: [presenter('p1', [[40, 40]]), presenter('p2', [[45, 45]]), presenter('p3', [[30, 40]])],
      ranking: [line('p2', 1), line('p1', 2), line('p3', 3)],
    },
    {
      name: 'equal finals without tie-breaks share a rank, and the next rank is skipped (1, 1, 3)',
      tieBreak: [],
      inputs: [presenter('p1', [[40, 40]]), presenter('p2', [[45, 35]]), presenter('p3', [[30, 40]])],
      ranking: [line('p1', 1, true), line('p2', 1, true), line('p3', 3)],
    },
    {
      name: 'criterion tie-break: higher B wins',
      tieBreak: ['criterion:B'],
      inputs: [presenter('p1', [[45, 35]]), presenter('p2', [[35, 45]]), presenter('p3', [[50, 50]])],
      ranking: [line('p3', 1), line('p2', 2, false, 'criterion:B'), line('p1', 3, false, 'criterion:B')],
    },
    {
      name: 'lessOvertime tie-break',
      tieBreak: ['lessOvertime'],
      inputs: [presenter('p1', [[40, 40]], 20), presenter('p2', [[40, 40]], 5), presenter('p3', [[40, 40]], 0)],
      ranking: [
        line('p3', 1, false, 'lessOvertime'),
        line('p2', 2, false, 'lessOvertime'),
        line('p1', 3, false, 'lessOvertime'),
      ],
    },
    {
      // All 80 except p4 (90). B: p2 45, the rest 40 → p2 ahead. p1, p3, p5 tie on B;
      // overtime p1 0, p3 5, p5 0 → p1 and p5 share 3rd, p3 is 5th.
      name: 'criterion then lessOvertime, then a shared rank',
      tieBreak: ['criterion:B', 'lessOvertime'],
      inputs: [
        presenter('p1', [[40, 40]], 0),
        presenter('p2', [[35, 45]], 10),
        presenter('p3', [[40, 40]], 5),
        presenter('p4', [[45, 45]], 60),
        presenter('p5', [[40, 40]], 0),
      ],
      ranking: [
        line('p4', 1),
        line('p2', 2, false, 'criterion:B'),
        line('p1', 3, true, 'lessOvertime'),
        line('p5', 3, true, 'lessOvertime'),
        line('p3', 5, false, 'lessOvertime'),
      ],
    },
    {
      name: 'a rule that does not separate is passed over',
      tieBreak: ['criterion:A', 'lessOvertime'],
      inputs: [presenter('p1', [[40, 40]], 30), presenter('p2', [[40, 40]], 0)],
      ranking: [line('p2', 1, false, 'lessOvertime'), line('p1', 2, false, 'lessOvertime')],
    },
    {
      name: 'presenters without marks are scored but not ranked',
      tieBreak: [],
      inputs: [presenter('p1', [null]), presenter('p2', [[10, 10]])],
      ranking: [line('p2', 1)],
    },
  ])('$name', ({ tieBreak, inputs, ranking }) => {
    const results = computeResults(def(tieBreak), inputs);
    expect(results.ranking).toEqual(ranking);
    expect(results.presenters.map((p) => p.presenterId)).toEqual(inputs.map((i) => i.presenterId));
  });

  it('ranks on the penalised final', () => {
    const d = makeDef({
      criteria: AB,
      judges: 1,
      rules: { aggregation: MEAN, overtimePenalty: { everySeconds: 30, points: 1, max: 5 } },
    });
    const results = computeResults(d, [presenter('p1', [[45, 45]], 300), presenter('p2', [[43, 43]], 0)]);
    expect(results.presenters.map((p) => p.final)).toEqual([85, 86]);
    expect(results.ranking.map((r) => r.presenterId)).toEqual(['p2', 'p1']);
  });

  describe('criterion tie-break compares the exact value with "final", the rounded one with "eachStep"', () => {
    // decimals 0, three judges. B: p1 7, 7, 7.5 → 7.1666…; p2 7, 7.5, 7.5 → 7.333…; both round to 7.
    // A is 8 for everyone, so both finals are 15 (15.1666… and 15.333…).
    const d = (rounding: 'final' | 'eachStep') =>
      makeDef({
        criteria: [
          { name: 'A', max: 10 },
          { name: 'B', max: 10 },
        ],
        judges: 3,
        rules: { rounding, decimals: 0, aggregation: MEAN, tieBreak: ['criterion:B'] },
      });
    const inputs = [
      presenter('p1', [
        [8, 7],
        [8, 7],
        [8, 7.5],
      ]),
      presenter('p2', [
        [8, 7],
        [8, 7.5],
        [8, 7.5],
      ]),
    ];

    it('final: the exact 7.333… beats 7.1666…', () => {
      const r = computeResults(d('final'), inputs);
      expect(r.presenters.map((p) => [p.final, p.criteria[1]])).toEqual([
        [15, 7],
        [15, 7],
      ]);
      expect(r.ranking).toEqual([line('p2', 1, false, 'criterion:B'), line('p1', 2, false, 'criterion:B')]);
    });

    it('eachStep: both are 7, so the rank is shared', () => {
      const r = computeResults(d('eachStep'), inputs);
      expect(r.ranking).toEqual([line('p1', 1, true), line('p2', 1, true)]);
    });
  });
});
