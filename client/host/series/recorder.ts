// 录入人: who enters ledger entries on this laptop, asked once and remembered, so every entry
// and correction is signed without typing the name each time.
import { create } from 'zustand';

const KEY = 'leitai:ledgerBy';

function stored(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export const useRecorder = create<{ by: string }>(() => ({ by: stored() }));

export function setRecorder(by: string): void {
  const name = by.trim();
  try {
    if (name) localStorage.setItem(KEY, name);
    else localStorage.removeItem(KEY);
  } catch {
    // Private windows may refuse storage: the name still holds for this page.
  }
  useRecorder.setState({ by: name });
}
