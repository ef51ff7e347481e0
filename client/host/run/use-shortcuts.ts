// Keyboard shortcuts for the common steps. Off while typing in a field or while a dialog is
// open, so Enter/Space in a dialog never also drives the show.
import { useEffect } from 'react';
import { useCorrection } from '../correct/correct-store.ts';
import { useDialog } from '../ui/dialog.tsx';
import type { Actions } from './use-actions.ts';

export function useShortcuts(actions: Actions, offline = false): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Offline the buttons are disabled; the keys must not act behind their back.
      if (offline || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      if (useDialog.getState().open || useCorrection.getState().target) return;
      const el = e.target instanceof HTMLElement ? e.target : null;
      if (el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))) return;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      const act: Record<string, () => void> = {
        ' ': actions.toggleTimer,
        n: () => void actions.step(),
        '+': () => actions.addTime(30),
        '=': () => actions.addTime(30),
        '-': () => actions.addTime(-30),
        _: () => actions.addTime(-30),
        b: () => void actions.back(),
      };
      const fn = act[key];
      if (!fn) return;
      // Space would otherwise also "click" the focused button or scroll the page.
      e.preventDefault();
      fn();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, offline]);
}
