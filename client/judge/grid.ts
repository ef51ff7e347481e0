// The judge pad's view of a mark. The rule itself (reading typed text, max, step, the exact
// total, the stepper) is shared/scoring/entry.ts, the very code the server checks with, so the
// pad cannot call "valid" a mark the server refuses. Import nothing here that pulls in
// shared/definition.ts: that module brings zod into a phone's download.
import { weightedTotal } from '../../shared/scoring/entry.ts';

export { readEntry, stepValue, type Entry, type Problem } from '../../shared/scoring/entry.ts';

/** Σ weight × value, exactly as the server's judgeTotal computes it. */
export const total = weightedTotal;
