/**
 * The interface dictionaries (src/lib/i18n.ts): every language has every entry (the type checks
 * that at build time; this checks it for the values too), no entry is left empty or left in
 * English, and a translation keeps the slots its pages fill in.
 */
import { describe, expect, test } from 'vitest';
import { dictionaries, dictionaryOf, fill, templateParts, type Dictionary } from '../../../src/lib/i18n';
import { apa, bibtex, chicago, mla, type CitedClaim } from '../../../src/lib/citation';

/** Every entry as `path → value`; functions are called with sample arguments so their text can be compared. */
function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (typeof value === 'function') {
    const text = (value as (...args: unknown[]) => unknown)('A', 'B', 'C', 'D', 'E', 'F');
    for (const [key, v] of leaves(text, `${prefix}()`)) out.set(key, v);
  } else if (value && typeof value === 'object') for (const [key, v] of Object.entries(value)) for (const [k, text] of leaves(v, prefix ? `${prefix}.${key}` : key)) out.set(k, text);
  return out;
}
const slots = (text: string) => templateParts(text).flatMap((part) => (typeof part === 'string' ? [] : [part.slot])).sort();

const english = leaves(dictionaries.en);
const languages = Object.keys(dictionaries).filter((l) => l !== 'en') as (keyof typeof dictionaries)[];

describe('interface dictionaries', () => {
  test.each(languages)('%s has every entry English has, none empty, and the same slots', (language) => {
    const other = leaves(dictionaries[language]);
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of other) {
      expect(text.trim(), key).not.toBe('');
      expect(slots(text), key).toEqual(slots(english.get(key)!));
    }
  });

  test('fr is translated: an entry reads as in English only where French uses the same word', () => {
    const other = leaves(dictionaries.fr);
    const same = [...other].filter(([key, text]) => text === english.get(key) && /[a-z]{3}/i.test(text)).map(([key]) => key);
    // "article", "source", "via", "Site", "Date", "Articles", "Original", "Citation", ", page 2", "Sources (3)"; mlaDate's sample arguments are not a date.
    const shared = ['nouns.article.one', 'nouns.article.many', 'nouns.source.one', 'nouns.source.many', 'pageNote()', 'layout.searchLandmark', 'cite.citation', 'citation.mlaDate()', 'claim.sources()', 'changes.date', 'outlets.articles', 'outlet.articles()', 'article.original', 'sources.via', 'claim.via()'];
    expect(same.filter((key) => !shared.includes(key))).toEqual([]);
  });

  test('a language tag finds its dictionary by its primary subtag; an unknown one finds none', () => {
    expect(dictionaryOf('fr-CA')).toBe(dictionaries.fr);
    expect(dictionaryOf('EN')).toBe(dictionaries.en);
    expect(dictionaryOf('de')).toBeUndefined();
  });

  test('templates: plain slots are filled, unknown ones kept; parts split at the slots', () => {
    expect(fill('{n} claims match; {m}', { n: 3 })).toBe('3 claims match; {m}');
    expect(templateParts('Browse by {category}, or {search}.')).toEqual(['Browse by ', { slot: 'category' }, ', or ', { slot: 'search' }, '.']);
  });

  test('the English history lines and counts read as they always have', () => {
    const en: Dictionary = dictionaries.en;
    expect(en.history.reportAdded('RT')).toBe('A report by RT was added as a source.');
    expect(en.history.reworded('Old text')).toBe('The claim was reworded; it used to read “Old text”.');
    expect(en.andMore('RT, CNN', '2')).toBe('RT, CNN and 2 more');
    expect(en.standing.rated('Mostly true')).toBe('Rated Mostly true');
  });

  test('citations: English by default, the French dictionary writes the dates and the rating bracket in French', () => {
    const cited: CitedClaim = { id: 'x', title: 'A claim', updated: '2024-08-02', permalink: 'https://v.example/claims/x/', publisher: 'Rédaction', site: 'Le Vérificateur', rating: 'Faux' };
    expect(apa(cited)).toBe('Rédaction. (2024, August 2). A claim [Fact check: Faux]. Le Vérificateur. https://v.example/claims/x/');
    const fr = dictionaries.fr.citation;
    expect(apa(cited, fr)).toBe('Rédaction. (2024, 2 août). A claim [Vérification\u00a0: Faux]. Le Vérificateur. https://v.example/claims/x/');
    expect(mla(cited, fr)).toContain('2 août 2024');
    expect(chicago(cited, fr)).toContain('Modifié le 2 août 2024.');
    expect(bibtex(cited, fr)).toContain('note = {Entrée d’affirmation, mise à jour le 2024-08-02}');
  });
});
