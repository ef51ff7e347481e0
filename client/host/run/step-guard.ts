// When a press of N or a click of the big button may send the next step. Two rules, the same
// for both:
// - one step per state: a second press before the view moves on would send the same step twice;
// - a short pause after a press: the view moves on within milliseconds, so a double press of N
//   or a double-click of the button would otherwise go 汇报 → 提问 → 评分 at once and skip a
//   whole phase on stage.

/** Longer than a double press (~500 ms), short enough not to slow a deliberate host. */
export const REPEAT_MS = 800;

export interface StepGuard {
  /** Whether a press (key or click) at `now` on the view at `rev` may act; if so it is recorded. */
  claim(rev: number, now: number): boolean;
  /** The step did not change the view (refused or cancelled): the same step may be tried at once. */
  release(): void;
}

export function createStepGuard(repeatMs = REPEAT_MS): StepGuard {
  let sentOn: number | null = null;
  let pressedAt: number | null = null;
  return {
    claim(rev, now) {
      if (sentOn === rev) return false;
      if (pressedAt !== null && now - pressedAt < repeatMs) return false;
      sentOn = rev;
      pressedAt = now;
      return true;
    },
    release() {
      sentOn = null;
      pressedAt = null;
    },
  };
}
