// The judge pad's score arithmetic (client/judge/grid.ts) as the judge meets it: what a typed
// field is read as, what − and + write into the field, and the totals and numbers shown.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScore } from '../../shared/format.ts';
import { readEntry, stepValue, total, type Problem } from '../../client/judge/grid.ts';
import { judgeTotal } from '../../shared/scoring/index.ts';
import { makeDef } from '../scoring/helpers.ts';

describe('a typed field on the pad', () => {
  it.each<[string, number, number, Problem | null]>([
    // [typed, max, step, problem shown under the field]
    ['36.5', 40, 0.5, null],
    ['３６。５', 40, 0.5, null], // the Chinese IME's digits and full stop
    ['36.', 40, 0.5, null], // half-typed "36.5" is not flagged while typing
    ['36,5', 40, 0.5, 'nan'], // once read as 36.5 by the pad alone; the rule refuses commas
    ['36，5', 40, 0.5, 'nan'],
    ['36.3', 40, 0.5, 'grid'],
    ['41', 40, 0.5, 'over'],
    ['-1', 40, 0.5, 'negative'],
    ['', 40, 0.5, 'empty'],
    ['12.00000000001', 12.5, 0.5, 'grid'], // once "valid" on the pad, refused by the server
    ['0.00000000001', 12.5, 1e-11, null], // once refused on the pad, accepted by the server
    ['80.00000000000000001', 100, 0.5, 'digits'], // would have been sent as 80
  ])('%j (max %s, step %s) → %s', (text, max, step, problem) => {
    expect(readEntry(text, max, step).problem).toBe(problem);
  });
});

describe('the − and + buttons', () => {
  /** Presses a button on a field holding `text`; returns what the field then shows. */
  const press = (text: string, dir: 1 | -1, step: number, max: number) => {
    const entry = readEntry(text, max, step);
    const base = entry.problem === 'nan' ? null : entry.value; // as criterion-row.tsx does
    return formatScore(stepValue(base, dir, step, max));
  };

  it.each<[string, string, 1 | -1, number, number, string]>([
    ['+ on an empty field', '', 1, 0.5, 40, '0.5'],
    ['+ to the max', '39.5', 1, 0.5, 40, '40'],
    ['+ at the max stays', '40', 1, 0.5, 40, '40'],
    ['− at 0 stays', '0', -1, 0.5, 40, '0'],
    ['+ from off the grid', '36.3', 1, 0.5, 40, '36.5'],
    ['− from above the max', '41', -1, 0.5, 40, '40'],
    ['+ on junk starts from 0', 'abc', 1, 0.5, 40, '0.5'],
    ['+ on step 0.1 without float noise', '0.2', 1, 0.1, 10, '0.3'],
    ['+ on step 0.25', '12.25', 1, 0.25, 12.5, '12.5'],
    // Once stuck at "0": 1e-11 was shown rounded to 4 places.
    ['+ on step 1e-11', '0', 1, 1e-11, 12.5, '0.00000000001'],
    ['− on step 1e-11', '12.5', -1, 1e-11, 12.5, '12.49999999999'],
  ])('%s: %j → %j', (_, text, dir, step, max, shown) => {
    expect(press(text, dir, step, max)).toBe(shown);
    expect(readEntry(shown, max, step).problem).toBeNull();
  });
});

describe('totals and numbers shown', () => {
  it.each<[string, { name: string; max: number; weight?: number }[], number, number[], string]>([
    ['the browser test’s sheet', [{ name: 'A', max: 40 }, { name: 'B', max: 30 }, { name: 'C', max: 30 }], 0.5, [36.5, 27, 18], '81.5'],
    ['decimal weights', [{ name: 'A', max: 10, weight: 0.1 }, { name: 'B', max: 10, weight: 0.2 }], 1, [1, 1], '0.3'],
    ['weights 0.6 / 0.4', [{ name: 'A', max: 40, weight: 0.6 }, { name: 'B', max: 40, weight: 0.4 }], 0.5, [36.5, 33.5], '35.3'],
    ['step 1e-11 marks', [{ name: 'A', max: 12.5 }, { name: 'B', max: 12.5 }], 1e-11, [1e-11, 12.5], '12.50000000001'],
  ])('%s: the pad shows the server’s judgeTotal', (_, criteria, scoreStep, values, shown) => {
    const def = makeDef({ criteria, rules: { scoreStep } });
    const pad = total(values, def.criteria.map((c) => c.weight));
    expect(formatScore(pad)).toBe(shown);
    expect(pad).toBe(judgeTotal(def, values));
  });

  it.each<[number, string]>([
    [36.5, '36.5'],
    [40, '40'],
    [0.25, '0.25'],
    [1e-11, '0.00000000001'],
    [0, '0'],
  ])('%s is shown as %j', (v, text) => {
    expect(formatScore(v)).toBe(text);
  });
});

describe('the phone’s download', () => {
  /** Files and packages reachable from `entry` through value imports (type-only ones vanish). */
  function reachable(entry: string) {
    const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
    const files = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      for (const [, spec = ''] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        if (!spec.startsWith('.')) packages.add(spec);
        else if (existsSync(resolve(dirname(file), spec))) visit(resolve(dirname(file), spec));
        else throw new Error(`${file}: cannot resolve ${spec}`);
      }
    };
    visit(resolve(entry));
    return { files: [...files].map((f) => f.replace(/\\/g, '/')), packages: [...packages] };
  }

  it('the judge pad uses the shared rule and carries no zod', () => {
    const { files, packages } = reachable('client/judge/main-judge.tsx');
    expect(files.some((f) => f.endsWith('shared/scoring/entry.ts'))).toBe(true);
    expect(files.filter((f) => f.endsWith('shared/definition.ts'))).toEqual([]);
    expect(packages.filter((p) => p === 'zod' || p.startsWith('zod/'))).toEqual([]);
  });
});
