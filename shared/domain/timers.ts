// The countdowns: new ones, where one stands at a moment, and what a phase used.
import type { ContestState, TimerState } from './state.ts';

export function freshTimer(kind: TimerState['kind'], seconds: number): TimerState {
  return { kind, durationMs: seconds * 1000, running: false, endsAt: null, remainingMs: seconds * 1000 };
}

/** Remaining time at `now`; negative means overtime. */
export function remainingAt(timer: TimerState, now: number): number {
  return timer.running && timer.endsAt !== null ? timer.endsAt - now : timer.remainingMs;
}

/** Time used in the phase and overtime beyond what was allotted, at `now`. */
export function usage(timer: TimerState | null, now: number): { usedMs: number; overtimeMs: number } {
  if (!timer) return { usedMs: 0, overtimeMs: 0 };
  const remaining = remainingAt(timer, now);
  return { usedMs: timer.durationMs - remaining, overtimeMs: Math.max(0, -remaining) };
}

/** A shown question's own answer countdown, running at once; null when answers share the Q&A timer. */
export function answerTimer(s: ContestState, now: number): TimerState | null {
  const seconds = s.def.rules.questions.answerSeconds;
  if (seconds === null) return null;
  return { kind: 'answer', durationMs: seconds * 1000, running: true, endsAt: now + seconds * 1000, remainingMs: seconds * 1000 };
}
