// Exact rational arithmetic on BigInt. Scores are published to the hundredth and a binary
// double cannot hold 84.145 (it stores 84.14499999…), so every computation runs on exact
// fractions and only the rounded result is turned back into a JS number.

/** Always normalised: d > 0 and gcd(|n|, d) = 1, so equal values have equal fields. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function rat(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('rational with zero denominator');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g === 1n ? { n, d } : { n: n / g, d: d / g };
}

export const ZERO: Rational = rat(0n);
export const ONE: Rational = rat(1n);

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/**
 * The value the user typed, not the double's binary expansion: String() gives the shortest
 * decimal that round-trips, so 0.6 becomes 6/10 rather than 5404319552844595/2^53.
 */
export function fromNumber(x: number): Rational {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const m = DECIMAL.exec(String(x));
  if (!m) throw new RangeError(`cannot read number: ${String(x)}`);
  const [, sign = '', int = '0', frac = '', exp = '0'] = m;
  const n = BigInt(sign + int + frac);
  const e = Number(exp) - frac.length;
  return e >= 0 ? rat(n * 10n ** BigInt(e)) : rat(n, 10n ** BigInt(-e));
}

export const add = (a: Rational, b: Rational): Rational => rat(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => rat(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rat(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => rat(a.n * b.d, a.d * b.n);

/** -1, 0 or 1, like a sort comparator. */
export function cmp(a: Rational, b: Rational): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export const max = (a: Rational, b: Rational): Rational => (cmp(a, b) >= 0 ? a : b);
export const min = (a: Rational, b: Rational): Rational => (cmp(a, b) <= 0 ? a : b);

export const sum = (xs: readonly Rational[]): Rational => xs.reduce(add, ZERO);

export function mean(xs: readonly Rational[]): Rational {
  if (xs.length === 0) throw new RangeError('mean of no values');
  return div(sum(xs), rat(BigInt(xs.length)));
}

/** Smallest integer ≥ x (BigInt division truncates toward zero, so adjust positives). */
export function ceil(x: Rational): bigint {
  const q = x.n / x.d;
  return x.n > 0n && q * x.d !== x.n ? q + 1n : q;
}

/**
 * Half away from zero, the rule of paper score sheets and of spreadsheet ROUND():
 * 84.145 → 84.15, -2.5 → -3. Decided on the exact remainder, so no value near the
 * half-way point can be nudged across it.
 */
export function round(x: Rational, places: number): Rational {
  const scale = 10n ** BigInt(places);
  const a = abs(x.n) * scale;
  const q = a / x.d;
  const up = (a % x.d) * 2n >= x.d ? q + 1n : q;
  return rat(x.n < 0n ? -up : up, scale);
}

/** Exact decimal text with `places` digits; throws if x has more (round first). */
export function toFixed(x: Rational, places: number): string {
  const scale = 10n ** BigInt(places);
  const scaled = x.n * scale;
  if (scaled % x.d !== 0n) throw new RangeError(`not representable with ${places} decimals`);
  const v = abs(scaled / x.d);
  const digits = v.toString().padStart(places + 1, '0');
  const cut = digits.length - places;
  const body = places === 0 ? digits : `${digits.slice(0, cut)}.${digits.slice(cut)}`;
  return x.n < 0n ? `-${body}` : body;
}

/** Number of decimals a terminating fraction needs, or null when it repeats (e.g. 1/3). */
function terminatingPlaces(d: bigint): number | null {
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  return d === 1n ? Math.max(twos, fives) : null;
}

/**
 * Back to a JS number through decimal text, so a rounded 84.15 becomes exactly the double
 * that `84.15` parses to. Repeating fractions (never produced for output) get 15 places.
 */
export function toNumber(x: Rational): number {
  const places = terminatingPlaces(x.d);
  return places === null ? Number(toFixed(round(x, 15), 15)) : Number(toFixed(x, places));
}
