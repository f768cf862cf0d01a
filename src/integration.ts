/**
 * The claimtrail Astro integration: `claimtrail({ title, organisation, ... })` in
 * `astro.config.mjs` is the desk's whole configuration, the way Starlight is configured.
 * Options are validated when the build starts (errors name astro.config.mjs, the line, the
 * field and what was expected); the site address and base path are set from them, and the
 * sitemap (an index of files of at most 45,000 URLs, @astrojs/sitemap) is added.
 *
 * Only type imports from Astro at the top: the extractor imports astro.config.mjs (through
 * `src/lib/desk-config.ts`) in plain Node to read the same options, and loading Astro or the
 * sitemap integration would cost it a second.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readConfig, type ClaimtrailOptions, type OptionsCarrier } from './lib/desk-config.ts';
import { dictionaryOf, dictionaries } from './lib/i18n.ts';
import { inSitemap } from './lib/paths.ts';

/** Search engines take at most 50,000 URLs per sitemap file; stay clear of it. */
export const SITEMAP_URLS_PER_FILE = 45_000;
/** The head of a built page is enough to see `noindex` and the modification date. */
const HEAD_BYTES = 4096;

function readHead(file: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.toString('utf8', 0, fs.readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export default function claimtrail(options: ClaimtrailOptions = {}): AstroIntegration & OptionsCarrier {
  let outDir = '';
  let base = '/';
  const modified = new Map<string, string>();
  return {
    name: 'claimtrail',
    claimtrailOptions: options,
    hooks: {
      'astro:config:setup': async ({ config: astroConfig, updateConfig, addWatchFile, logger }) => {
        const root = fileURLToPath(astroConfig.root);
        const config = await readConfig({ root, inline: { options } });
        if (!dictionaryOf(config.language))
          logger.warn(`no interface dictionary for language "${config.language}" (there are: ${Object.keys(dictionaries).join(', ')}); the interface stays in English. Add one in src/lib/i18n.ts (README, "For newsrooms").`);
        if (process.env.CLAIMTRAIL_CONFIG) addWatchFile(new URL(process.env.CLAIMTRAIL_CONFIG, astroConfig.root));
        const { default: sitemap } = await import('@astrojs/sitemap');
        updateConfig({
          site: config.site,
          base: config.base,
          integrations: [
            sitemap({
              entryLimit: SITEMAP_URLS_PER_FILE,
              namespaces: { news: false, xhtml: false, image: false, video: false },
              // The page says itself whether it is one (see `inSitemap`); its head gives the date.
              filter: (page) => {
                const pathname = decodeURIComponent(new URL(page).pathname);
                const relative = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
                const head = readHead(path.join(outDir, relative, 'index.html'));
                if (head === undefined) return true;
                const date = /<meta property="article:modified_time" content="([^"]+)"/.exec(head)?.[1];
                if (date) modified.set(page, date);
                return inSitemap(head);
              },
              serialize: (item) => {
                const date = modified.get(item.url);
                return date ? { ...item, lastmod: date } : item;
              },
            }),
          ],
        });
      },
      // `npm run dev`: the pages read the content files themselves (src/lib/content-files.ts), so
      // the server watches them, has the next page read them again and reloads the browser.
      'astro:server:setup': async ({ server }) => {
        const { contentChanged, contentRoot } = await import('./lib/content-files.ts');
        const root = contentRoot();
        let reload: NodeJS.Timeout | undefined;
        const onChange = (file: string) => {
          const relative = path.relative(root, file);
          if (relative.startsWith('..') || path.isAbsolute(relative) || relative.split(path.sep).some((part) => part.startsWith('.'))) return;
          contentChanged();
          // An extraction writes many files: one reload once they have settled.
          clearTimeout(reload);
          reload = setTimeout(() => server.hot.send({ type: 'full-reload', path: '*' }), 100);
        };
        server.watcher.add(root);
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
      },
      'astro:config:done': ({ config: astroConfig }) => {
        outDir = fileURLToPath(astroConfig.outDir);
        base = astroConfig.base.endsWith('/') ? astroConfig.base : `${astroConfig.base}/`;
      },
    },
  };
}
