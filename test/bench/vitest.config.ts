import { defineProject } from 'vitest/config';

// The CI-sized benchmark: the smallest corpus through the real pipeline, asserting its output.
export default defineProject({
  test: {
    name: 'bench',
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/bench/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
