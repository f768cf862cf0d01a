/**
 * Describe, attribution: who made a statement (the speaker) and through whom it reached the
 * article (news agencies, state media, statements), kept apart from what the outlet asserts
 * in its own voice.
 */
import type { Attribution } from '../../../../src/schema.ts';
import { memoize } from '../../text.ts';
import { isMedium } from '../../lexicon/media.ts';
import { sourceCues, verbsFor } from '../../lexicon/verbs.ts';

const verbs = verbsFor('source');
const verb = `(?:has |have |had |also |reportedly |later |earlier |further |then |meanwhile )*(?:${verbs.join('|')})`;

const speakerPhrase = String.raw`((?:[\p{Lu}\p{Ll}][\p{L}'’.\-]*\s+){0,8}?[\p{L}'’.\-]+)`;

// "..., Tass news agency reports." / "“...,” Kim said." / "Ushakov said the two leaders ..."
// (An "and" between two capitalised words is inside a name, not a clause: "the Department of Health and Human Services declared".)
const clause = new RegExp(String.raw`(?:^|[,;:”"]\s*|\b(?:that|but|while|as)\s+|\band\s+(?!\p{Lu})|(?<!\p{Lu}[\p{L}.'’-]*\s)\band\s+)${speakerPhrase}\s+${verb}\b`, 'gu');
// "“...,” said Putin."
const inverted = new RegExp(String.raw`[,”"]\s*(?:${verbs.join('|')})\s+${speakerPhrase}[.,]`, 'giu');
const name = String.raw`(\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){1,3})`;
// "Cui Heng, a research fellow from …, meanwhile told the paper …": a name, its apposition, the verb.
const nameThenApposition = new RegExp(String.raw`(?:^|[,;:]\s+)${name},\s+(?:a|an|the)\s+[^,;“"]{3,120},\s+${verb}\b`, 'gu');
// "Putin's foreign policy aide, Yuri Ushakov, earlier said …": a role, the name, the verb.
const roleThenName = new RegExp(String.raw`\p{Ll},\s+${name},\s+${verb}\b`, 'gu');
/**
 * Where a source is named. A person named as the one who spoke comes first, before a channel
 * ("According to the Global Times, Lin Jian, a spokesperson …, told reporters …" is Lin Jian's).
 */
const sourcePatterns = [
  nameThenApposition,
  roleThenName,
  /\baccording to\s+((?:the\s+)?[^,.;“"]{2,80}?)(?=[,.;]|\s+(?:on|in|at|who|which)\b|$)/gi,
  /\bciting\s+((?:the\s+)?[^,.;“"]{2,80}?)(?=[,.;]|$)/gi,
  /\b(?:quoted|cited)\s+((?:the\s+)?[^,.;“"]{2,60}?)\s+as\s+saying\b/gi,
  clause,
  inverted,
];
/** Any cue at all: most sentences have none, and the patterns above are costly to fail. */
const anyCue = new RegExp(String.raw`\b(?:${[...verbs, ...sourceCues].join('|')}|quoted|cited)\b`, 'i');

function tidy(phrase: string): string {
  return phrase
    .trim()
    .replace(/^(?:(?:and|but|while|as|so|then)\b|the\s+)?\s*/i, (m) => (/^the\s+$/i.test(m) ? m : ''))
    .replace(/\s+(?:also|reportedly|later|earlier|further|then|meanwhile)$/i, '')
    .replace(/[,;:]$/, '')
    .trim();
}

/**
 * Attribution of one sentence. `resolve` turns pronouns and role phrases ("he", "the Russian
 * president") into names the article gave.
 */
export function findAttribution(sentence: string, resolve: (phrase: string) => string = (p) => p): Attribution | undefined {
  const sources = sourcesOf(sentence);
  if (!sources) return undefined;
  const via: string[] = [];
  let speaker: string | undefined;
  for (const phrase of sources.phrases) {
    const name = resolve(phrase);
    if (!name || /^(?:it|this|that|there)$/i.test(name)) continue;
    if (isMedium(name)) {
      if (!via.includes(name)) via.push(name);
    } else if (!speaker) speaker = name;
  }
  if (!speaker && !via.length) return undefined;
  const attribution: Attribution = { kind: sources.hasQuote ? 'quote' : 'reported', via };
  if (speaker) attribution.speaker = speaker;
  return attribution;
}

/**
 * What a sentence says about its sources before any name is resolved: the phrases naming them,
 * in reading order, and whether it quotes. It depends on the sentence alone, and copies of a
 * sentence recur across outlets: memoized (shared, to be read only).
 */
const sourcesOf = memoize((sentence: string): { phrases: string[]; hasQuote: boolean } | undefined => {
  if (!anyCue.test(sentence)) return undefined;
  // Words inside quotation marks are the speaker's, not the attribution: mask them, keep offsets.
  const outside =
    sentence.includes('"') || sentence.includes('“')
      ? sentence.replace(/([“"])([^”"]*)([”"])/g, (_m, open: string, body: string, close: string) => open + ' '.repeat(body.length) + close)
      : sentence;
  const phrases: string[] = [];
  for (const pattern of sourcePatterns) {
    // exec rather than matchAll, which copies its pattern on every call; none matches empty.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(outside); m; m = pattern.exec(outside)) if (m[1]) phrases.push(tidy(m[1]));
  }
  return { phrases, hasQuote: /[“"][^”"]{12,}[”"]|[“"][^”"]{12,}$/.test(sentence) };
}, 20_000);
