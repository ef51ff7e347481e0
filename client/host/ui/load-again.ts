// Loading again what another window, the public or the API may have changed: when the operator
// comes back to this window (focus, the tab shown again) and every so often. Shared by the 公示
// tab (objections arrive from the public) and the series pages (contests revealed elsewhere).
import { useEffect } from 'react';

/**
 * What to show when a load arrives: it, unless what is shown is newer by the server's seq. A look
 * that left before a command was answered can arrive after the command's answer (or after the
 * load that followed it); shown as it is, it would undo what the operator just did on screen (an
 * objection answered, points entered) until the next look, with no word said. Equal seq: the load,
 * which also carries what changed outside this log (a correction in a contest, a period's end).
 * Another id (the page moved to another series) is never newer.
 */
export function fresher<T extends { id: string; seq: number }>(shown: T | null | undefined, loaded: T): T {
  return shown && shown.id === loaded.id && shown.seq > loaded.seq ? shown : loaded;
}

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
