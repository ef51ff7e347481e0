// When a press of N (or a click of the big button) may send the next step. Two rules:
// - one step per state: a second press before the view moves on would send the same step twice;
// - a short pause after a key press: the view moves on within milliseconds, so a double press
//   of N would otherwise go 汇报 → 提问 → 评分 at once and skip a whole phase on stage. A click
//   on the big button is aimed at the label it reads, so only the state rule applies to it.

/** Longer than a double press (~500 ms), short enough not to slow a deliberate host. */
export const REPEAT_MS = 800;

export interface StepGuard {
  /** Whether a press at `now` on the view at `rev` may act (`timed`: a key press); if so it is recorded. */
  claim(rev: number, now: number, timed?: boolean): boolean;
  /** The step did not change the view (refused or cancelled): the same step may be tried at once. */
  release(): void;
}

export function createStepGuard(repeatMs = REPEAT_MS): StepGuard {
  let sentOn: number | null = null;
  let keyAt: number | null = null;
  return {
    claim(rev, now, timed = true) {
      if (sentOn === rev) return false;
      if (timed && keyAt !== null && now - keyAt < repeatMs) return false;
      sentOn = rev;
      if (timed) keyAt = now;
      return true;
    },
    release() {
      sentOn = null;
      keyAt = null;
    },
  };
}
