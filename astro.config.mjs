// @ts-check
import { defineConfig } from 'astro/config';

// `SITE` and `BASE` let the same build live at a domain root or under a sub-path.
export default defineConfig({
  site: process.env.SITE ?? 'https://claimtrail.example',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
});
