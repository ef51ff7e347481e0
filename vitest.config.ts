import { defineConfig } from 'vitest/config';

/**
 * The tests that measure time or load the box on purpose (the crash loop, the load limits, the
 * benchmarks' smoke runs, the scale-out leases, kill -9 under a burst) run one file at a time,
 * after the rest; everything else runs two files at a time, as many as the boxes have cores.
 */
const ALONE = ['test/reliability/**/*.test.ts', 'test/bench/**/*.test.ts', 'test/cluster/**/*.test.ts', 'test/integration/kill.test.ts'];

// Separate from vite.config.ts, whose root is the client folder. Each project builds what its
// tests start (global-setup.ts: the client for the browser tests; server-build.ts: the compiled
// server for the child-process tests), so neither is set at the top, where it would run again.
export default defineConfig({
  test: {
    testTimeout: 20000,
    hookTimeout: 30000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'parallel',
          include: ['test/**/*.test.ts'],
          exclude: ALONE,
          globalSetup: ['test/support/global-setup.ts', 'test/support/server-build.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'alone', include: ALONE, globalSetup: ['test/support/server-build.ts'], maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
