import { describe, expect, it } from 'vitest';
import { cleanArticle, isCredit } from '../../../scripts/pipeline/article/clean.ts';
import { seed } from '../helpers.ts';

const cleaned = (prefix: string) => {
  const article = seed(prefix);
  return cleanArticle(article.blocks, article.meta);
};
const texts = (prefix: string) => cleaned(prefix).map((p) => p.text);

describe('clean', () => {
  it('drops navigation, share buttons, timestamps and picture captions of the live blog', () => {
    const kept = texts('000');
    for (const junk of [/^Connect with us$/, /^Share$/, /^Updated at/, /Photograph:/, /^Continue Reading$/, /^Key events$/])
      expect(kept.filter((t) => junk.test(t))).toEqual([]);
    expect(kept).toContain('Lviv city is the administrative centre of the Lviv region in western Ukraine.');
  });

  it('keeps one copy of a block the live blog repeats', () => {
    const kept = texts('000').filter((t) => t.startsWith('We highly appreciate your consistent and unwavering support'));
    expect(kept).toHaveLength(1);
  });

  it('drops injected links, comment forms, credits and captions around pictures', () => {
    const kept = texts('003');
    expect(kept.some((t) => /^See also/.test(t))).toBe(false);
    expect(kept.some((t) => /Leave a Reply|will not be published/.test(t))).toBe(false);
    expect(kept.some((t) => /Getty Images|Pool\/Reuters/.test(t))).toBe(false);
    expect(kept.some((t) => /\(R\) and North Korea’s Supreme Leader/.test(t))).toBe(false);
    expect(kept.some((t) => t.includes('First visit to North Korea in 24 years.'))).toBe(true);
  });

  it('drops lists of unrelated headlines and follow prompts', () => {
    const kept = texts('004');
    expect(kept.some((t) => /Ohtani|Next In Aseanplus|Others Also Read|WhatsApp|Pool Photo via AFP/.test(t))).toBe(false);
    expect(kept.at(-1)).toMatch(/Hwang said\. - The Korea Heald\/ANN$/);
    expect(texts('002').some((t) => /MORE ON PUTIN|You may like|^By James Saunders|^Published:/.test(t))).toBe(false);
  });

  it('anchors each paragraph by its position in the file, so anchors survive cleaning changes', () => {
    const article = seed('001');
    for (const p of cleanArticle(article.blocks, article.meta)) {
      expect(p.id).toBe(`p-${p.index}`);
      expect(article.blocks[p.index - 1].text).toBe(p.text);
    }
  });

  it('recognises picture credits but not sentences', () => {
    expect(isCredit('Vladimir Smirnov/Sputnik/Pool/Reuters')).toBe(true);
    expect(isCredit('Stringer/Getty Images')).toBe(true);
    expect(isCredit('Reuters')).toBe(true);
    expect(isCredit('Reuters could not independently verify the reports.')).toBe(false);
  });
});
