/**
 * The matching keys of a sentence as the merge reads them: worked out per article
 * (article/describe/matching.ts), compared across articles (corpus/merge.ts). This file is the
 * format both sides share, so neither imports the other.
 */

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
  /** The places and bodies its grammatical subject names ("The European Union"): two sentences whose subjects name different ones tell of different actors. */
  subjects: number[];
  /** What it says happened to whom: its subject's head and main verb, as one key (none for being, having, saying). */
  frames: number[];
  /** The subject's head alone ("negotiations" → talk): with `frames`, two sentences about one subject that say different things happened to it. */
  heads: number[];
  /** The sentence's content words as a whole, for copies (syndicated wire copy, retyped quotes); 0 if too short to tell. */
  signature: number;
}

/**
 * The matching keys in one Int32Array: the end of each list, the signature, then the lists one
 * after another. As an object of arrays they take about 1.8 KB per sentence; packed, a quarter
 * of that, which is most of the merge's memory on a 10,000-article archive.
 */
export type PackedKeys = Int32Array;
const listNames = ['shingles', 'terms', 'plainTerms', 'figures', 'figureWords', 'people', 'names', 'subjects', 'frames', 'heads'] as const;
export type KeyList = (typeof listNames)[number];
const listIndex = Object.fromEntries(listNames.map((name, i) => [name, i])) as Record<KeyList, number>;
const headerLength = listNames.length + 1;

export function packKeys(keys: MatchingKeys | PackedKeys): PackedKeys {
  if (keys instanceof Int32Array) return keys;
  const packed = new Int32Array(headerLength + listNames.reduce((n, name) => n + keys[name].length, 0));
  let at = headerLength;
  listNames.forEach((name, i) => {
    packed.set(keys[name], at);
    packed[i] = at += keys[name].length;
  });
  packed[listNames.length] = keys.signature;
  return packed;
}

/** One sorted list of packed keys (a view, not a copy). */
export function keyList(keys: PackedKeys, name: KeyList): Int32Array {
  const i = listIndex[name];
  return keys.subarray(i ? keys[i - 1] : headerLength, keys[i]);
}

export const keySignature = (keys: PackedKeys): number => keys[listNames.length];
