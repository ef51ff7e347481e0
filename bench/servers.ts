// Starting the two servers under test as child processes: Leitai as `npm start` runs it
// (compiled, dist/server/main.js, built here first if its sources changed), and the bare
// Socket.IO floor under tsx.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { buildIfChanged } from '../scripts/build-if-changed.ts';
import { freePort, killHard, spawnServer } from '../test/support/child.ts';
import { now, sleep } from './stats.ts';

export const BENCH_TOKEN = 'bench-host-token-0123456789';
const root = path.resolve(import.meta.dirname, '..');

export interface Child {
  process: ChildProcess;
  pid: number;
  url: string;
  stop: () => Promise<void>;
}

const wrap = (process: ChildProcess, port: number): Child => ({
  process,
  pid: process.pid ?? -1,
  url: `http://127.0.0.1:${port}`,
  stop: () => killHard(process),
});

/** Leitai as `npm start` runs it: the compiled server (built first if its sources changed). */
export async function startLeitaiChild(dataDir: string): Promise<Child> {
  const port = await freePort();
  await buildIfChanged('server');
  return wrap(await spawnServer(dataDir, port, BENCH_TOKEN, path.join(root, 'dist/server/main.js')), port);
}

/** Polls /healthz every 5 ms; resolves with the time from spawn to the first 200. */
export async function waitHealthy(child: ChildProcess, url: string, t0: number, timeoutMs = 60_000): Promise<number> {
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  while (now() - t0 < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`exited: ${stderr}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) return now() - t0;
    } catch {
      // not listening yet
    }
    await sleep(5);
  }
  child.kill('SIGKILL');
  throw new Error(`not healthy after ${timeoutMs} ms: ${stderr}`);
}

/** The bare floor; `dataDir` takes its durable floor's log (bench/bare-server.ts). */
export async function startBareChild(dataDir: string): Promise<Child> {
  const port = await freePort();
  const t0 = now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/bare-server.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const c = wrap(child, port);
  await waitHealthy(child, c.url, t0);
  return c;
}

/** Starts `server/main.ts` on DATA_DIR and times spawn -> first healthy /healthz. */
export async function timeLeitaiStart(dataDir: string): Promise<{ ms: number; child: Child }> {
  const port = await freePort();
  // The build check (`npm start` runs it first, ~0.4 s under tsx) is not the server's start: a
  // supervisor restarting a crashed server runs dist/server/main.js itself (docs/deployment.md).
  await buildIfChanged('server');
  const t0 = now();
  const child = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'dist/server/main.js')], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LEITAI_HOST_TOKEN: BENCH_TOKEN, PUBLIC_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = await waitHealthy(child, `http://127.0.0.1:${port}`, t0);
  return { ms, child: wrap(child, port) };
}
