// Reading the typed marks of the correction dialog: one field per criterion, on the scoreStep
// grid, never silently rounded (the server checks the grid exactly, and so do we).
import { onGrid } from '../../../shared/definition.ts';

export type FieldProblem = 'empty' | 'nan' | 'range' | 'grid' | null;

/** Full-width digits and the Chinese IME's 。 become what Number() reads. */
function normalise(text: string): string {
  return text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[。．]/g, '.');
}

export function readMark(text: string, max: number, step: number): { value: number | null; problem: FieldProblem } {
  const s = normalise(text);
  if (s === '') return { value: null, problem: 'empty' };
  const value = /^\d+(\.\d+)?$|^\.\d+$/.test(s) ? Number(s) : NaN;
  if (!Number.isFinite(value)) return { value: null, problem: 'nan' };
  if (value < 0 || value > max) return { value, problem: 'range' };
  if (!onGrid(value, step)) return { value, problem: 'grid' };
  return { value, problem: null };
}
