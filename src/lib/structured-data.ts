/**
 * schema.org JSON-LD for a claim page: `ClaimReview` once an editor has given a verdict,
 * otherwise the `Claim` itself with where it appeared.
 */
import type { ArticleEntry } from '../schema';
import { ratingFor, type RatingScale } from './rating';
import { config, type ClaimtrailConfig } from './config';
import { claimantOf } from './claimant';
import { firstRecorded, verdictLabel } from './format';
import { CLAIM_PAGE_LIMITS } from './limits';
import type { Claim } from './index-corpus';
import { outletOf } from './index-corpus';

function appearances(claim: Claim, articleBySlug: Map<string, ArticleEntry>, articleUrl: (slug: string) => string) {
  const seen = new Set<string>();
  return claim.sources.flatMap((source) => {
    if (seen.has(source.article)) return [];
    seen.add(source.article);
    const article = articleBySlug.get(source.article);
    return [
      {
        '@type': 'CreativeWork',
        url: source.url ?? article?.url ?? articleUrl(source.article),
        headline: source.title ?? article?.title,
        datePublished: source.published ?? article?.published,
        publisher: { '@type': 'Organization', name: outletOf(source, articleBySlug) },
      },
    ];
  });
}

/** The publishing organisation as schema.org wants it; a logo given as a path is made absolute from the home page. */
function organisationNode({ name, url, logo }: ClaimtrailConfig['organisation'], homeUrl: string) {
  return { '@type': 'Organization', name, url: url ?? homeUrl, ...(logo ? { logo: new URL(logo.replace(/^\//, ''), homeUrl).href } : {}) };
}

export function claimJsonLd(
  claim: Claim,
  {
    permalink,
    homeUrl,
    articleBySlug,
    articleUrl,
    organisation = config.organisation,
    ratingScale = config.ratingScale,
  }: {
    permalink: string;
    homeUrl: string;
    articleBySlug: Map<string, ArticleEntry>;
    articleUrl: (slug: string) => string;
    /** Default: the desk's, from the configuration. */
    organisation?: ClaimtrailConfig['organisation'];
    ratingScale?: RatingScale;
  },
): Record<string, unknown> {
  const appearance = appearances(claim, articleBySlug, articleUrl).slice(0, CLAIM_PAGE_LIMITS.appearances);
  // Who made the claim: the editor's claimant, else the extracted speaker, as a person or an organisation.
  const claimant = claimantOf(claim);
  const claimNode = {
    '@type': 'Claim',
    name: claim.title,
    text: claim.claim,
    ...(claim.date ? { datePublished: claim.date } : {}),
    ...(claimant ? { author: { '@type': claimant.type, name: claimant.name } } : {}),
    appearance,
    ...(appearance[0] ? { firstAppearance: appearance[0] } : {}),
  };
  const publisher = organisationNode(organisation, homeUrl);
  if (!claim.verdict) {
    return { '@context': 'https://schema.org', ...claimNode, url: permalink, dateModified: claim.updated, sdPublisher: publisher };
  }
  const scale = ratingScale;
  const rating = ratingFor(claim.verdict, scale);
  const label = rating?.label ?? verdictLabel(claim.verdict);
  // The review is published when the desk gave its verdict: the review date, else the history's verdict line.
  const verdictLine = [...claim.history].reverse().find((item) => item.change === 'verdict set' || item.change === 'verdict changed');
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: permalink,
    name: claim.title,
    claimReviewed: claim.claim,
    datePublished: claim.reviewed ?? verdictLine?.date ?? firstRecorded(claim.history),
    dateModified: claim.updated,
    author: publisher,
    publisher,
    // The reviewer: the person who gave the verdict, for the publishing organisation.
    ...(claim.reviewed_by ? { editor: { '@type': 'Person', name: claim.reviewed_by, worksFor: publisher } } : {}),
    reviewRating: {
      '@type': 'Rating',
      name: label,
      alternateName: label,
      ...(rating?.value !== undefined ? { ratingValue: rating.value, bestRating: scale.best, worstRating: scale.worst } : {}),
      ...(claim.note?.trim() ? { ratingExplanation: claim.note.trim() } : {}),
    },
    itemReviewed: claimNode,
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no string can close the tag. */
export const serializeJsonLd = (data: unknown): string =>
  JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
