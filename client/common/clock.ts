// Timer display from the server-authoritative timer and the measured clock offset (the text
// itself is shared/format.ts's formatClock).
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { TimerView } from '../../shared/protocol/index.ts';

export type Timer = z.infer<typeof TimerView>;

export function remainingMs(timer: Timer, offsetMs: number, now = Date.now()): number {
  return timer.running && timer.endsAt !== null ? timer.endsAt - (now + offsetMs) : timer.remainingMs;
}

/** 'normal' | index of the warning passed | 'overtime'. */
export function timerLevel(timer: Timer, ms: number): 'normal' | 'warn' | 'last' | 'overtime' {
  if (ms < 0) return 'overtime';
  const warns = [...timer.warnAtSeconds].sort((a, b) => b - a);
  const passed = warns.filter((w) => ms <= w * 1000).length;
  if (passed === 0) return 'normal';
  return passed >= warns.length && warns.length > 1 ? 'last' : 'warn';
}

/** Re-renders every `intervalMs` while `active`. */
export function useNow(active: boolean, intervalMs = 200): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const t = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(t);
  }, [active, intervalMs]);
  return now;
}
