import path from 'node:path';

/**
 * Where screenshots go: docs/screenshots/ only when asked (`npm run screenshots`), so that a test
 * run never rewrites tracked files; otherwise an ignored folder, where they can still be looked at.
 */
export const SCREENSHOTS = path.resolve(
  import.meta.dirname,
  '../..',
  process.env.LEITAI_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-output/screenshots',
);
