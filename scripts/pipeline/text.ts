/** Small text helpers shared by the stages: normalising, tokenising, slugs (every slug rule is here). */
import { createHash } from 'node:crypto';
import { verbsFor } from './lexicon/verbs.ts';
import { boundedSlug } from '../../src/lib/slug.ts';

export { compareCodeUnits } from '../../src/lib/slug.ts';

const printableAscii = /^[\x20-\x7e]*$/;

const none = Symbol('none');

/**
 * The memo tables of one analyser (see `createAnalyser` in article/analyse.ts): one table per
 * memoized function, made on first use. Whoever holds a `MemoTables` owns that memory: a fresh
 * one starts empty, and dropping it frees everything the stages remembered.
 */
export class MemoTables {
  readonly tables: Map<string, unknown>[] = [];
  /** Results held, over all tables. */
  get size(): number {
    return this.tables.reduce((n, t) => n + (t?.size ?? 0), 0);
  }
}

/** The tables memoized functions use now: an analyser's while it runs, otherwise these. */
let activeTables = new MemoTables();
let memoizedFunctions = 0;

/** Run `work` with `tables` as the memo tables of every memoized function. */
export function withMemoTables<T>(tables: MemoTables, work: () => T): T {
  const previous = activeTables;
  activeTables = tables;
  try {
    return work();
  } finally {
    activeTables = previous;
  }
}

/**
 * Remember a pure function's results for string arguments. Words, names and sentences recur
 * across an archive, so each is worked out once; the memory is dropped when it holds `limit`
 * results, as a worker thread lives for a whole run. The table lives in the active `MemoTables`.
 */
export function memoize<T>(fn: (text: string) => T, limit = 100_000): (text: string) => T {
  const id = memoizedFunctions++;
  return (text) => {
    // `undefined` results are kept as `none`, so that every call is one look-up.
    const results = (activeTables.tables[id] ??= new Map()) as Map<string, T | typeof none>;
    const known = results.get(text);
    if (known !== undefined) return (known === none ? undefined : known) as T;
    if (results.size >= limit) results.clear();
    const result = fn(text);
    results.set(text, result === undefined ? none : result);
    return result;
  };
}

/**
 * A memo table of one's own in the active `MemoTables`, for a memo `memoize` cannot express (a
 * result that is only valid under a condition checked on each look-up). Emptied at `limit` results.
 */
export function memoTable<T>(limit = 100_000): () => Map<string, T> {
  const id = memoizedFunctions++;
  return () => {
    const table = (activeTables.tables[id] ??= new Map()) as Map<string, T>;
    if (table.size >= limit) table.clear();
    return table;
  };
}

/**
 * A table looked up with words from articles. Without a prototype, so that "constructor" or
 * "toString" in a sentence is not found in it (a plain object answers with its own methods).
 */
export function wordTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null), entries);
}

/** Fold typography so that two copies of one sentence compare equal (same rules as the scorer). */
export function foldTypography(text: string): string {
  // Plain ASCII has no typography to fold: the common case, and the hot path of every stage.
  if (printableAscii.test(text)) return collapseSpaces(text).trim();
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    // Runs of white space, and single white space other than a plain space: /\s+/ without
    // rewriting every space between two words.
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim();
}

/**
 * Invisible characters: zero-width spaces and joiners, the soft hyphen, bidi marks, embeddings,
 * overrides and isolates, word joiners and a stray byte order mark. Inside a name they split it
 * ("Ser\u200Bguei" makes a person "Ser"); in a title a right-to-left override turns it around on screen.
 */
const invisible = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * Text for derived fields (names, titles, claims, metadata): NFC, so an accent typed as a
 * combining mark is one letter, and no invisible characters. Never for a verbatim quote.
 */
export function cleanDerived(text: string): string {
  if (printableAscii.test(text)) return text;
  return text.normalize('NFC').replace(invisible, '');
}

/** Runs of spaces as one; most texts (and every word) have none, which `includes` tells fastest. */
const collapseSpaces = (text: string) => (text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text);

/** Lowercase ASCII form without accents, for keys and slugs. */
export function asciiFold(text: string): string {
  if (printableAscii.test(text)) return collapseSpaces(text).trim().toLowerCase();
  return foldTypography(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Fold transliteration variants: Andrey/Andrei, Yuri/Yury, Aleksandr/Alexander, Jong-un/Jong Un. */
export const nameKey = memoize(foldName, 50_000);

function foldName(name: string): string {
  const parts = asciiFold(name).replace(/[-'’.]/g, ' ').split(/\s+/).filter(Boolean);
  const fold = (w: string) =>
    w.replace(/x/g, 'ks').replace(/y/g, 'i').replace(/ii/g, 'i').replace(/ph/g, 'f').replace(/([a-z])\1/g, '$1');
  const skeleton = (w: string) => fold(w).replace(/(?!^)[aeiou]/g, '');
  if (parts.length < 2) return fold(parts[0] ?? '');
  // East Asian names keep three parts (Kim Jong Un); the given names fold as a whole.
  return parts.map((p, i) => (i === parts.length - 1 ? fold(p) : skeleton(p))).join(' ');
}

/** `text` as a literal inside a RegExp. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An article's slug, from its file name: the name of its cleaned copy and of its page; bounded (a 251-character name still makes a `<slug>.json` file). */
export function articleSlug(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const slug = base
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  // A name with no Latin letters or digits ("記事.txt") still needs a URL-safe slug.
  return boundedSlug(slug) || `article-${createHash('sha256').update(base).digest('hex').slice(0, 12)}`;
}

/** A slug of a text (a claim's title, a person's name): accents folded, at most `maxWords` words, bounded like every slug (one long word is still a name on disk). */
export function slugify(text: string, maxWords = 8): string {
  return boundedSlug(slugWords(text, maxWords));
}

function slugWords(text: string, maxWords: number): string {
  return asciiFold(text)
    .replace(/['’]s\b/g, 's')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/**
 * A permalink id from a headline title: its first six words that say something ("putin-treaty-
 * mutual-assistance-aggression"), not the sentence's first nine.
 */
export function idFromTitle(title: string, maxWords = 6): string {
  const words = slugify(title.replace(/…$/, ''), 40).split('-').filter(Boolean);
  const telling = words.filter((w) => !idStopwords.has(w));
  return (telling.length >= 2 ? telling : words).slice(0, maxWords).join('-');
}
const idStopwords = new Set('the a an of to in on at for and or by with from as is are was were be been has have had will would that this its it their his her our s'.split(' '));

/** A bulleted, dashed or numbered line's marker ("• ", "- ", "2) "): the line is an item of a list. */
export const listMarker = /^(?:[•·▪◦‣∙●*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*/u;

export const stopwords = new Set(
  (
    'a an the and or but nor of to in on at by for with from into onto upon as is are was were be been being ' +
    'has have had do does did will would shall should can could may might must that this these those it its ' +
    'he she they them their his her him we us our you your i me my who whom whose which what when where why how ' +
    'not no also than then there here about over after before during between against through while such so very ' +
    'according more most other some any all both each ' +
    'just only own same up down out off again further once mr mrs ms'
  )
    .split(' ')
    .concat(verbsFor('stopword')),
);

/** Crude English stemmer: enough to make "visits"/"visit", "talks"/"talk", "signed"/"sign" meet. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** Word tokens (letters, digits, inner hyphens and apostrophes), lowercased and folded. */
export function words(text: string): string[] {
  return asciiFold(text).match(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g) ?? [];
}

/** Stemmed content words: what two sentences about the same thing share. */
export function contentTerms(text: string): string[] {
  return words(text)
    .flatMap((w) => w.split('-'))
    .filter((w) => w.length > 1 && !stopwords.has(w))
    .map(stem);
}

/** Number of words in a text; counting stops at `atMost`, for callers that only compare with a small number. */
export function wordCount(text: string, atMost = Infinity): number {
  // `text.match(/\S+/g).length`, without building the words.
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count < atMost; i++) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** The characters of the RegExp class `\s`. */
function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Stable 32-bit hash (FNV-1a): compact keys for indexes, where a rare collision only costs a look. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Stable short hash for keys that need not be cryptographic. */
export function shortHash(text: string): string {
  return hash32(text).toString(36);
}
