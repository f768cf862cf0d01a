/**
 * Stage 2, clean: drop what is not the article (navigation, share buttons, timestamps,
 * photo captions and credits, injected links, lists of unrelated headlines, comment forms,
 * follow prompts) and collapse blocks a live blog repeats. What stays keeps its exact text
 * and its block index, so paragraph anchors do not move when the cleaner improves.
 */
import type { RawBlock } from './read/index.ts';
import { foldTypography, listMarker, wordCount } from '../text.ts';
import { agencyWord, boilerplateLine, headlineListMarker, injectedLink } from '../lexicon/boilerplate.ts';

export interface Paragraph {
  /** `p-<block index>`: the anchor in our copy of the article. */
  id: string;
  index: number;
  text: string;
  kind: 'text' | 'heading' | 'quote' | 'item';
}

export interface CleanOptions {
  /** The article's byline and outlet: a line that is only one of these is a credit, not text. */
  author?: string;
  outlet?: string;
  title?: string;
}

const creditLabel = /\b(?:photograph|photo(?:graph)?s?|picture|image|credit|illustration)\s*:\s*\S/i;
const photoAfterDash = /\s[-–—]\s+(?:pool\s+)?(?:photo|pic|picture)\b/i;
const position = /\((?:l|r|c|left|right|centre|center|front|back|top|bottom)\)/i;
/** A caption's marks; the label and the position are looked for only where a ":" or "(" is. */
const hasCaptionMarker = (text: string) =>
  (text.includes(':') && creditLabel.test(text)) || photoAfterDash.test(text) || (text.includes('(') && position.test(text));

const dateOnly =
  /^[-–—\s]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}[\s/.-]+(?:[a-z]{3,9}|\d{1,2})[\s/.,-]+\d{2,4}|[a-z]{3,9}\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})?[\s,]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)?(?:\s*\/\s*updated\b.*)?[-–—\s]*$/i;

/** `t` is the line after `foldTypography`. */
function isBoilerplate(t: string, options: CleanOptions): boolean {
  if (!t) return true;
  if (boilerplateLine.test(t) || dateOnly.test(t)) return true;
  if (injectedLink.test(t) && !/[.!?]["')\]]?$/.test(t)) return true;
  if (/^(?:published|updated|posted|last updated|first published)\b/i.test(t) && wordCount(t, 13) <= 12) return true;
  if (/\bwhatsapp\b|\btelegram channel\b|\bnewsletter\b/i.test(t) && /\b(?:follow|join|subscribe|sign up)\b/i.test(t)) return true;
  if (/required fields are marked|cookie|all rights reserved|©/i.test(t)) return true;
  const bare = t.toLowerCase();
  if (options.author && bare === options.author.toLowerCase()) return true;
  if (options.outlet && bare === options.outlet.toLowerCase()) return true;
  return false;
}

/** A picture credit: a short line of names and agencies, usually slash-separated. */
export function isCredit(text: string): boolean {
  return isFoldedCredit(foldTypography(text));
}

function isFoldedCredit(t: string): boolean {
  if (wordCount(t, 9) > 8 || /[.!?:;]$/.test(t) || /[“"]/.test(t)) return false;
  if (/^[-–—]?\s*(?:pool\s+)?photo\b/i.test(t)) return true;
  const parts = t.split(/\s*(?:\/|\||,|\bvia\b|\bfor\b)\s*/i).filter(Boolean);
  if (parts.length >= 2 && parts.every((p) => /^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}$/.test(p))) return true;
  return agencyWord.test(t) && t.split(/\s+/).every((w) => /^[A-Z(/-]/.test(w) || agencyWord.test(w));
}

/** Ends like a sentence (after closing quotes or brackets). */
export function endsLikeSentence(text: string): boolean {
  const t = text.trim();
  // Wire copy may end with its credit: `... Hwang said. - The Korea Herald/ANN`.
  return /[.!?…:][\s"'”’)\]]*$/.test(t) || /[.!?]["'”’]?\s+[-–—]\s+[^.!?]{1,40}$/.test(t);
}

function isCaptionLike(text: string): boolean {
  return wordCount(text, 36) <= 35 && !/[“"]/.test(text) && (text.match(/[.!?](?:\s|$)/g) ?? []).length <= 1;
}

/** The cleaning stage: raw blocks in, article paragraphs out. */
export function cleanArticle(blocks: RawBlock[], options: CleanOptions = {}): Paragraph[] {
  const drop = new Set<number>();
  // Every test reads the folded line: fold each block once.
  const folded = blocks.map((b) => foldTypography(b.text));
  const credit = blocks.map((b, i) => b.kind !== 'heading' && isFoldedCredit(folded[i]));

  let inHeadlineList = false;
  blocks.forEach((block, i) => {
    const text = block.text;
    if (headlineListMarker.test(folded[i].replace(/:$/, '')) && !endsLikeSentence(text.replace(/:$/, ''))) {
      inHeadlineList = true;
      drop.add(i);
      return;
    }
    // A list of headlines ends where running text resumes.
    if (inHeadlineList) {
      if (!endsLikeSentence(text) || block.kind === 'list-item') {
        drop.add(i);
        return;
      }
      inHeadlineList = false;
    }
    if (block.kind === 'caption' || credit[i] || isBoilerplate(folded[i], options) || hasCaptionMarker(text)) drop.add(i);
  });

  // A short single sentence right next to a picture credit is that picture's caption.
  blocks.forEach((block, i) => {
    if (drop.has(i) && !credit[i]) return;
    if (credit[i]) {
      for (const j of [i - 1, i + 1]) {
        const near = blocks[j];
        if (near && !credit[j] && near.kind !== 'heading' && isCaptionLike(near.text)) drop.add(j);
      }
    }
  });

  const seen = new Set<string>();
  const paragraphs: Paragraph[] = [];
  blocks.forEach((block, i) => {
    if (drop.has(i)) return;
    const key = folded[i].toLowerCase();
    // Live blogs repeat pinned posts and pages repeat their headline: keep the first copy.
    if (seen.has(key)) return;
    seen.add(key);
    // A list's items are claims of their own, read with the line that introduces them.
    const kind =
      (block.kind === 'list-item' || listMarker.test(block.text)) && wordCount(block.text, 3) >= 2
        ? 'item'
        : block.kind === 'heading' || (!endsLikeSentence(block.text) && block.kind !== 'quote')
        ? 'heading'
        : block.kind === 'quote' || /:\s*$/.test(paragraphs.at(-1)?.text ?? '')
          ? 'quote'
          : 'text';
    paragraphs.push({ id: `p-${block.index}`, index: block.index, text: block.text, kind });
  });
  return paragraphs;
}
