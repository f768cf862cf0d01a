/**
 * Describe, matching keys: what a sentence can be matched on when merging across outlets
 * (distinctive phrases, words, figures, the people and places it names). They depend on the
 * sentence alone, so they are worked out once per article, in the workers, and cached with it;
 * the merge then only compares them. Keys are 30-bit hashes in sorted lists: compact, and a
 * rare collision only costs a comparison that the other keys settle.
 */
import type { Person, Quantity } from '../../../src/schema.ts';
import { asciiFold, hash32, stem, stopwords } from '../text.ts';
import { quantityKey } from './quantities.ts';
import { countryOf, isTitleWord, nameKey } from './people.ts';

export interface MatchingKeys {
  /** Distinctive three-word phrases. */
  shingles: number[];
  /** Content words, stemmed, synonyms folded. */
  terms: number[];
  /** Terms from lowercase words: what a sentence says, not whom it names. */
  plainTerms: number[];
  /** Figures with their unit ("120 drones"); small counts say too little. */
  figures: number[];
  /** Words that are part of a figure ("years", "drones"): agreeing on them is not agreeing on what is measured. */
  figureWords: number[];
  /** Parts of the folded names of the people named. */
  people: number[];
  /** Names of people, places and bodies inside the sentence, with the countries they stand for. */
  names: number[];
  /** The sentence's content words as a whole, for copies (syndicated wire copy, retyped quotes); 0 if too short to tell. */
  signature: number;
}

/** Words news uses interchangeably for one thing. */
const synonyms: Record<string, string> = {
  trip: 'visit', visited: 'visit', visits: 'visit', negotiations: 'talk', negotiation: 'talk', talks: 'talk',
  discussions: 'talk', discussion: 'talk', agreement: 'treaty', accord: 'treaty', pact: 'treaty',
  gave: 'give', gifted: 'give', gift: 'give', gifts: 'give', presented: 'give', handed: 'give',
};

function termOf(word: string): string {
  const lower = word.toLowerCase();
  return synonyms[lower] ?? stem(lower);
}

/** Phrases about the reporting itself ("Tass news agency reports") say nothing about the claim. */
const reportingWords = new Set(['news', 'agency', 'agencies', 'media', 'wire', 'wires', 'state-run', 'reported', 'reporting', 'reportedly', 'statement', 'outlet', 'outlets']);

/** Three-word phrases with at least two content words, skipping phrases made only of names. */
function shinglesOf(quote: string): string[] {
  const tokens = [...quote.normalize('NFKC').matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)].map((m) => m[0]);
  const lower = tokens.map((t) => t.toLowerCase());
  const terms = tokens.map((t) => termOf(asciiFold(t)));
  const out = new Set<string>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    let content = 0;
    let names = 0;
    let reporting = false;
    for (let j = i; j < i + 3; j++) {
      if (reportingWords.has(lower[j])) reporting = true;
      if (stopwords.has(lower[j])) continue;
      content++;
      if (/^\p{Lu}/u.test(tokens[j])) names++;
    }
    if (content < 2 || names === content || reporting) continue;
    out.add(`${terms[i]} ${terms[i + 1]} ${terms[i + 2]}`);
  }
  return [...out];
}

/**
 * Capitalised runs after the first word ("Pyongyang", "North Korean", "Vladimir Putin"): each
 * word folded, plus the country a run stands for, so "Pyongyang" meets "the North Korean capital".
 */
function namesIn(quote: string): Set<string> {
  const names = new Set<string>();
  for (const m of quote.normalize('NFKC').matchAll(/(?<=[\p{L}\p{N},;)]\s+)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu)) {
    const run = m[0].replace(/['’]s$/, '');
    const country = countryOf(run);
    if (country) names.add(country.toLowerCase());
    for (const word of run.split(/\s+/)) {
      const folded = asciiFold(word).replace(/['’]s$/, '');
      if (folded.length > 2 && !stopwords.has(folded) && !isTitleWord(folded)) names.add(folded);
      const wordCountry = countryOf(word);
      if (wordCountry) names.add(wordCountry.toLowerCase());
    }
  }
  return names;
}

/** Sorted, distinct 30-bit hashes: small integers V8 stores unboxed, and sorted lists intersect in one pass. */
const hashAll = (keys: Iterable<string>) => [...new Set([...keys].map((k) => hash32(k) >>> 2))].sort((a, b) => a - b);

export function matchingKeys(quote: string, quantities: Quantity[], people: Person[]): MatchingKeys {
  const keep = (w: string) => w.length > 2 && !stopwords.has(w) && !/^\d+$/.test(w);
  const words = [...asciiFold(quote).matchAll(/[a-z0-9]+/g)].map((m) => m[0]);
  const lowercase = [...quote.normalize('NFKC').matchAll(/(?<![\p{L}])\p{Ll}+/gu)].map((m) => asciiFold(m[0]));
  const terms = words.filter(keep).map(termOf);
  return {
    shingles: hashAll(shinglesOf(quote)),
    terms: hashAll(terms),
    plainTerms: hashAll(lowercase.filter(keep).map(termOf)),
    figures: hashAll(quantities.filter((q) => q.unit !== 'count' || q.value >= 10).map(quantityKey)),
    figureWords: hashAll(quantities.flatMap((q) => [q.unit, ...(q.counts ?? '').split(' ')].map((w) => termOf(asciiFold(w))))),
    people: hashAll(people.flatMap((p) => nameKey(p.name).split(' '))),
    names: hashAll(namesIn(quote)),
    signature: terms.length >= 5 ? hash32(terms.join(' ')) : 0,
  };
}
