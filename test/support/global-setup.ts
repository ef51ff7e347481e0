// Builds the client once per test run into its own folder, for the browser tests.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { sharedBuild } from './shared-build.ts';

const root = path.resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject) {
  const outDir = path.join(root, 'test-output', `client-${process.pid}`);
  const { result, release } = await sharedBuild(outDir, () => {
    // NODE_ENV as npm start's build has it: vitest sets it to "test", which vite would pass on,
    // and the pages would run React's development build instead of what phones get.
    execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--logLevel', 'warn'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
  });
  project.provide('clientDir', result);
  return release;
}

declare module 'vitest' {
  export interface ProvidedContext {
    clientDir: string;
  }
}
