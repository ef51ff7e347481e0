// The shape of the code base, checked: small files, no import circles, a pure shared/ that both
// the browser and Node can run, and each side importing only what it may. Read from the files
// themselves, so a new file is covered the moment it exists.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const SOURCE_DIRS = ['server', 'shared', 'client'];
const MAX_LINES = 300;

function files(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return files(rel);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [rel] : [];
  });
}
const sources = SOURCE_DIRS.flatMap(files);

/** Every module specifier a file imports or re-exports (static, dynamic and type-only alike). */
function specifiers(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'/g)) found.push(m[1]!);
  for (const m of text.matchAll(/(?:^|\n)\s*import\s+'([^']+)'/g)) found.push(m[1]!);
  for (const m of text.matchAll(/import\(\s*'([^']+)'\s*\)/g)) found.push(m[1]!);
  return found;
}

const resolve = (from: string, spec: string) => path.normalize(path.join(path.dirname(from), spec));
const localImports = (file: string) => specifiers(file).filter((s) => s.startsWith('.')).map((s) => resolve(file, s));

describe('the code base', () => {
  it(`keeps every file in ${SOURCE_DIRS.join('/, ')}/ at most ${MAX_LINES} lines`, () => {
    const long = sources
      .map((f) => [f, fs.readFileSync(path.join(root, f), 'utf8').split('\n').length - 1] as const)
      .filter(([, n]) => n > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('has no import circle', () => {
    const graph = new Map(sources.map((f) => [f, localImports(f).filter((t) => t !== f)]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') return void cycles.push([...trail.slice(trail.indexOf(f)), f].join(' → '));
      state.set(f, 'open');
      for (const t of graph.get(f) ?? []) visit(t, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('keeps shared/ pure: only zod and its own modules, no Node, DOM, clock or randomness', () => {
    const offending = files('shared').flatMap((f) => {
      // Comments may mention Date.now() (to say where the clock lives); code may not.
      const text = fs.readFileSync(path.join(root, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      // A package's types (`import type`) are erased before anything runs: the ECharts option that
      // the browser and the PDF share is typed by echarts without shared/ ever loading it.
      const typeOnly = new Set([...text.matchAll(/(?:^|\n)\s*import\s+type\s[^;]*?\sfrom\s+'([^'.][^']*)'/g)].map((m) => m[1]!));
      const bad = specifiers(f).filter((s) => !(s === 'zod' || typeOnly.has(s) || (s.startsWith('.') && resolve(f, s).startsWith('shared'))));
      if (/\bDate\.now\(|\bnew Date\(\)|\bMath\.random\(|\bdocument\.|\bwindow\.|\bprocess\./.test(text)) bad.push('clock, randomness, DOM or process');
      return bad.map((b) => `${f}: ${b}`);
    });
    expect(offending).toEqual([]);
  });

  it('lets only server/db touch SQLite, and keeps the client out of server/', () => {
    const offending = sources.flatMap((f) =>
      specifiers(f).flatMap((s) => {
        if (s === 'better-sqlite3' && !f.startsWith(path.join('server', 'db'))) return [`${f}: ${s}`];
        if (f.startsWith('client') && s.startsWith('.') && resolve(f, s).startsWith('server')) return [`${f}: ${s}`];
        return [];
      }),
    );
    expect(offending).toEqual([]);
  });
});
