import { defineProject } from 'vitest/config';

// A newsroom's use of claimtrail: its configuration, a second desk's build, the working loop
// (npm run dev, npm run add), the hosting limits of a larger build, and astro check.
export default defineProject({
  test: {
    name: 'desk',
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/desk/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 300_000,
    // Builds and dev servers are heavy on a 2-core runner: one file at a time.
    fileParallelism: false,
    // A group of its own, so its builds never run beside the browser project's (whose files also
    // build sites): Astro builds share their content store in node_modules/.astro.
    sequence: { groupOrder: 1 },
  },
});
