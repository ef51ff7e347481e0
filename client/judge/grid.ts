// Score arithmetic on the scoreStep grid. Values are handled as whole numbers of 10^-places so
// that 0.1 + 0.2 steps never drift (the server checks the grid exactly, so must we). Kept free of
// shared/definition.ts on purpose: that module pulls zod into a phone's download.

/** Decimal places of a finite number as written: 0.5 -> 1, 0.25 -> 2, 40 -> 0, 1e-7 -> 7. */
export function places(x: number): number {
  const [mantissa = '0', exp = '0'] = String(Math.abs(x)).toLowerCase().split('e');
  const frac = mantissa.split('.')[1] ?? '';
  return Math.max(0, frac.length - Number(exp));
}

function scale(...xs: number[]): number {
  return 10 ** Math.min(10, Math.max(...xs.map(places)));
}

export function onGrid(value: number, step: number): boolean {
  const f = scale(value, step);
  return Math.round(value * f) % Math.round(step * f) === 0;
}

/** Full-width digits and the Chinese IME's 。／．／， become what Number() reads. */
export function normalise(text: string): string {
  return text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[。．，,]/g, '.');
}

export type Problem = 'empty' | 'nan' | 'negative' | 'over' | 'grid';

export interface Entry {
  value: number | null;
  problem: Problem | null;
}

/** Reads one typed field; out-of-range and off-grid values are flagged, never silently changed. */
export function readEntry(text: string, max: number, step: number): Entry {
  const s = normalise(text);
  if (s === '') return { value: null, problem: 'empty' };
  if (!/^\d*\.?\d*$/.test(s) && !/^-/.test(s)) return { value: null, problem: 'nan' };
  const v = Number(s);
  if (!Number.isFinite(v)) return { value: null, problem: 'nan' };
  if (v < 0) return { value: v, problem: 'negative' };
  if (v > max) return { value: v, problem: 'over' };
  if (!onGrid(v, step)) return { value: v, problem: 'grid' };
  return { value: v, problem: null };
}

/**
 * One step up or down, landing on the grid and inside [0, max]. An off-grid value moves to the
 * nearest grid point in that direction; an empty field counts as 0.
 */
export function stepValue(current: number | null, dir: 1 | -1, step: number, max: number): number {
  const f = scale(current ?? 0, step, max);
  const unit = Math.round(step * f);
  const top = Math.floor(Math.round(max * f) / unit) * unit;
  const now = Math.round((current ?? 0) * f);
  const onIt = now % unit === 0;
  let next = dir === 1 ? (onIt ? now + unit : Math.ceil(now / unit) * unit) : onIt ? now - unit : Math.floor(now / unit) * unit;
  next = Math.min(top, Math.max(0, next));
  return next / f;
}

/** Σ weight × value in whole units (exact while it fits), so no 81.50000000001. */
export function total(values: readonly number[], weights: readonly number[]): number {
  const fv = scale(0, ...values);
  const fw = scale(1, ...weights);
  const sum = values.reduce((acc, v, i) => acc + Math.round(v * fv) * Math.round((weights[i] ?? 1) * fw), 0);
  return sum / (fv * fw);
}

/** "36.5", "40", "0.25": never trailing zeros or float noise. */
export function formatScore(v: number): string {
  return String(Number(v.toFixed(4)));
}
