import { describe, expect, test } from 'vitest';
import { exportParts } from '../../../src/lib/exports';
import { indexCorpus } from '../../../src/lib/index-corpus';
import { loadFixtureCorpus } from '../fixtures/load';

const { claims, articles } = loadFixtureCorpus();
const urlOf = (id: string) => `https://claimtrail.example/claims/${id}/`;

describe('the claims export in parts', () => {
  test('parts stay within their size, keep id order and hold every claim once', () => {
    const corpus = indexCorpus(claims, articles);
    const lineBytes = corpus.claims.map((claim) => Buffer.byteLength(`${JSON.stringify({ ...claim, url: urlOf(claim.id) })}\n`));
    const limit = Math.max(...lineBytes) + 10;
    const parts = exportParts(corpus, urlOf, limit);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.bytes).toBeLessThanOrEqual(limit);
    expect(parts.flatMap((part) => part.claims.map((c) => c.id))).toEqual(corpus.claims.map((c) => c.id));
    const first = JSON.parse(parts[0]!.lines[0]!);
    expect(first).toMatchObject({ id: corpus.claims[0]!.id, url: urlOf(corpus.claims[0]!.id), outlets: corpus.claims[0]!.outlets });
    expect(first).not.toHaveProperty('body');
  });

  test('a claim larger than a part still gets a part of its own', () => {
    const corpus = indexCorpus(claims, articles);
    const parts = exportParts(corpus, urlOf, 10);
    expect(parts).toHaveLength(corpus.claims.length);
  });
});
