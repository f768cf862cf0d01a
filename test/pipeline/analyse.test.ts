import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../scripts/pipeline/article/analyse.ts';

describe('analyseArticle', () => {
  it('reads words that are also names of JavaScript object properties like any other word', () => {
    // "constructor" once made every article containing it fail: a word table answered with Object's own function.
    const text =
      'The constructor said the new bridge would cost 5 million dollars and employ 300 constructor workers, the ministry said on Monday.\n\n' +
      'A Constructor Group official, Valueof Hasownproperty, told reporters the toString valueOf deal was worth 40 million euros on Tuesday.\n';
    const { candidates } = analyseArticle('wire.txt', Buffer.from(text));
    expect(candidates.map((c) => c.quote)).toHaveLength(2);
    expect(candidates[0].quantities).toContainEqual(expect.objectContaining({ value: 5e6 }));
    expect(candidates[1].quantities).toContainEqual(expect.objectContaining({ value: 4e7 }));
  });
});
