// One table of typed marks through every place that judges a mark: the judge pad's reader, the
// host's correction reader, and the server (the number a client would send, through JSON, the
// zod command schema and the real domain decision). A judge must never see "valid" for a mark
// the server refuses, and the total on the phone must be the total the server keeps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMark } from '../../client/host/correct/marks-entry.ts';
import { formatScore } from '../../shared/format.ts';
import { readEntry, stepValue, total } from '../../client/judge/grid.ts';
import { Commands } from '../../shared/protocol/index.ts';
import type { Problem } from '../../shared/scoring/entry.ts';
import { judgeView } from '../../shared/views.ts';
import { given, judge, makeDef, show } from '../domain/given.ts';

/** The second criterion is always marked at its max, so totals mix a typed value and weights. */
const WEIGHTS = [0.3, 2];

function scoringOpen(max: number, step: number) {
  const def = makeDef({
    criteria: [
      { name: '工作成效', max, weight: WEIGHTS[0] },
      { name: '汇报表现', max, weight: WEIGHTS[1] },
    ],
    rules: { scoreStep: step },
  });
  return show(def).start().next('p1').open().history();
}

/** What socket.io carries: the payload's numbers go through JSON on their way. */
const wire = (payload: object): unknown => JSON.parse(JSON.stringify({ commandId: 'cmd-parity-0001', ...payload }));

interface ServerAnswer {
  accepted: boolean;
  /** The judge's total in the judge's own view after an accepted submit. */
  total?: number;
  stored?: readonly number[];
}

/** score:submit from judge j1, decided on a state with scoring open. */
function serverSubmit(max: number, step: number, values: number[]): ServerAnswer {
  const parsed = Commands['score:submit'].safeParse(wire({ presenterId: 'p1', values }));
  if (!parsed.success) return { accepted: false };
  const outcome = given(scoringOpen(max, step)).when(
    { type: 'score:submit', presenterId: parsed.data.presenterId, values: parsed.data.values },
    { actor: judge('j1') },
  );
  if (!outcome.decision.ok) return { accepted: false };
  const mine = judgeView(outcome.after(), 'j1').myMarks.p1;
  return { accepted: true, total: mine?.total, stored: mine?.values };
}

/** score:correct from the host, which is where the correction dialog's values go. */
function serverCorrect(max: number, step: number, values: number[]): boolean {
  const parsed = Commands['score:correct'].safeParse(wire({ presenterId: 'p1', judgeId: 'j1', values, reason: '按纸质评分表录入' }));
  if (!parsed.success) return false;
  const { commandId: _, ...command } = parsed.data;
  return given(scoringOpen(max, step)).when({ type: 'score:correct', ...command }).decision.ok;
}

/** Problems about the number itself: the server must refuse that number as well. */
const VALUE_PROBLEMS = new Set<Problem>(['negative', 'over', 'grid']);

function checkParity(text: string, max: number, step: number): Problem | null {
  const pad = readEntry(text, max, step);
  const host = readMark(text, max, step);
  expect(host, 'the host reads a mark as the pad does').toEqual(pad);
  if (pad.problem === null && pad.value !== null) {
    const values = [pad.value, max];
    const answer = serverSubmit(max, step, values);
    expect(answer.accepted, `the server accepts ${text} (max ${max}, step ${step})`).toBe(true);
    expect(answer.stored).toEqual(values);
    expect(Number(formatScore(total(values, WEIGHTS))), 'the total on the phone').toBe(answer.total);
    expect(serverCorrect(max, step, values), `the server accepts ${text} as a correction`).toBe(true);
  } else if (pad.problem !== null && VALUE_PROBLEMS.has(pad.problem) && pad.value !== null) {
    expect(serverSubmit(max, step, [pad.value, max]).accepted, `the server refuses ${text}`).toBe(false);
    expect(serverCorrect(max, step, [pad.value, max])).toBe(false);
  }
  // 'empty', 'nan' and 'digits' have no number that is what was typed, so nothing is ever sent.
  return pad.problem;
}

describe('parity: judge pad, host correction and server', () => {
  it.each<[string, number, number, Problem | null]>([
    // [typed text, max, step, what every reader says]
    ['36.5', 40, 0.5, null],
    ['40', 40, 0.5, null],
    ['0', 40, 0.5, null],
    ['12.5', 12.5, 0.5, null],
    ['12.00000000001', 12.5, 0.5, 'grid'], // measured: the phone said valid, the server refused
    ['0.00000000001', 12.5, 1e-11, null], // measured: the phone refused, the server accepted
    ['12.49999999999', 12.5, 1e-11, null],
    ['12.50000000001', 12.5, 1e-11, 'over'],
    ['0.000000000015', 12.5, 1e-11, 'grid'],
    ['1e-11', 12.5, 1e-11, 'nan'],
    ['0.3', 10, 0.1, null],
    ['9.9', 10, 0.1, null],
    ['0.35', 10, 0.1, 'grid'],
    ['0.75', 12.5, 0.25, null],
    ['12.25', 12.5, 0.25, null],
    ['0.8', 12.5, 0.25, 'grid'],
    ['12.75', 12.5, 0.25, 'over'],
    ['36.3', 40, 0.5, 'grid'],
    ['41', 40, 0.5, 'over'],
    ['３６。５', 40, 0.5, null],
    ['３６．５', 40, 0.5, null],
    ['80,5', 100, 0.5, 'nan'],
    ['80，5', 100, 0.5, 'nan'],
    ['80.00000000000000001', 100, 0.5, 'digits'],
    ['123456789012345678901234567890', 1000, 1, 'digits'],
    [`1${'0'.repeat(30)}`, 1000, 1, 'over'], // 1e30 is a double exactly
    ['100000000000000000000', 1000, 1, 'over'],
    ['-3', 40, 0.5, 'negative'],
    ['-0', 40, 0.5, null],
    ['', 40, 0.5, 'empty'],
    ['abc', 40, 0.5, 'nan'],
  ])('%j with max %s on step %s → %s', (text, max, step, expected) => {
    expect(checkParity(text, max, step)).toBe(expected);
  });

  it('holds for typed decimals near the grid', () => {
    const grids = fc.constantFrom<[number, number]>([40, 0.5], [10, 0.1], [12.5, 0.25], [12.5, 1e-11], [1000, 1]);
    const text = fc
      .tuple(fc.constantFrom('', '-', '０'), fc.integer({ min: 0, max: 1200 }), fc.stringMatching(/^[0-9]{0,16}$/))
      .map(([lead, int, frac]) => `${lead}${int}${frac ? `.${frac}` : ''}`);
    fc.assert(
      fc.property(grids, text, ([max, step], t) => {
        checkParity(t, max, step);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [40, 0.5],
    [12.5, 0.25],
    [10, 0.1],
  ])('every value the pad’s + button writes up to max %s on step %s is accepted, with the same total', (max, step) => {
    let text = '';
    do {
      text = formatScore(stepValue(readEntry(text, max, step).value, 1, step, max));
      expect(checkParity(text, max, step)).toBeNull();
    } while (Number(text) < max);
  });
});
