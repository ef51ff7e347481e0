// The next-step guard: a double press of N or a double-click of the big button must not skip a
// phase; a deliberate press still acts.
import { describe, expect, it } from 'vitest';
import { createStepGuard, REPEAT_MS } from '../../client/host/run/step-guard.ts';

describe('step guard', () => {
  it('ignores a second press on the same view', () => {
    const g = createStepGuard();
    expect(g.claim(5, 0)).toBe(true);
    expect(g.claim(5, 5000)).toBe(false);
  });

  it('ignores a press right after the view moved on (汇报 → 提问 → 评分 at once)', () => {
    const g = createStepGuard();
    expect(g.claim(5, 1000)).toBe(true); // 汇报 → 提问
    expect(g.claim(6, 1080)).toBe(false); // the second press of a double press: not → 评分
    expect(g.claim(6, 1000 + REPEAT_MS - 1)).toBe(false);
    expect(g.claim(6, 1000 + REPEAT_MS)).toBe(true); // a deliberate press later acts
  });

  it('ignores a double-click of the big button as it ignores a double press of N (one rule)', () => {
    const g = createStepGuard();
    expect(g.claim(5, 1000)).toBe(true); // click: 汇报 → 提问
    expect(g.claim(6, 1120)).toBe(false); // the second click of a double-click
    expect(g.claim(6, 1300)).toBe(false); // nor a key press right after the click
    expect(g.claim(6, 1000 + REPEAT_MS)).toBe(true);
  });

  it('lets a refused or cancelled step be tried again at once', () => {
    const g = createStepGuard();
    expect(g.claim(5, 1000)).toBe(true);
    g.release();
    expect(g.claim(5, 1010)).toBe(true);
  });
});
