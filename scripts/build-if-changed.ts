// `npm start` and `npm run demo` call this instead of `vite build`: it builds the client pages
// and the compiled server only when their sources changed since the last build, so a restart in
// the middle of an evening is ready in well under a second instead of 3–5 s, and the server it
// starts (dist/server/main.js, or dist/server/edge-main.js for `npm run edge`) pays nothing for
// compiling TypeScript. "Changed" is a hash of the files' contents (not their mtimes, which a
// git checkout or a copy to the venue laptop rewrites), kept beside each build; a missing or
// partial build (no stamp) is always rebuilt.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');

export type Target = 'client' | 'server';

/** Everything each build reads. */
const INPUTS: Record<Target, string[]> = {
  client: ['client', 'shared', 'vite.config.ts', 'package-lock.json'],
  server: ['server', 'shared', 'package-lock.json', 'scripts/build-if-changed.ts'],
};

function files(p: string): string[] {
  const full = path.join(root, p);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [p];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => files(path.join(p, name)));
}

export function sourceHash(target: Target = 'client'): string {
  const h = createHash('sha256');
  for (const f of INPUTS[target].flatMap(files)) h.update(f).update('\0').update(fs.readFileSync(path.join(root, f))).update('\0');
  return h.digest('hex');
}

/**
 * Packages left in node_modules rather than bundled: better-sqlite3's native part, the PDF and
 * chart libraries that read their font and data files next to their own sources (and load only
 * on the first export anyway), the optional native helpers of ws, the build tools, and what only
 * a clustered process or the demo loads (Redis, socket.io-client). And two data packages: mime-db
 * (express, compression and socket.io each require it; bundled, its 200 KB of JSON became a
 * half-megabyte object literal compiled and run three times over, ~40 ms of every start; from
 * node_modules it is one JSON.parse) and iconv-lite (its code pages are read only for a request
 * body in another charset).
 */
const EXTERNAL = [
  'better-sqlite3', 'pdfkit', 'fontkit', 'svg-to-pdfkit', 'exceljs', 'echarts', '@expo-google-fonts/*',
  'bufferutil', 'utf-8-validate', 'esbuild', 'vite',
  'redis', '@redis/*', '@socket.io/redis-streams-adapter', 'socket.io-client',
  'mime-db', 'iconv-lite',
];

/**
 * zod's classic entry re-exports its 64 message locales as `z.locales`, which esbuild cannot
 * drop (`z` is one namespace object): a third of a megabyte that every start compiled. The
 * server never reads them (its errors are its own codes and words; zod keeps English, imported
 * on its own), so they are left out of the bundle.
 */
const withoutZodLocales: Plugin = {
  name: 'without-zod-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (a) => (a.importer.includes(`${path.sep}zod${path.sep}`) ? { path: 'zod-locales', namespace: 'no-zod-locales' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'no-zod-locales' }, () => ({ contents: 'export {};' }));
  },
};

/**
 * The server as plain JavaScript: one ES module per entry point, with the export code (PDF,
 * spreadsheets, charts) in chunks still loaded on the first export, as from source. The other
 * packages (express, socket.io, zod…) are bundled in: resolving and loading a few hundred
 * CommonJS files from node_modules was a sixth of a start. Bundled CommonJS calls `require`
 * for Node's own modules, which an ES module lacks: the banner makes one.
 */
async function buildServer(outDir: string): Promise<void> {
  const esbuild = await import('esbuild');
  fs.rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: {
      main: path.join(root, 'server/main.ts'),
      // `npm run edge`: shares chunks with main but loads none of the database (an edge has none).
      'edge-main': path.join(root, 'server/edge-main.ts'),
      restore: path.join(root, 'server/cli/restore.ts'),
      // The worker that checks a backup copy (server/db/backup.ts), loaded from beside the bundle.
      'backup-check': path.join(root, 'server/db/backup-check.ts'),
      // The thread that makes printouts and spreadsheets (server/report/off-thread.ts).
      'render-worker': path.join(root, 'server/report/render-worker.ts'),
    },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: "import { createRequire as __leitaiRequire } from 'node:module'; const require = __leitaiRequire(import.meta.url);" },
    plugins: [withoutZodLocales],
    sourcemap: true,
    logLevel: 'warning',
  });
}

export async function buildIfChanged(target: Target = 'client', outDir = path.join(root, 'dist', target)): Promise<'built' | 'current'> {
  const stamp = path.join(outDir, '.source-hash');
  const hash = sourceHash(target);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === hash) return 'current';
  if (target === 'client') execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir], { cwd: root, stdio: 'inherit' });
  else await buildServer(outDir);
  // Written last: a build that fails half way leaves no stamp, so the next start builds again.
  fs.writeFileSync(stamp, hash + '\n');
  return 'built';
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === import.meta.filename) {
  if ((await buildIfChanged('client')) === 'current') console.log('  客户端已是最新 (client build is current, skipped)');
  if ((await buildIfChanged('server')) === 'current') console.log('  服务端已是最新 (server build is current, skipped)');
}
