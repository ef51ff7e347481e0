// The state of one contest, rebuilt from its events by `evolve`. Plain JSON data.
import type { ContestDefinition } from '../definition.ts';
import type { Phase, ScreenStage } from '../protocol.ts';

export interface TimerState {
  kind: 'report' | 'qa';
  /** Time allotted to the phase including time the host added. */
  durationMs: number;
  running: boolean;
  /** Server epoch ms at which the countdown reaches zero (only while running). */
  endsAt: number | null;
  /** Remaining time while paused; negative means overtime. */
  remainingMs: number;
}

export interface Marks {
  values: number[];
  at: number;
  /** How many times the judge amended (0 for a first submission). */
  amended: number;
  /** Set when the host corrected the marks, with the reason. */
  correction: { reason: string; at: number } | null;
}

export interface PresenterRun {
  id: string;
  status: 'waiting' | 'active' | 'done' | 'absent';
  phase: Phase | null;
  scoringOpen: boolean;
  marks: Record<string, Marks>;
  reportUsedMs: number | null;
  overtimeMs: number;
  qaUsedMs: number | null;
  revealedAt: number | null;
  revealedWithMissing: string[];
}

export interface ContestState {
  id: string;
  def: ContestDefinition;
  createdAt: number;
  status: 'setup' | 'running' | 'finished';
  partial: boolean;
  order: string[];
  orderMethod: 'defined' | 'drawn' | 'manual';
  current: string | null;
  presenters: Record<string, PresenterRun>;
  timer: TimerState | null;
  /** A stage the host forced onto the projector; cleared by the next step of the run of show. */
  screenOverride: ScreenStage | null;
  /** Number of events applied: the revision every view carries. */
  rev: number;
}

export function remainingAt(timer: TimerState, now: number): number {
  return timer.running && timer.endsAt !== null ? timer.endsAt - now : timer.remainingMs;
}
