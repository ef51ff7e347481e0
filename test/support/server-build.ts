// Builds the compiled server once per test run into its own folder, for the tests that run it as
// a child process (test/support/child.ts serverArgs): what `npm start` and `npm run edge` run.
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildIfChanged } from '../../scripts/build-if-changed.ts';
import { sharedBuild } from './shared-build.ts';

const root = path.resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject) {
  // Under the project, as dist/server is, so that the build finds node_modules from there.
  const outDir = path.join(root, 'test-output', `server-${process.pid}`);
  const { result, release } = await sharedBuild(outDir, async () => void (await buildIfChanged('server', outDir)));
  project.provide('serverDir', result);
  return release;
}

declare module 'vitest' {
  export interface ProvidedContext {
    serverDir: string;
  }
}
