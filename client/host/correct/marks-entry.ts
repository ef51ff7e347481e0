// Reading the typed marks of the correction dialog: one field per criterion, never silently
// rounded. The rule is shared/scoring/entry.ts, the one the judge pad and the server use, so a
// correction the dialog accepts is one the server takes.
import { readEntry, type Entry } from '../../../shared/scoring/entry.ts';

export function readMark(text: string, max: number, step: number): Entry {
  return readEntry(text, max, step);
}
