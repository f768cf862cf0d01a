/**
 * The claimtrail Astro integration: `claimtrail({ title, organisation, ... })` in
 * `astro.config.mjs` is the desk's whole configuration, the way Starlight is configured.
 * Options are validated when the build starts (errors name astro.config.mjs, the field and
 * what was expected); the site address and base path are set from them.
 *
 * Only type imports from Astro: the extractor imports astro.config.mjs (through
 * `src/lib/desk-config.ts`) in plain Node to read the same options, and loading Astro would
 * cost it a second.
 */
import type { AstroIntegration } from 'astro';
import { readConfig, type ClaimtrailOptions, type OptionsCarrier } from './lib/desk-config.ts';

export default function claimtrail(options: ClaimtrailOptions = {}): AstroIntegration & OptionsCarrier {
  return {
    name: 'claimtrail',
    claimtrailOptions: options,
    hooks: {
      'astro:config:setup': async ({ config: astroConfig, updateConfig, addWatchFile }) => {
        const root = decodeURIComponent(astroConfig.root.pathname);
        const config = await readConfig({ root, inline: { options } });
        if (process.env.CLAIMTRAIL_CONFIG) addWatchFile(new URL(process.env.CLAIMTRAIL_CONFIG, astroConfig.root));
        updateConfig({ site: config.site, base: config.base });
      },
    },
  };
}
