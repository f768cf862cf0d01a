/**
 * Stage 3, split: cut a paragraph into sentences. Each sentence is an exact substring of the
 * paragraph (the quote a reader can find with Ctrl+F), never rewritten.
 */

export interface Sentence {
  text: string;
  /** Offset of the sentence in its paragraph. */
  start: number;
}

/** Abbreviations after which a full stop does not end a sentence. */
const abbreviations = new Set(
  (
    'mr mrs ms dr prof gen lt col maj sgt capt cmdr adm gov sen rep st jr sr rev fr hon pres supt insp ' +
    'no nos vs etc inc ltd co corp bros dept est approx fig ' +
    'u.s u.k u.n e.u a.m p.m i.e e.g al mt ft'
  )
    .split(' ')
    .concat(monthAbbreviations),
);

import { monthAbbreviations } from '../lexicon/calendar.ts';

const closers = String.raw`"'”’)\]»`;

/**
 * A boundary is sentence punctuation, optional closing quotes or brackets, white space, then
 * something that can start a sentence (capital, digit, opening quote or bracket).
 */
const boundary = new RegExp(`([.!?]+)([${closers}]*)(\\s+)(?=[\\p{Lu}\\d"“‘'(\\[«])`, 'gu');

export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  // exec rather than matchAll, which copies its pattern on every call.
  boundary.lastIndex = 0;
  for (let match = boundary.exec(paragraph); match; match = boundary.exec(paragraph)) {
    const punct = match[1];
    const end = match.index + punct.length + match[2].length;
    if (punct === '.' && !match[2]) {
      const lastWord = lastWordBefore(paragraph.slice(start, match.index));
      // "Mr. Lee", "U.S. forces", "J. Smith": the stop belongs to an abbreviation or initial.
      if (abbreviations.has(lastWord.replace(/\.$/, '')) || /^\p{L}$/u.test(lastWord) || /^(?:\p{L}\.)+\p{L}$/u.test(lastWord))
        continue;
    }
    pushSentence(sentences, paragraph, start, end);
    start = end + match[3].length;
  }
  pushSentence(sentences, paragraph, start, paragraph.length);
  return sentences;
}

const wordAtEnd = /([\p{L}.]+)$/gu;

/** The letters and dots that end `text`, lowercased. */
function lastWordBefore(text: string): string {
  // Search from the last character that is neither ASCII punctuation nor white space, not from
  // the start: the end-anchored search would otherwise walk the whole text at every full stop.
  let from = text.length;
  while (from > 0) {
    const c = text.charCodeAt(from - 1);
    if (c < 128 && c !== 46 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    from--;
  }
  wordAtEnd.lastIndex = from;
  return wordAtEnd.exec(text)?.[1]?.toLowerCase() ?? '';
}

function pushSentence(out: Sentence[], paragraph: string, start: number, end: number): void {
  const raw = paragraph.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text) out.push({ text, start: start + lead });
}
