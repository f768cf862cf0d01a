import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../scripts/pipeline/article/split.ts';
import { cleanArticle } from '../../../scripts/pipeline/article/clean.ts';
import { seed } from '../helpers.ts';

describe('split', () => {
  it('splits at sentence ends, after closing quotes', () => {
    const p =
      'Earlier on Wednesday, Putin said a “new fundamental document has been prepared that will lay the groundwork for our relations in the long term.” Ahead of the top-level meeting, Ushakov explained the need for a new accord.';
    expect(splitSentences(p).map((s) => s.text)).toEqual([
      'Earlier on Wednesday, Putin said a “new fundamental document has been prepared that will lay the groundwork for our relations in the long term.”',
      'Ahead of the top-level meeting, Ushakov explained the need for a new accord.',
    ]);
  });

  it('does not split after abbreviations, initials or a mid-sentence ellipsis', () => {
    expect(splitSentences('Mr. Lee met U.S. officials on Jan. 5 in Seoul. They talked.').map((s) => s.text)).toEqual([
      'Mr. Lee met U.S. officials on Jan. 5 in Seoul.',
      'They talked.',
    ]);
    expect(splitSentences('Russia received more than 10,000 shipping containers – the equivalent of… 260,000 metric tons.')).toHaveLength(1);
  });

  it('returns exact substrings of every seed paragraph', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const article = seed(prefix);
      for (const p of cleanArticle(article.blocks, article.meta))
        for (const s of splitSentences(p.text)) expect(p.text.slice(s.start, s.start + s.text.length)).toBe(s.text);
    }
  });
});
