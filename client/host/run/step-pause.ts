// The pause after a press of the next step (step-guard.ts), shown: the big button is disabled
// until it ends, so a second click visibly does nothing instead of being dropped in silence,
// and a key press of N dims it the same way.
import { useEffect, useState } from 'react';
import { create } from 'zustand';

export const useStepPause = create<{ until: number }>(() => ({ until: 0 }));

/** Whether the pause after the last press is still on (re-renders when it ends). */
export function useStepPaused(): boolean {
  const until = useStepPause((s) => s.until);
  const [, tick] = useState(0);
  const left = until - Date.now();
  useEffect(() => {
    if (left <= 0) return;
    const h = setTimeout(() => tick((n) => n + 1), left);
    return () => clearTimeout(h);
  }, [until, left]);
  return left > 0;
}
