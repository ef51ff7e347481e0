import { describe, expect, it } from 'vitest';
import { scorePresenter } from '../../shared/scoring/index.ts';
import type { PresenterInput, PresenterScore, ScoringDefinition } from '../../shared/scoring/types.ts';
import { MEAN, makeDef, presenter, single, trimmed } from './helpers.ts';

const FOUR = [
  { name: '工作成效', max: 40 },
  { name: '创新亮点', max: 20 },
  { name: '汇报表现', max: 20 },
  { name: '答辩情况', max: 20 },
];
const XY = (maxX = 10, maxY = 10) => [
  { name: 'X', max: maxX },
  { name: 'Y', max: maxY },
];

// Five judges where scopes disagree; totals 13, 15, 15, 12, 13.5 (j2 and j3 tie at the top).
const FIVE = [
  [8, 5],
  [9, 6],
  [6, 9],
  [7, 5],
  [9.5, 4],
];

interface Case {
  name: string;
  def: ScoringDefinition;
  input: PresenterInput;
  expected: Partial<PresenterScore>;
  dropped?: PresenterScore['judges'][number]['dropped'][];
  droppedCriteria?: PresenterScore['judges'][number]['droppedCriteria'][];
}

const cases: Case[] = [
  {
    // Totals 86, 80.5, 93.5 → 260 / 3 = 86.666…; criteria 105/3, 49/3, 51.5/3, 54.5/3.
    name: 'plain mean over four criteria',
    def: makeDef({ criteria: FOUR, judges: 3, rules: { aggregation: MEAN } }),
    input: presenter('p1', [
      [35, 16, 17, 18],
      [32, 15, 16.5, 17],
      [38, 18, 18, 19.5],
    ]),
    expected: { criteria: [35, 16.33, 17.17, 18.17], raw: 86.67, final: 86.67, penalty: 0, fellBackToMean: false },
    dropped: [null, null, null],
  },
  {
    // Totals 80, 90, 75, 97, 65, 85, 83.5: drop 97 (j4) and 65 (j5); 413.5 / 5 = 82.7.
    // Criteria over the kept judges: X 253/5 = 50.6, Y 160.5/5 = 32.1, and 50.6 + 32.1 = 82.7.
    name: 'trimmed, total scope, seven judges',
    def: makeDef({ criteria: XY(60, 40), judges: 7, rules: { aggregation: trimmed() } }),
    input: presenter('p1', [
      [50, 30],
      [55, 35],
      [45, 30],
      [58, 39],
      [40, 25],
      [52, 33],
      [51, 32.5],
    ]),
    expected: { criteria: [50.6, 32.1], raw: 82.7, final: 82.7 },
    dropped: [null, null, null, 'highest', 'lowest', null, null],
  },
  {
    // X: 6(j3) 7 8 9 9.5(j5) → keep 7, 8, 9 = 8. Y: 4(j5) 5 5 6 9(j3) → keep 5, 5, 6 = 16/3.
    // Group = 8 + 16/3 = 13.333…
    name: 'trimmed, criterion scope: each criterion drops its own marks',
    def: makeDef({ criteria: XY(), judges: 5, rules: { aggregation: trimmed(1, 1, 'criterion') } }),
    input: presenter('p1', FIVE),
    expected: { criteria: [8, 5.33], raw: 13.33, final: 13.33 },
    dropped: [null, null, null, null, null],
    droppedCriteria: [
      [null, null],
      [null, null],
      ['lowest', 'highest'],
      [null, null],
      ['highest', 'lowest'],
    ],
  },
  {
    // Same marks, total scope: drop 12 (j4) and one of the tied 15s — the later judge, j3.
    // Kept j1, j2, j5: 41.5 / 3 = 13.8333…; X 26.5/3 = 8.83, Y 15/3 = 5.
    name: 'trimmed, total scope, tie at the top marks the later judge',
    def: makeDef({ criteria: XY(), judges: 5, rules: { aggregation: trimmed() } }),
    input: presenter('p1', FIVE),
    expected: { criteria: [8.83, 5], raw: 13.83, final: 13.83 },
    dropped: [null, null, 'highest', 'lowest', null],
    droppedCriteria: FIVE.map(() => [null, null]),
  },
  {
    name: 'all totals equal: still exactly one lowest (first) and one highest (last)',
    def: makeDef({ judges: 4, rules: { aggregation: trimmed() } }),
    input: single('p1', [80, 80, 80, 80]),
    expected: { raw: 80 },
    dropped: ['lowest', null, null, 'highest'],
  },
  {
    name: 'all totals equal, drop two highest and one lowest',
    def: makeDef({ judges: 5, rules: { aggregation: trimmed(2, 1) } }),
    input: single('p1', [80, 80, 80, 80, 80]),
    expected: { raw: 80 },
    dropped: ['lowest', null, null, 'highest', 'highest'],
  },
  {
    name: 'mixed ties: lowest among equal lows is the earliest judge',
    def: makeDef({ judges: 5, rules: { aggregation: trimmed() } }),
    input: single('p1', [90, 70, 70, 90, 80]),
    expected: { raw: 80 }, // keep 70 (j3), 90 (j1), 80 → 80
    dropped: [null, 'lowest', null, 'highest', null],
  },
  {
    name: 'trimmed with exactly dropHighest + dropLowest + 1 marks still trims',
    def: makeDef({ judges: 3, rules: { aggregation: trimmed() } }),
    input: single('p1', [70, 80, 90]),
    expected: { raw: 80, fellBackToMean: false },
    dropped: ['lowest', null, 'highest'],
  },
  {
    name: 'too few marks for trimming falls back to the mean (and says so)',
    def: makeDef({ judges: 3, rules: { aggregation: trimmed() } }),
    input: single('p1', [80, null, 90]),
    expected: { raw: 85, fellBackToMean: true },
    dropped: [null, null],
  },
  {
    name: 'fallback with dropHighest 2, dropLowest 1 and three marks',
    def: makeDef({ judges: 3, rules: { aggregation: trimmed(2, 1) } }),
    input: single('p1', [70, 80, 90]),
    expected: { raw: 80, fellBackToMean: true },
    dropped: [null, null, null],
  },
  {
    name: 'fallback in criterion scope',
    def: makeDef({ criteria: XY(), judges: 2, rules: { aggregation: trimmed(1, 1, 'criterion') } }),
    input: presenter('p1', [
      [8, 5],
      [9, 6.5],
    ]),
    expected: { criteria: [8.5, 5.75], raw: 14.25, fellBackToMean: true },
    droppedCriteria: [
      [null, null],
      [null, null],
    ],
  },
  {
    name: 'mean never drops and never falls back, even with one mark',
    def: makeDef({ judges: 3, rules: { aggregation: MEAN } }),
    input: single('p1', [null, 77.5, null]),
    expected: { raw: 77.5, fellBackToMean: false },
    dropped: [null],
  },
  {
    // Missing judges are left out, not counted as 0 (which would give 255 / 5 = 51).
    name: 'judges who did not submit are left out',
    def: makeDef({ judges: 5, rules: { aggregation: MEAN } }),
    input: single('p1', [80, null, 90, null, 85]),
    expected: { raw: 85, final: 85 },
  },
  {
    // Totals 4·8 + 6·7 = 74 and 4·9 + 6·6 = 72 → 73; 4 × 8.5 + 6 × 6.5 = 73.
    name: 'criterion weights',
    def: makeDef({
      criteria: [
        { name: 'A', max: 10, weight: 4 },
        { name: 'B', max: 10, weight: 6 },
      ],
      judges: 2,
      rules: { aggregation: MEAN },
    }),
    input: presenter('p1', [
      [8, 7],
      [9, 6],
    ]),
    expected: { criteria: [8.5, 6.5], raw: 73 },
  },
  {
    // 45 s over at 0.5 per started 30 s: two blocks, 1 point.
    name: 'overtime penalty',
    def: makeDef({ judges: 1, rules: { aggregation: MEAN, overtimePenalty: { everySeconds: 30, points: 0.5, max: 2 } } }),
    input: single('p1', [85], 45),
    expected: { raw: 85, penalty: 1, final: 84, overtimeSeconds: 45 },
  },
  {
    // Exact raw 252.5 / 3 = 84.1666…, minus 0.5 = 83.666… → 83.67 (raw shows 84.17).
    name: 'penalty is taken from the exact raw score',
    def: makeDef({ judges: 3, rules: { aggregation: MEAN, overtimePenalty: { everySeconds: 30, points: 0.5, max: 2 } } }),
    input: single('p1', [84, 84, 84.5], 30),
    expected: { raw: 84.17, penalty: 0.5, final: 83.67 },
  },
  {
    name: 'final never goes below 0',
    def: makeDef({ judges: 1, rules: { aggregation: MEAN, overtimePenalty: { everySeconds: 30, points: 0.5, max: 2 } } }),
    input: single('p1', [1], 600),
    expected: { raw: 1, penalty: 2, final: 0 },
  },
  {
    name: 'no marks at all',
    def: makeDef({ criteria: XY(), judges: 3, rules: { overtimePenalty: { everySeconds: 30, points: 1, max: 5 } } }),
    input: presenter('p1', [null, null, null], 10),
    expected: { criteria: [null, null], raw: null, final: null, penalty: 1, judges: [], fellBackToMean: false },
  },
];

describe('scorePresenter', () => {
  it.each(cases)('$name', ({ def, input, expected, dropped, droppedCriteria }) => {
    const score = scorePresenter(def, input);
    expect(score).toMatchObject(expected);
    if (dropped) expect(score.judges.map((j) => j.dropped)).toEqual(dropped);
    if (droppedCriteria) expect(score.judges.map((j) => j.droppedCriteria)).toEqual(droppedCriteria);
  });

  it('reports judge lines in definition order with exact totals', () => {
    const def = makeDef({
      criteria: [
        { name: 'A', max: 10, weight: 0.1 },
        { name: 'B', max: 10, weight: 0.2 },
      ],
      judges: 3,
      rules: { aggregation: MEAN },
    });
    const input: PresenterInput = {
      presenterId: 'p1',
      marks: [
        { judgeId: 'j3', values: [1, 1] },
        { judgeId: 'j1', values: [2, 2] },
      ],
      overtimeSeconds: 0,
    };
    const score = scorePresenter(def, input);
    expect(score.judges).toEqual([
      { judgeId: 'j1', group: null, values: [2, 2], total: 0.6, dropped: null, droppedCriteria: [null, null] },
      { judgeId: 'j3', group: null, values: [1, 1], total: 0.3, dropped: null, droppedCriteria: [null, null] },
    ]);
    expect(score.raw).toBe(0.45);
    expect(score.groups).toEqual([{ name: null, weight: 1, judgeCount: 2, result: 0.45, fellBackToMean: false }]);
  });

  it.each([
    ['an unknown judge', { judgeId: 'j9', values: [80] }],
    ['marks off the grid', { judgeId: 'j1', values: [80.3] }],
    ['marks above the max', { judgeId: 'j1', values: [101] }],
    ['the wrong number of values', { judgeId: 'j1', values: [80, 80] }],
  ])('refuses %s', (_, sheet) => {
    const def = makeDef({ judges: 2 });
    expect(() => scorePresenter(def, { presenterId: 'p1', marks: [sheet], overtimeSeconds: 0 })).toThrow(RangeError);
  });

  it('refuses two sheets from the same judge', () => {
    const def = makeDef({ judges: 2 });
    const marks = [
      { judgeId: 'j1', values: [80] },
      { judgeId: 'j1', values: [90] },
    ];
    expect(() => scorePresenter(def, { presenterId: 'p1', marks, overtimeSeconds: 0 })).toThrow(/j1/);
  });
});
