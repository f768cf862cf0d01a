import { describe, expect, test } from 'vitest';
import { indexCorpus } from '../../../src/lib/index-corpus';
import { claimJsonLd, serializeJsonLd } from '../../../src/lib/structured-data';
import { loadFixtureCorpus } from '../fixtures/load';

const { claims, articles } = loadFixtureCorpus();
const corpus = indexCorpus(claims, articles);
const options = (id: string) => ({
  permalink: `https://claimtrail.example/claims/${id}/`,
  homeUrl: 'https://claimtrail.example/',
  articleBySlug: corpus.articleBySlug,
  articleUrl: (slug: string) => `https://claimtrail.example/sources/${slug}/`,
});

describe('JSON-LD', () => {
  test('a claim without a verdict is a schema.org Claim with its appearances', () => {
    const data = claimJsonLd(corpus.claimById.get('lavrov-in-russian-delegation')!, options('lavrov-in-russian-delegation'));
    expect(data['@type']).toBe('Claim');
    expect(data.appearance).toEqual([
      expect.objectContaining({ url: 'https://www.rt.com/russia/599552-putin-north-korea-visit/', publisher: { '@type': 'Organization', name: 'RT' } }),
      expect.objectContaining({ publisher: { '@type': 'Organization', name: 'The Korea Herald' } }),
    ]);
  });

  test('a claim with a verdict is a ClaimReview of that claim', () => {
    const data = claimJsonLd(corpus.claimById.get('north-korea-supplies-munitions-to-russia')!, options('north-korea-supplies-munitions-to-russia'));
    expect(data).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'North Korea is providing significant munitions and other weapons to Russia for use in Ukraine.',
      reviewRating: { '@type': 'Rating', alternateName: 'Unproven' },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Antony Blinken' } },
    });
    expect(data.reviewRating).not.toHaveProperty('ratingValue');
  });

  test('serialises with no `<`, so a string cannot close the script tag', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
