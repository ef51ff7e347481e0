// Timer display from the server-authoritative timer and the measured clock offset.
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { TimerView } from '../../shared/protocol/index.ts';

export type Timer = z.infer<typeof TimerView>;

export function remainingMs(timer: Timer, offsetMs: number, now = Date.now()): number {
  return timer.running && timer.endsAt !== null ? timer.endsAt - (now + offsetMs) : timer.remainingMs;
}

/** "4:59", "0:05", and overtime as "+0:15". Seconds round up while counting down, so 0:00 means zero. */
export function formatClock(ms: number): string {
  const over = ms < 0;
  const s = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return over ? `+${text}` : text;
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
