// `npm start` and `npm run demo` call this instead of `vite build`: it builds the client only
// when its sources changed since the last build, so a restart in the middle of an evening is
// ready in well under a second instead of 3–5 s. "Changed" is a hash of the files' contents (not
// their mtimes, which a git checkout or a copy to the venue laptop rewrites), kept beside the
// build; a missing or partial build (no stamp) is always rebuilt.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
/** Everything vite reads to make dist/client. */
const INPUTS = ['client', 'shared', 'vite.config.ts', 'package-lock.json'];

function files(p: string): string[] {
  const full = path.join(root, p);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [p];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => files(path.join(p, name)));
}

export function sourceHash(): string {
  const h = createHash('sha256');
  for (const f of INPUTS.flatMap(files)) h.update(f).update('\0').update(fs.readFileSync(path.join(root, f))).update('\0');
  return h.digest('hex');
}

export function buildIfChanged(outDir = path.join(root, 'dist/client')): 'built' | 'current' {
  const stamp = path.join(outDir, '.source-hash');
  const hash = sourceHash();
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === hash) return 'current';
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir], { cwd: root, stdio: 'inherit' });
  // Written last: a build that fails half way leaves no stamp, so the next start builds again.
  fs.writeFileSync(stamp, hash + '\n');
  return 'built';
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === import.meta.filename) {
  if (buildIfChanged() === 'current') console.log('  客户端已是最新 (client build is current, skipped)');
}
