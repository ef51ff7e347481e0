// Runs the server as a child process, as `npm start` would, so it can be SIGKILLed.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { inject } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Node's arguments to run an entry point of the server: in a test run, the compiled build made
 * once for the run (test/support/global-setup.ts), which is what `npm start` and `npm run edge`
 * run and starts without compiling TypeScript (~0.5 s a start, and the reliability tests start
 * the server a hundred times); outside vitest (scripts/soak.ts), the source under tsx.
 */
export function serverArgs(entry: 'main' | 'edge-main'): string[] {
  if (process.env.VITEST) {
    const dir = inject('serverDir');
    if (dir.startsWith('BUILD FAILED')) throw new Error(`the compiled server was not built: ${dir}`);
    return ['--enable-source-maps', path.join(dir, `${entry}.js`)];
  }
  return ['--import', 'tsx', path.join(root, 'server', `${entry}.ts`)];
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Starts the server (serverArgs), or with `compiled` the main.js of another build. */
export async function spawnServer(dataDir: string, port: number, hostToken: string, compiled?: string): Promise<ChildProcess> {
  const args = compiled ? ['--enable-source-maps', compiled] : serverArgs('main');
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LEITAI_HOST_TOKEN: hostToken, PUBLIC_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  child.stdout?.resume();
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.status === 200) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become healthy: ${stderr}`);
}

export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
