import { describe, expect, test } from 'vitest';
import { indexCorpus } from '../../../src/lib/index-corpus';
import { claimJsonLd, serializeJsonLd } from '../../../src/lib/structured-data';
import { deskOrganisation } from '../../../src/lib/desk';
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

  test("a reviewed claim's ClaimReview has every field Google requires and recommends, from the review", () => {
    // Google Search Central, "Fact check (ClaimReview) structured data": required and recommended properties.
    const required = ['claimReviewed', 'reviewRating', 'url', 'reviewRating.alternateName'];
    const recommended = [
      'author', 'author.name', 'author.url', 'datePublished', 'itemReviewed',
      'itemReviewed.author', 'itemReviewed.author.name', 'itemReviewed.datePublished', 'itemReviewed.appearance', 'itemReviewed.firstAppearance',
      'reviewRating.bestRating', 'reviewRating.name', 'reviewRating.ratingValue', 'reviewRating.worstRating',
    ];
    const at = (data: unknown, path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
    const claim = corpus.claimById.get('belousov-in-russian-delegation')!;
    const data = claimJsonLd(claim, options(claim.id));
    expect([...required, ...recommended].filter((path) => at(data, path) === undefined || at(data, path) === '')).toEqual([]);
    expect(data).toMatchObject({
      '@type': 'ClaimReview',
      url: 'https://claimtrail.example/claims/belousov-in-russian-delegation/',
      // The review's own date and reviewer, not the entry's creation.
      datePublished: '2024-06-22',
      editor: { '@type': 'Person', name: 'Jane Doe' },
      author: { '@type': 'Organization', name: deskOrganisation().name },
      reviewRating: {
        '@type': 'Rating',
        alternateName: 'Mostly true',
        ratingValue: 4,
        bestRating: 5,
        worstRating: 1,
        ratingExplanation: "Both outlets name him; the Kremlin's own list spells his first name Andrey.",
      },
      // The editor named the claimant: the delegation list is the Kremlin's.
      itemReviewed: { '@type': 'Claim', datePublished: '2024-06-19', author: { '@type': 'Organization', name: 'the Kremlin' } },
    });
    expect(at(data, 'itemReviewed.author.name')).not.toBe(deskOrganisation().name);
  });

  test('the claimant is the editor’s when set, typed as a person or an organisation', () => {
    const claim = corpus.claimById.get('talks-lasted-an-hour-and-a-half')!;
    // No speaker was extracted for this entry: no claimant is named rather than a guess.
    expect(claimJsonLd(claim, options(claim.id)).author).toBeUndefined();
    const withClaimant = { ...claim, claimant: 'Dmitry Peskov', people: [{ name: 'Dmitry Peskov', slug: 'dmitry-peskov' }] };
    expect(claimJsonLd(withClaimant, options(claim.id))).toMatchObject({ author: { '@type': 'Person', name: 'Dmitry Peskov' } });
    const kremlin = { ...claim, attribution: { speaker: 'the Kremlin', via: [], kind: 'reported' as const } };
    expect(claimJsonLd(kremlin, options(claim.id))).toMatchObject({ author: { '@type': 'Organization', name: 'the Kremlin' } });
  });
});
