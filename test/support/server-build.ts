// Builds the compiled server once per test project into its own folder, for the tests that run it
// as a child process (test/support/child.ts serverArgs): what `npm start` and `npm run edge` run.
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildIfChanged } from '../../scripts/build-if-changed.ts';

const root = path.resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject) {
  // Under the project, as dist/server is, so that the build finds node_modules from there.
  const outDir = path.join(root, 'test-output', `server-${process.pid}-${project.name || 'root'}`);
  try {
    await buildIfChanged('server', outDir);
    project.provide('serverDir', outDir);
  } catch (e) {
    // Only the tests that start a child server need it; they fail with this message.
    project.provide('serverDir', `BUILD FAILED: ${(e as Error).message}`);
  }
  return () => fs.rmSync(outDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    serverDir: string;
  }
}
