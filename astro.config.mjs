// @ts-check
import claimtrail from './src/integration.ts';

// No import from 'astro/config' at run time: the extractor imports this file in plain Node to
// read the desk's options, and loading Astro would cost it a second. The type still checks.
/** @type {import('astro').AstroUserConfig} */
export default {
  trailingSlash: 'always',
  integrations: [
    // The desk's configuration: every option is described in README, "For newsrooms".
    // `SITE` and `BASE` in the environment override `site` and `base`.
    claimtrail({
      title: 'claimtrail',
      description: 'Every claim made in the news about Vladimir Putin’s visit to North Korea in June 2024, traced to the sentences that reported it.',
      site: 'https://claimtrail.example',
      base: '/',
      organisation: { name: 'claimtrail' },
      language: 'en',
      locale: 'en-GB',
      republishing: { policy: 'marked', outlets: [] },
    }),
  ],
};
