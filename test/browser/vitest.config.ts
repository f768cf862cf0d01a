import { defineProject } from 'vitest/config';

// Builds the site (three variants) once, serves them on localhost, then drives Chromium.
export default defineProject({
  test: {
    name: 'browser',
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One Chromium at a time is plenty on a 2-core runner.
    fileParallelism: false,
  },
});
