import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { config } from '../lib/config';
import { loadCorpus } from '../lib/corpus';
import { statusLabel } from '../lib/format';
import { absoluteUrl, paths } from '../lib/paths';

/** The feed carries the most recently updated claims; the full set is in claims.json. */
const FEED_SIZE = 100;

export const GET: APIRoute = async ({ site }) => {
  const corpus = await loadCorpus();
  const recent = [...corpus.claims].sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id)).slice(0, FEED_SIZE);
  return rss({
    title: `${config.title}: claims`,
    description: 'New and updated fact-check claims, each traced to its sources.',
    site: absoluteUrl(paths.home(), site),
    items: recent.map((claim) => ({
      title: claim.title,
      link: absoluteUrl(paths.claim(claim.id), site),
      pubDate: new Date(`${claim.updated}T00:00:00Z`),
      description: `${claim.claim} (${statusLabel(claim.status)}, ${claim.outlets.join(', ')})`,
      categories: [claim.category],
    })),
  });
};
