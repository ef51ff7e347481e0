// Builds the client once per test run into its own folder, for the browser tests.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const root = path.resolve(import.meta.dirname, '../..');

export default function setup(project: TestProject) {
  const outDir = path.join(root, 'test-output', `client-${process.pid}`);
  try {
    // NODE_ENV as npm start's build has it: vitest sets it to "test", which vite would pass on,
    // and the pages would run React's development build instead of what phones get.
    execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--logLevel', 'warn'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    project.provide('clientDir', outDir);
  } catch (e) {
    // Only the browser tests need the client; they fail with this message, the rest still run.
    const err = e as { stderr?: Buffer; message: string };
    project.provide('clientDir', `BUILD FAILED: ${err.stderr?.toString() || err.message}`);
  }
  return () => fs.rmSync(outDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    clientDir: string;
  }
}
