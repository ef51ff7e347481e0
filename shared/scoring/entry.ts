// The one rule for a mark, shared by the judge's pad, the host's correction dialog and the server,
// so that no screen can call "valid" what the server refuses. Zod-free on purpose: the judge pad
// imports it, and zod (shared/definition.ts) must stay out of a phone's download.
//
// A typed mark is read only if the double that will travel as JSON is exactly the decimal that
// was typed; from then on text and number are the same value, and both go through checkValue,
// the server's own check. Grid and totals are decided on decimal digits (rational.ts), never on
// binary floating point, where 12.00000000001 can look like a multiple of 0.5.
import { ceil, div, fromNumber, mul, rat, sum, toNumber, type Rational } from './rational.ts';

/**
 * Why a mark cannot be sent. 'digits': the typed decimal has no exact double (more digits than
 * a number holds, e.g. 80.00000000000000001), so what arrived would not be what was typed.
 */
export type Problem = 'empty' | 'nan' | 'digits' | 'negative' | 'over' | 'grid';
/** The problems a number can have: what the server checks on a value that arrived as JSON. */
export type ValueProblem = Extract<Problem, 'nan' | 'negative' | 'over' | 'grid'>;

export interface Entry {
  /** What the text reads as, when that is a finite number (steppers start from it). Sent only when problem is null. */
  value: number | null;
  problem: Problem | null;
}

/**
 * Full-width digits, the Chinese IME's 。 and ． and the full-width minus become ASCII. Commas
 * (, and ，) are not translated, so "80,5" is refused as not a number: to some "1,000" is a
 * thousand and to others one, and a mark read silently wrong is worse than one typed again.
 */
export function normalise(text: string): string {
  return text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[。．]/g, '.')
    .replace(/－/g, '-');
}

/** Digits with an optional fraction ("5.", ".5" too) and nothing else but a leading minus. */
const PLAIN = /^(-?)(?=\.?\d)(\d*)(?:\.(\d*))?$/;

/** One spelling per value, so that two decimals are equal exactly when their texts are. */
function canonical(sign: string, whole: string, fraction: string): string {
  const w = whole.replace(/^0+/, '') || '0';
  // A loop, not /0+$/: that regex backtracks quadratically on a long pasted run of zeros.
  let end = fraction.length;
  while (end > 0 && fraction[end - 1] === '0') end--;
  const f = fraction.slice(0, end);
  const body = f ? `${w}.${f}` : w;
  return sign === '-' && body !== '0' ? `-${body}` : body;
}

/**
 * The decimal a number stands for, written out without an exponent: 1e-11 -> "0.00000000001",
 * 36.5 -> "36.5". String() already gives the shortest decimal that reads back as the same
 * double, which is what a user typed and what JSON carries; only the exponent is expanded.
 */
export function decimalText(x: number): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) return String(x); // NaN and ±Infinity have no decimal
  const [, sign = '', int = '', frac = '', exp = '0'] = m;
  const digits = int + frac;
  const point = int.length + Number(exp);
  const whole = point <= 0 ? '' : digits.slice(0, point).padEnd(point, '0');
  const fraction = point < 0 ? '0'.repeat(-point) + digits : digits.slice(point);
  return canonical(sign, whole, fraction);
}

/**
 * Whether `value` is a whole multiple of `step`, decided exactly on their decimal forms
 * (0.1 * 3 and 8.0000000001 are judged by their digits, 1e-11 on its exponent).
 */
export function onGrid(value: number, step: number): boolean {
  if (!Number.isFinite(value) || !Number.isFinite(step) || step <= 0) return false;
  return div(fromNumber(value), fromNumber(step)).d === 1n;
}

/**
 * The server's check of one mark that arrived as a number. Comparing doubles with < and > is
 * exact (they are the same doubles on every side); only the grid needs the decimal digits.
 */
export function checkValue(value: number, max: number, step: number): ValueProblem | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'nan';
  if (value < 0) return 'negative';
  if (value > max) return 'over';
  if (!onGrid(value, step)) return 'grid';
  return null;
}

/** Reads one typed field; a value out of range or off the grid is flagged, never changed. */
export function readEntry(text: string, max: number, step: number): Entry {
  const s = normalise(text);
  if (s === '') return { value: null, problem: 'empty' };
  const m = PLAIN.exec(s);
  if (!m) return { value: null, problem: 'nan' };
  const n = Number(s) + 0; // -0 becomes 0
  const value = Number.isFinite(n) ? n : null;
  if (value === null || decimalText(value) !== canonical(m[1] ?? '', m[2] ?? '', m[3] ?? ''))
    return { value, problem: 'digits' };
  return { value, problem: checkValue(value, max, step) };
}

function floor(x: Rational): bigint {
  const q = x.n / x.d;
  return x.n < 0n && q * x.d !== x.n ? q - 1n : q;
}

/**
 * One step up or down, landing on the grid and inside [0, max]. An off-grid value moves to the
 * nearest grid point in that direction; an empty field counts as 0.
 */
export function stepValue(current: number | null, dir: 1 | -1, step: number, max: number): number {
  // A definition never has such a step; refusing to move beats throwing inside a render.
  if (!Number.isFinite(step) || step <= 0 || !Number.isFinite(max)) return current ?? 0;
  const unit = fromNumber(step);
  const at = div(fromNumber(current !== null && Number.isFinite(current) ? current : 0), unit);
  const onIt = at.d === 1n;
  const k = dir === 1 ? (onIt ? at.n + 1n : ceil(at)) : onIt ? at.n - 1n : floor(at);
  const top = floor(div(fromNumber(max), unit));
  return toNumber(mul(unit, rat(k < 0n ? 0n : k > top ? top : k)));
}

/** Σ weight × value, exact (0.1 × 1 + 0.2 × 1 is 0.3); a missing weight counts as 1. */
export function weightedTotalExact(values: readonly number[], weights: readonly number[]): Rational {
  return sum(values.map((v, i) => mul(fromNumber(weights[i] ?? 1), fromNumber(v))));
}

export function weightedTotal(values: readonly number[], weights: readonly number[]): number {
  return toNumber(weightedTotalExact(values, weights));
}
