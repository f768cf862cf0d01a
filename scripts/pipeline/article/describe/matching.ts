/**
 * Describe, matching keys: what a sentence can be matched on when merging across outlets
 * (distinctive phrases, words, figures, the people and places it names). They depend on the
 * sentence alone, so they are worked out once per article, in the workers, and cached with it;
 * the merge then only compares them. Keys are 30-bit hashes in sorted lists: compact, and a
 * rare collision only costs a comparison that the other keys settle.
 */
import type { Person, Quantity } from '../../../../src/schema.ts';
import { asciiFold, hash32, memoize, stem, stopwords } from '../../text.ts';
import { quantityKey } from './quantities.ts';
import { countryOf, isTitleWord, nameKey } from './people.ts';
import { clauseFrame, clauseSubject } from './clauses.ts';
import { verbsFor } from '../../lexicon/verbs.ts';
import { roleWords } from '../../lexicon/roles.ts';
import type { MatchingKeys } from '../../keys.ts';
import { wordsAboutReporting } from '../../lexicon/media.ts';
import { synonymClass } from '../../lexicon/synonyms.ts';


const termOf = memoize((word: string) => {
  const lower = word.toLowerCase();
  return synonymClass[lower] ?? stem(lower);
});

/** `countryOf` for the short runs of names a sentence has; they recur across articles. */
const countryOfName = memoize((name: string) => countryOf(name)?.toLowerCase());


interface TokenInfo {
  /** Hash of the word's term (stemmed, synonyms folded). */
  term: number;
  stop: boolean;
  reporting: boolean;
  capitalised: boolean;
  /** Content terms of its parts ("open-format" → open, format), hashed. */
  terms: number[];
  /** The same, from parts written in lowercase only. */
  plainTerms: number[];
}

/** 30-bit hash: small integers V8 stores unboxed. */
const key = (text: string) => hash32(text) >>> 2;
/** Hash of a sequence of hashes (a phrase, a sentence's terms), without building its string. */
function combine(hashes: number[]): number {
  let h = 0x811c9dc5;
  for (const x of hashes) h = mix(h, x);
  return (h >>> 2) & 0x3fffffff;
}
const mix = (h: number, x: number) => Math.imul(h ^ x, 0x01000193) ^ (h >>> 15);
/** `combine([a, b, c])` without the array: one per phrase. */
const combine3 = (a: number, b: number, c: number) => (mix(mix(mix(0x811c9dc5, a), b), c) >>> 2) & 0x3fffffff;

const isContentWord = (w: string) => w.length > 2 && !stopwords.has(w) && !/^\d+$/.test(w);
/** What a word token contributes to the keys; words recur across sentences, so each is worked out once. */
const tokenInfo = memoize((token: string): TokenInfo => {
  // Most tokens are plain words ("troops", "Putin"): their one term, without the general folding.
  if (/^[A-Z]?[a-z]*$/.test(token)) {
    const lower = token.toLowerCase();
    const term = key(termOf(lower));
    const terms = isContentWord(lower) ? [term] : [];
    const capitalised = token !== lower;
    return { term, stop: stopwords.has(lower), reporting: wordsAboutReporting.has(lower), capitalised, terms, plainTerms: capitalised ? [] : terms };
  }
  const lower = token.toLowerCase();
  const folded = asciiFold(token);
  return {
    term: key(termOf(folded)),
    stop: stopwords.has(lower),
    reporting: wordsAboutReporting.has(lower),
    capitalised: /^\p{Lu}/u.test(token),
    terms: (folded.match(/[a-z0-9]+/g) ?? []).filter(isContentWord).map((w) => key(termOf(w))),
    plainTerms: token
      .split(/[-'’]/)
      .map((part) => part.match(/^\p{Ll}+/u)?.[0])
      .filter((part): part is string => Boolean(part))
      .map(asciiFold)
      .filter(isContentWord)
      .map((w) => key(termOf(w))),
  };
}, 200_000);

/** Three-word phrases with at least two content words, skipping phrases made only of names. */
function shinglesOf(tokens: TokenInfo[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    let content = 0;
    let names = 0;
    let reporting = false;
    for (let j = i; j < i + 3; j++) {
      if (tokens[j].reporting) reporting = true;
      if (tokens[j].stop) continue;
      content++;
      if (tokens[j].capitalised) names++;
    }
    if (content < 2 || names === content || reporting) continue;
    out.push(combine3(tokens[i].term, tokens[i + 1].term, tokens[i + 2].term));
  }
  return out;
}

/**
 * Capitalised runs after the first word ("Pyongyang", "North Korean", "Vladimir Putin"): each
 * word folded, plus the country a run stands for, so "Pyongyang" meets "the North Korean capital".
 * Hashed, with repeats: `sortedSet` makes them distinct.
 */
function namesIn(quote: string): number[] {
  const names: number[] = [];
  for (const run of quote.match(capitalRun) ?? []) names.push(...runNames(run));
  return names;
}
// "U.S.", "U.K.": initials with full stops are one name.
const capitalRun = /(?<=[\p{L}\p{N},;)]\s+)(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;

/** The names of one run; runs ("Vladimir Putin", "Pyongyang") recur across sentences. */
const runNames = memoize((match: string): number[] => {
  const names: string[] = [];
  const run = match.replace(/['’]s$/, '');
  const country = countryOfName(run);
  if (country) names.push(country);
  for (const word of run.split(/\s+/)) {
    const folded = asciiFold(word).replace(/['’]s$/, '');
    if (folded.length > 2 && !stopwords.has(folded) && !isTitleWord(folded)) names.push(folded);
    const wordCountry = countryOfName(word);
    if (wordCountry) names.push(wordCountry);
  }
  return names.map(key);
});

/**
 * The places and bodies a sentence's grammatical subject names ("The European Union is sending …",
 * "U.S. search and rescue teams are …"): each run whole, folded, with its initials ("Federal
 * Emergency Management Agency" → "fema", so it meets "FEMA"), its distinctive words and the
 * countries it stands for.
 * People are left out: a leader is not told apart from the country they speak for. A lone
 * capitalised first word ("Thousands of people") is no name unless it is a country or an acronym.
 */
function subjectNames(sentence: string, people: Person[]): number[] {
  const subject = clauseSubject(sentence, 14);
  if (!subject) return [];
  const names: string[] = [];
  for (const m of subject.matchAll(subjectRun)) {
    const run = m[0].replace(/['’]s$/, '');
    // "The Russian premier": a role's country stands for a person.
    const next = /^\s+(\p{L}+)/u.exec(subject.slice(m.index + m[0].length))?.[1];
    if (next && roleWords.has(next.toLowerCase())) continue;
    const words = run.split(/\s+/).filter((w) => !/^(?:of|for|and|the)$/i.test(w));
    if (/^(?:The|A|An)$/.test(run) || people.some((p) => p.name.includes(run) || words.some((w) => nameKey(p.name).split(' ').includes(nameKey(w))))) continue;
    const country = countryOfName(run);
    const wordCountries = words.map((w) => countryOfName(w)).filter((c): c is string => Boolean(c));
    if (m.index === 0 && words.length === 1 && !country && !/^\p{Lu}{2,}$/u.test(run)) continue;
    names.push(...(country ? [country] : []), ...wordCountries);
    if (!country) names.push(asciiFold(run).toLowerCase());
    // Its distinctive words too ("Storm Daniel" is "Mediterranean Storm Daniel"), not the words of
    // places, titles or countries ("North", "Union", "Korea": "North Korea" is not "South Korea").
    for (const w of words) {
      const folded = asciiFold(w).toLowerCase().replace(/['’]s$/, '');
      if (folded.length > 2 && !isTitleWord(folded) && !countryOfName(w) && !stopwords.has(folded)) names.push(`word:${folded}`);
    }
    const initials = words.map((w) => (/^(?:\p{Lu}\.)+$/u.test(w) ? w.replace(/\./g, '') : w[0])).join('').toLowerCase();
    if (words.length >= 2) names.push(initials);
  }
  return hashAll(names);
}
// A run of capitalised words, joined by "of", "for", "and" ("Agency for International Development").
const subjectRun = /(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}[\p{L}'’-]*)(?:\s+(?:(?:of|for|and|the)\s+)*(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}[\p{L}'’-]*))*/gu;

/** Verbs that say nothing of what happened: being, having, saying. */
const emptyVerbs = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', ...verbsFor('speaker'), ...verbsFor('stopword')]);

/**
 * What the sentence says happened to whom, as one key: its subject's head ("negotiations", or the
 * person named) and main verb, synonyms folded ("The talks … have concluded" and "The
 * negotiations … have now ended" are one frame: talk/end). Empty for being, having and saying.
 */
function frameOf(sentence: string, people: Person[]): { frames: number[]; heads: number[] } {
  const none = { frames: [], heads: [] };
  const frame = clauseFrame(sentence);
  if (!frame || emptyVerbs.has(frame.verb.toLowerCase())) return none;
  const person = people.find((p) => frame.subject.includes(p.name) || nameKey(p.name).split(' ').some((part) => part.length > 2 && nameKey(frame.subject).split(' ').includes(part)));
  const head = person ? nameKey(person.name) : frame.subject.split(/\s+/).filter((w) => !/^(?:the|a|an|two|both|all|these|those)$/i.test(w)).at(-1);
  if (!head || /^(?:he|she|it|they|we|i|you|this|that)$/i.test(head)) return none;
  const headTerm = person ? head : termOf(asciiFold(head).toLowerCase());
  return { frames: [key(`${headTerm}\u0000${termOf(asciiFold(frame.verb).toLowerCase())}`)], heads: [key(`head\u0000${headTerm}`)] };
}

/** Sorted and distinct: sorted lists intersect in one pass. Sorts `hashes`, a list of its own, in place. */
function sortedSet(hashes: number[]): number[] {
  // Most lists are short, where an insertion sort beats a typed-array sort and its allocation.
  const sorted = hashes.length > 64 ? new Int32Array(hashes).sort() : insertionSort(hashes);
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(sorted[i]);
  return out;
}

function insertionSort(list: number[]): number[] {
  for (let i = 1; i < list.length; i++) {
    const x = list[i];
    let j = i - 1;
    for (; j >= 0 && list[j] > x; j--) list[j + 1] = list[j];
    list[j + 1] = x;
  }
  return list;
}
const hashAll = (texts: string[]) => sortedSet(texts.map(key));

const wordToken = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** `context`: the whole sentence when `quote` is one of its clauses, whose names (the places and bodies it is about) hold for each clause. */
export function matchingKeys(quote: string, quantities: Quantity[], people: Person[], context?: string): MatchingKeys {
  const { shingles, terms, plainTerms, signature, names: own } = sentenceKeys(quote);
  const names = context ? sortedSet([...own, ...sentenceKeys(context).names]) : own;
  return {
    shingles,
    terms,
    plainTerms,
    figures: hashAll(quantities.filter((q) => q.unit !== 'count' || q.value >= 10).map(quantityKey)),
    figureWords: hashAll(quantities.flatMap((q) => [q.unit, ...(q.counts ?? '').split(' ')].map((w) => termOf(asciiFold(w))))),
    // Parts of two letters ("un" of Kim Jong-un, "jr") are shared by unrelated names.
    people: hashAll(people.flatMap((p) => nameKey(p.name).split(' ').filter((part) => part.length > 2))),
    names,
    subjects: subjectNames(quote, people),
    ...frameOf(quote, people),
    signature,
  };
}

/**
 * The keys that depend on the sentence alone. Copies of a sentence recur across outlets (wire
 * copy, retyped quotes), so each is worked out once; the lists are shared, to be read only.
 */
const sentenceKeys = memoize((quote: string) => {
  const text = quote.normalize('NFKC');
  const tokens: TokenInfo[] = [];
  const terms: number[] = [];
  const plainTerms: number[] = [];
  for (const token of text.match(wordToken) ?? []) {
    const info = tokenInfo(token);
    tokens.push(info);
    terms.push(...info.terms);
    plainTerms.push(...info.plainTerms);
  }
  // Of the terms in sentence order, before sortedSet sorts them.
  const signature = terms.length >= 5 ? combine(terms) || 1 : 0;
  return {
    shingles: sortedSet(shinglesOf(tokens)),
    terms: sortedSet(terms),
    plainTerms: sortedSet(plainTerms),
    names: sortedSet(namesIn(text)),
    signature,
  };
}, 20_000);

