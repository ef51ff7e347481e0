// vitest runs a globalSetup once per project (vitest.config.ts has two), and both projects need the
// same builds: the first to ask builds, the others wait for that build, and the last teardown
// removes it. Kept on globalThis, which the projects' setups share (one process), unlike modules.
import fs from 'node:fs';

type Entry = { ready: Promise<string>; users: number };
const builds: Map<string, Entry> = ((globalThis as { __leitaiBuilds?: Map<string, Entry> }).__leitaiBuilds ??= new Map());

/**
 * Builds into `dir` once for the run; resolves to `dir`, or to `BUILD FAILED: …` (the tests that
 * need the build fail with that message, the others still run). Returns the teardown.
 */
export async function sharedBuild(dir: string, build: () => Promise<void> | void): Promise<{ result: string; release: () => void }> {
  let entry = builds.get(dir);
  if (!entry) {
    const ready = (async () => {
      try {
        await build();
        return dir;
      } catch (e) {
        const err = e as { stderr?: Buffer; message: string };
        return `BUILD FAILED: ${err.stderr?.toString() || err.message}`;
      }
    })();
    builds.set(dir, (entry = { ready, users: 0 }));
  }
  entry.users++;
  const mine = entry;
  const release = () => {
    if (--mine.users > 0) return;
    builds.delete(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { result: await entry.ready, release };
}
