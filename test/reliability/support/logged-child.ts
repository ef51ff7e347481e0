// `npm start` as a child process whose stdout and stderr are kept, to check what reaches the
// logs. Same start-up as test/support/child.ts, which throws the output away.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { serverArgs } from '../../support/child.ts';

const root = path.resolve(import.meta.dirname, '../../..');

export interface LoggedChild {
  child: ChildProcess;
  output: () => string;
  /** SIGTERM (a normal stop), resolved once the process has exited. */
  stop: () => Promise<void>;
}

export async function spawnLogged(dataDir: string, port: number, hostToken: string): Promise<LoggedChild> {
  const child = spawn(process.execPath, serverArgs('main'), {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LEITAI_HOST_TOKEN: hostToken, PUBLIC_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += String(d)));
  child.stderr?.on('data', (d) => (out += String(d)));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${out}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200) return { child, output: () => out, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become healthy: ${out}`);
}
