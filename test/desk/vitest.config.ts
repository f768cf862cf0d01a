import { defineProject } from 'vitest/config';

// A newsroom's use of claimtrail: its configuration, a second desk's build, the working loop
// (npm run dev, npm run add), the hosting limits of a larger build, and astro check.
export default defineProject({
  test: {
    name: 'desk',
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/desk/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 240_000,
    // Builds and dev servers are heavy on a 2-core runner: one file at a time.
    fileParallelism: false,
    // After the other projects: Astro builds share node_modules/.astro (the content store), so a
    // build here must not run while the browser project builds its sites.
    sequence: { groupOrder: 1 },
  },
});
