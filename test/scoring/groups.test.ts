import { describe, expect, it } from 'vitest';
import { scorePresenter } from '../../shared/scoring/index.ts';
import { MEAN, makeDef, presenter, single, trimmed } from './helpers.ts';

const EXPERTS_PUBLIC = [
  { name: '专家', weight: 0.6 },
  { name: '群众', weight: 0.4 },
];
const SEVEN = ['专家', '专家', '专家', '专家', '群众', '群众', '群众'];

describe('weighted judge groups', () => {
  const def = makeDef({ judgeGroups: EXPERTS_PUBLIC, judges: SEVEN, rules: { aggregation: trimmed() } });

  it.each([
    {
      // 专家 90 85 80 95 → drop 80 and 95 → 87.5; 群众 70 75 72 → 72; 0.6·87.5 + 0.4·72 = 81.3.
      name: 'both groups trimmed within themselves, then 0.6 / 0.4',
      marks: [90, 85, 80, 95, 70, 75, 72],
      groups: [
        { name: '专家', weight: 0.6, judgeCount: 4, result: 87.5, fellBackToMean: false },
        { name: '群众', weight: 0.4, judgeCount: 3, result: 72, fellBackToMean: false },
      ],
      raw: 81.3,
      fellBack: false,
      dropped: [null, null, 'lowest', 'highest', 'lowest', 'highest', null],
    },
    {
      // Nobody in 群众 submitted: its weight is dropped and 专家 counts fully.
      name: 'an empty group is excluded and the weights renormalised',
      marks: [90, 85, 80, 95, null, null, null],
      groups: [
        { name: '专家', weight: 0.6, judgeCount: 4, result: 87.5, fellBackToMean: false },
        { name: '群众', weight: 0.4, judgeCount: 0, result: null, fellBackToMean: false },
      ],
      raw: 87.5,
      fellBack: false,
      dropped: [null, null, 'lowest', 'highest'],
    },
    {
      name: 'one group falls back to the mean, the other still trims',
      marks: [90, 85, 80, 95, null, null, 72],
      groups: [
        { name: '专家', weight: 0.6, judgeCount: 4, result: 87.5, fellBackToMean: false },
        { name: '群众', weight: 0.4, judgeCount: 1, result: 72, fellBackToMean: true },
      ],
      raw: 81.3,
      fellBack: true,
      dropped: [null, null, 'lowest', 'highest', null],
    },
  ])('$name', ({ marks, groups, raw, fellBack, dropped }) => {
    const score = scorePresenter(def, single('p1', marks));
    expect(score.groups).toEqual(groups);
    expect(score.raw).toBe(raw);
    expect(score.final).toBe(raw);
    expect(score.fellBackToMean).toBe(fellBack);
    expect(score.judges.map((j) => j.dropped)).toEqual(dropped);
    expect(score.judges.map((j) => j.group)).toEqual(SEVEN.filter((_, i) => marks[i] !== null));
  });

  it('renormalises over the remaining groups: (0.5·80 + 0.3·90) / 0.8 = 83.75', () => {
    const three = makeDef({
      judgeGroups: [
        { name: 'A', weight: 0.5 },
        { name: 'B', weight: 0.3 },
        { name: 'C', weight: 0.2 },
      ],
      judges: ['A', 'B', 'C'],
      rules: { aggregation: MEAN },
    });
    const score = scorePresenter(three, single('p1', [80, 90, null]));
    expect(score.raw).toBe(83.75);
    expect(score.groups.map((g) => g.result)).toEqual([80, 90, null]);
  });

  it('per-criterion aggregates use the same group weights, so Σ weight × criterion = raw', () => {
    // A: X 8.5, Y 9 → 17.5; B: X 6, Y 7 → 13. raw 0.6·17.5 + 0.4·13 = 15.7;
    // X 0.6·8.5 + 0.4·6 = 7.5; Y 0.6·9 + 0.4·7 = 8.2.
    const d = makeDef({
      criteria: [
        { name: 'X', max: 10 },
        { name: 'Y', max: 10 },
      ],
      judgeGroups: [
        { name: 'A', weight: 0.6 },
        { name: 'B', weight: 0.4 },
      ],
      judges: ['A', 'A', 'B'],
      rules: { aggregation: MEAN },
    });
    const score = scorePresenter(
      d,
      presenter('p1', [
        [8, 9],
        [9, 9],
        [6, 7],
      ]),
    );
    expect(score.criteria).toEqual([7.5, 8.2]);
    expect(score.raw).toBe(15.7);
    expect(score.groups.map((g) => g.result)).toEqual([17.5, 13]);
  });
});
