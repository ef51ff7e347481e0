// Loading again what another window, the public or the API may have changed: when the operator
// comes back to this window (focus, the tab shown again) and every so often. Shared by the 公示
// tab (objections arrive from the public) and the series pages (contests revealed elsewhere).
import { useEffect } from 'react';

/** `load` on return to the window and every `everyMs`; with `onlyInView` the timer skips a hidden tab. */
export function useLoadAgain(load: () => void, everyMs: number, onlyInView: boolean): void {
  useEffect(() => {
    const back = () => document.visibilityState === 'visible' && load();
    const timer = setInterval(onlyInView ? back : load, everyMs);
    window.addEventListener('focus', back);
    document.addEventListener('visibilitychange', back);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', back);
      document.removeEventListener('visibilitychange', back);
    };
  }, [load, everyMs, onlyInView]);
}
