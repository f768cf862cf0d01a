import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { config } from '../lib/config';
import { loadCorpus } from '../lib/corpus';
import { deskRatingScale } from '../lib/desk';
import { standingOf, standingPhrase } from '../lib/standing';
import { t } from '../lib/format';
import { absoluteUrl, paths } from '../lib/paths';

/** The feed carries the most recently updated claims; the full set is in claims.json. */
const FEED_SIZE = 100;

export const GET: APIRoute = async ({ site }) => {
  const corpus = await loadCorpus();
  const recent = [...corpus.claims].sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id)).slice(0, FEED_SIZE);
  return rss({
    title: t.layout.feedTitle(config.title),
    description: t.feed.description,
    customData: `<language>${config.language}</language>`,
    site: absoluteUrl(paths.home(), site),
    items: recent.map((claim) => ({
      title: claim.title,
      link: absoluteUrl(paths.claim(claim.id), site),
      // The last update, a review included: a newly rated claim comes back to the top of the feed.
      pubDate: new Date(`${claim.updated}T00:00:00Z`),
      // The rating first (or the sourcing, said to be unrated), as everywhere the claim appears.
      description: `${standingPhrase(standingOf(claim, deskRatingScale()))}: ${claim.claim} (${claim.outlets.join(', ')})`,
      categories: [claim.category],
    })),
  });
};
