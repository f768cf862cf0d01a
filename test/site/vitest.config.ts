import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'site',
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/site/**/*.test.ts'],
  },
});
