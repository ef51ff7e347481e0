import { defineConfig } from 'vitest/config';

// Separate from vite.config.ts, whose root is the client folder.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20000,
    hookTimeout: 30000,
    pool: 'forks',
    globalSetup: ['test/support/global-setup.ts'],
  },
});
