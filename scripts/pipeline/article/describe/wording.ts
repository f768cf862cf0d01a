/**
 * Describe, wording: the `claim` a reader understands without the article
 * (pronouns and role phrases resolved where the article makes them clear), the short `title`
 * (at most 75 characters), and the wording of delegation members. Every sentence an entry shows
 * that the article did not print word for word is made here.
 */
import { escapeRegExp, memoize } from '../../text.ts';
import { demonyms } from '../../lexicon/places.ts';
import { maxTitleLength } from './headline.ts';


/** What the article lets us resolve: role phrases and the people it is about. */
export interface Referents {
  /** "the russian president" → "Vladimir Putin" */
  roles: Map<string, string>;
  /** The article's two most-mentioned people, for "the two leaders". */
  pair?: [string, string];
}

const connective =
  /^(?:and|but|so|yet|also|still|meanwhile|additionally|however|instead|moreover|furthermore|in return|in turn|in addition|as well|today, though|though|now|earlier|later)\s*,?\s+/i;

function capitaliseFirst(text: string): string {
  return text.replace(/^([“"‘']?)(\p{Ll})/u, (_m, q: string, c: string) => q + c.toUpperCase());
}

/**
 * "the russian president" as a pattern; roles recur across articles. A role in plain ASCII can
 * only match where the lowercased text contains it (the `i` flag matches ASCII letters only
 * with ASCII letters), which is much cheaper to ask first.
 */
const rolePattern = memoize((role: string) => ({
  pattern: new RegExp(`\\bthe ${escapeRegExp(role)}\\b`, 'i'),
  plain: /^[\x20-\x7e]*$/.test(role) ? `the ${role.toLowerCase()}` : undefined,
}));

/** Replace role phrases with the names they stand for, once each, unless the name is already there. */
function resolveRoles(text: string, referents: Referents): string {
  let out = text;
  let lower = referents.roles.size ? out.toLowerCase() : '';
  for (const [role, name] of referents.roles) {
    // Most roles are not in the claim at all: that test first, as it is the cheapest.
    const { pattern, plain } = rolePattern(role);
    if (plain !== undefined && !lower.includes(plain)) continue;
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    if (out.includes(surname) || out.includes(name)) continue;
    const replaced = out.replace(pattern, name);
    if (replaced !== out) [out, lower] = [replaced, replaced.toLowerCase()];
  }
  if (referents.pair) {
    const [a, b] = referents.pair;
    if (!(out.includes(a) && out.includes(b))) out = out.replace(/\bthe two leaders\b/i, `${a} and ${b}`);
  }
  return out;
}

/** The subject of a sentence ("The open-format negotiations between Putin and Kim"), if short and plain. */
export function subjectOf(sentence: string): string | undefined {
  // "Together with Gov. DeSantis, Administrator Criswell will …": the people named as the subject.
  const people = claimSentence(sentence).match(/^(?:[Tt]ogether with ([^,]{3,40}),\s+)?((?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?:and\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,4})?)(?:will|would|have|has|had|are|were|is|was)\b/u);
  if (people) return `${people[2].trim()}${people[1] ? ` and ${people[1]}` : ''}`;
  const m = sentence.match(/^((?:The|These|Those|Both)\s+[^,;:“"]{3,80}?)\s+(?:have|has|had|are|were|is|was|will|would|can|could|did|do|lasted|ended|began|started)\b/);
  return m && m[1].split(/\s+/).length <= 10 ? m[1] : undefined;
}

export interface StandaloneInput {
  sentence: string;
  /** The sentence's speaker, to name where the sentence says "he added". */
  speaker?: string;
  /** Whose words the whole paragraph or document is (a statement's author, a transcript's speaker), when the sentence does not say. */
  contextSpeaker?: string;
  /** Speaker of a block quote introduced by "X said:". */
  quotedSpeaker?: string;
  /** Last person mentioned before this sentence, for a leading "He"/"She". */
  lastPerson?: string;
  /** The previous sentence, for a leading "They". */
  previous?: string;
}

/** "WASHINGTON -- ", "PYONGYANG, June 19 (Reuters) - ", "MS. JEAN-PIERRE: ": datelines and speaker labels before the claim. */
const dateline =
  /^(?:(?:MR|MS|MRS|DR|GEN|ADM|SEN|REP)\.?\s+)?[A-Z][A-Z'’.-]+(?:[ ,]+[A-Z][A-Z'’.-]+){0,3}(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?)?(?:\s*\([^)]{1,30}\))?\s*(?:--|–|—|-|:)\s+/;
/** Live-blog and wire lead-ins: "A bit more from Pyongyang, where …", "Reuters adds:", "Update:". */
const leadIn =
  /^(?:(?:a bit more|a little more|some more|more|further|an update|update|breaking|just in|latest|recap|in other news)\b[^,:]{0,60}[,:]\s+(?:where\s+)?|[A-Z][\w.]+ adds:\s+|adds:\s+)/i;
/** A fact sheet's run-in heading: "Recognizing Cook Islands and Niue: President Biden announced …" (a capitalised -ing phrase and a colon). */
const runInHeading = /^\p{Lu}\p{Ll}+ing\b[^:.;“"]{3,80}:\s+(?=\p{Lu})/u;
/** A live blog's scene-setting before the speaker: "It’s Kim Jong-un’s turn to speak at his meeting with Putin and he has told …" → "Kim Jong-un has told …". */
const turnToSpeak = /^It[’']s ((?:\p{Lu}[\p{L}-]*\s?){1,4})[’']s? turn to (?:speak|talk|respond|reply)\b[^,.;:]{0,80}?\s+and\s+(?:he|she)\s+/u;
/** Spoken false starts in transcripts: "The -- this is", "six- — 60th". */
const falseStart = /\b(?:the|a|an|this|that|we|i|it|our|and|to|of|in|so)\s+--\s+|\b[\w]+-\s+[—–-]{1,2}\s+/gi;

/** The sentence as a claim: datelines, speaker labels, run-in headings, lead-ins and false starts stripped (never from the verbatim quote). */
export function claimSentence(sentence: string): string {
  let text = sentence.trim();
  for (let i = 0; i < 2; i++) text = text.replace(dateline, '').replace(leadIn, '').replace(runInHeading, '');
  text = text.replace(turnToSpeak, (_m, name: string) => `${name.trim()} `);
  // "…, Kim said:" before the block quote it introduces: the sentence itself ends here.
  text = text.replace(/\s*:\s*$/, '.');
  return capitaliseFirst(text.replace(falseStart, ''));
}

export function standaloneClaim(input: StandaloneInput, referents: Referents): string {
  let text = claimSentence(input.sentence);
  if (input.quotedSpeaker) {
    const quoted = /^[“"]/.test(text) ? text : `“${text.replace(/[.]$/, '')}.”`;
    return `${input.quotedSpeaker} said: ${quoted}`;
  }
  text = text.replace(connective, '');
  // "This funding will …", "These supplies …": the thing the article just named, as "the".
  text = text.replace(/^(?:this|these|those)\s+(?=\p{Ll}[\p{L}-]+\s+\p{Ll})/iu, 'The ');
  // "…, he added." names the speaker instead.
  if (input.speaker) text = text.replace(/([,”"]\s*)(?:he|she)(\s+(?:\p{L}+\s+)?\p{L}+(?:ed|d)\b)/u, `$1${input.speaker}$2`);
  if (input.lastPerson) text = text.replace(/^(?:he|she)\b/i, input.lastPerson);
  const subject = input.previous && /^they\b/i.test(text) ? subjectOf(input.previous) : undefined;
  if (subject) text = text.replace(/^they\b/i, subject);
  text = resolveRoles(text, referents);
  text = capitaliseFirst(text.replace(/\s+[-–—]\s+[^.!?]{1,40}$/, ''));
  // A statement's or a transcript's sentence is its speaker's word: it says whose.
  if (input.contextSpeaker && !namesSpeaker(text, input.contextSpeaker)) return `${input.contextSpeaker} said: “${text.replace(/^[“"]|[”"]$/g, '')}”`;
  return text;
}

/** Whether a claim already names its speaker (full name or surname). */
export function namesSpeaker(text: string, speaker: string): boolean {
  const surname = speaker.split(/\s+/).filter((w) => !/^(?:jr\.?|sr\.?)$/i.test(w)).at(-1) ?? speaker;
  const at = text.indexOf(surname);
  return text.includes(speaker) || (at >= 0 && !/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + surname.length] ?? ''));
}

/** "Russian" for Russia: the first plain demonym of more than three letters, capitalised. */
const countryAdjective = new Map<string, string>();
for (const [adjective, country] of Object.entries(demonyms))
  if (!countryAdjective.has(country) && /^[a-z ]+$/.test(adjective) && adjective.length > 3)
    countryAdjective.set(country, adjective.replace(/\b\w/g, (c) => c.toUpperCase()));

/** A delegation member's claim ("Foreign Minister Sergey Lavrov was a member of the Russian delegation.") and title (without the role if too long). */
export function delegationWording(name: string, role: string | undefined, country: string | undefined): { claim: string; title: string } {
  const adjective = country ? countryAdjective.get(country) : undefined;
  const claim = `${role ? `${role.replace(/^\p{Ll}/u, (c) => c.toUpperCase())} ` : ''}${name} was a member of the ${adjective ? `${adjective} ` : ''}delegation.`;
  const side = adjective ? `${adjective} ` : '';
  const title = [claim.replace(/\.$/, ''), `${name} was a member of the ${side}delegation`, `${name} in the ${side}delegation`, `${name} in ${side}delegation`].find((t) => t.length <= maxTitleLength) ?? name;
  return { claim, title };
}
