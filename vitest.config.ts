import { defineConfig } from 'vitest/config';

/**
 * The tests that measure time or load the box on purpose (the crash loop, the load limits, the
 * benchmarks' smoke runs, the scale-out leases, kill -9 under a burst) run one file at a time,
 * after the rest; everything else runs two files at a time, as many as the boxes have cores.
 */
const ALONE = ['test/reliability/**/*.test.ts', 'test/bench/**/*.test.ts', 'test/cluster/**/*.test.ts', 'test/integration/kill.test.ts'];

// Separate from vite.config.ts, whose root is the client folder. The builds the tests start
// (global-setup.ts: the client for the browser tests; server-build.ts: the compiled server for the
// child-process tests) are made once for the run and shared by the projects (shared-build.ts).
export default defineConfig({
  test: {
    testTimeout: 20000,
    hookTimeout: 30000,
    // expect.poll waits 1 s by default: a page reloading and reconnecting on a box running two
    // test files can take longer than that, and a poll that succeeds returns at once anyway.
    expect: { poll: { timeout: 5000 } },
    pool: 'forks',
    globalSetup: ['test/support/global-setup.ts', 'test/support/server-build.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'parallel',
          include: ['test/**/*.test.ts'],
          exclude: ALONE,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'alone', include: ALONE, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
