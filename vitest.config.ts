import { defineConfig } from 'vitest/config';

// `npm test` runs every project: the pipeline's tests, the site's unit tests, and the
// browser tests against a built site (which build it first, in their global setup).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'pipeline', include: ['test/pipeline/**/*.test.ts'] } },
      'test/site/vitest.config.ts',
      'test/browser/vitest.config.ts',
      'test/bench/vitest.config.ts',
      'test/desk/vitest.config.ts',
    ],
  },
});
