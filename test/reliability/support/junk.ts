// Hostile values shared by the socket and HTTP fuzzers, and what JSON makes of them on the wire.
import fc from 'fast-check';

/** What the server receives for a value a client sends: socket.io and fetch both use JSON. */
export function wire(value: unknown): unknown {
  const text = JSON.stringify([value]);
  return (JSON.parse(text) as unknown[])[0];
}

/** `depth` levels of arrays and objects around a number. */
export function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

export const specialNumbers = fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE, 0.1 + 0.2);

export const nastyStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\u0007响铃',
  '\u001b[31m',
  '\u202e反转',
  '\ud800',
  '<script>alert(1)</script>',
  "'; DROP TABLE events; --",
  '__proto__',
  'constructor',
  'hasOwnProperty',
  '%00',
  '../../etc/passwd',
  '{"ok":true}',
  '评'.repeat(1001),
);

/** Anything a broken or hostile client might put in a field. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ maxDepth: 3, maxKeys: 6 }) },
  { weight: 2, arbitrary: specialNumbers },
  { weight: 2, arbitrary: nastyStrings },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.integer({ min: 20, max: 1500 }).map(nested) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.array(fc.double(), { minLength: 21, maxLength: 2000 }) },
);

/** Keys a strict schema must refuse, prototype names included. */
export const extraKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'role', 'actor', 'contestId', 'rev', 'ok'),
  fc.string({ minLength: 1, maxLength: 20 }),
);

/** Command ids the schema refuses: too short, too long, wrong characters, not a string. */
export const badCommandId: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 7 }),
  fc.string({ minLength: 65, maxLength: 200 }),
  fc.constantFrom('abcdefgh/1', 'abcd efgh', '中文命令编号一二三', 'abcdefgh\n', '../../../x'),
  fc.integer(),
  fc.constant(null),
  fc.array(fc.string()),
);
