// A real redis-server (Debian's) for the scale-out tests: a free port, a temporary directory, no
// persistence. Stopping and starting it again on the same port is how a test takes Redis away.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort, serverArgs } from './child.ts';

const BINARY = '/usr/bin/redis-server';

export interface TestRedis {
  port: number;
  url: string;
  /** Stops the server (SIGKILL: an outage, not a tidy shutdown). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => (s.end(), resolve(true)));
    s.on('error', () => resolve(false));
  });
}

export async function startRedis(): Promise<TestRedis> {
  if (!fs.existsSync(BINARY)) throw new Error(`${BINARY} is missing: apt-get install redis-server (.ci/run does)`);
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-redis-'));
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(BINARY, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const deadline = Date.now() + 5000;
    while (!(await listening(port))) {
      if (Date.now() > deadline) throw new Error('redis-server did not start');
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      const c = child;
      child = null;
      if (!c || c.exitCode !== null) return resolve();
      c.once('exit', () => resolve());
      c.kill('SIGKILL');
    });
  await start();
  return { port, url: `redis://127.0.0.1:${port}`, start, stop };
}

/**
 * An edge as a child process, so a test can SIGKILL it: the test run's compiled edge-main.js
 * (what `npm run edge` runs; serverArgs), or with `compiled` another build's.
 */
export async function spawnEdge(redisUrl: string, port: number, publicUrl: string, compiled?: string): Promise<import('node:child_process').ChildProcess> {
  const root = path.resolve(import.meta.dirname, '../..');
  const args = compiled ? ['--enable-source-maps', compiled] : serverArgs('edge-main');
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, REDIS_URL: redisUrl, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: publicUrl },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`edge exited: ${stderr}`);
    if (await listening(port)) return child;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`edge did not start: ${stderr}`);
}
