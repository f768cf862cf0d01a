/**
 * Describe, wording: the `claim` a reader understands without the article
 * (pronouns and role phrases resolved where the article makes them clear), the short `title`
 * (at most 75 characters), and the wording of delegation members. Every sentence an entry shows
 * that the article did not print word for word is made here.
 */
import { escapeRegExp, memoize } from '../../text.ts';
import { verbsFor } from '../../lexicon/verbs.ts';
import { demonyms } from '../../lexicon/places.ts';

export const maxTitleLength = 75;

/** ", Tass reported", ", Kim told reporters on Monday": what a long title drops first. */
const trailingAttribution = new RegExp(
  String.raw`,\s+[^,]{2,60}\s+(?:${[...verbsFor('title'), ...verbsFor('titleWithObject').map((v) => `${v} [^,]+`)].join('|')})(?:\s+on \w+)?$`,
  'i',
);

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
  const m = sentence.match(/^((?:The|These|Those|Both)\s+[^,;:“"]{3,80}?)\s+(?:have|has|had|are|were|is|was|will|would|can|could|did|do|lasted|ended|began|started)\b/);
  return m && m[1].split(/\s+/).length <= 10 ? m[1] : undefined;
}

export interface StandaloneInput {
  sentence: string;
  /** Speaker of a block quote introduced by "X said:". */
  quotedSpeaker?: string;
  /** Last person mentioned before this sentence, for a leading "He"/"She". */
  lastPerson?: string;
  /** The previous sentence, for a leading "They". */
  previous?: string;
}

export function standaloneClaim(input: StandaloneInput, referents: Referents): string {
  let text = input.sentence.trim();
  if (input.quotedSpeaker) {
    const quoted = /^[“"]/.test(text) ? text : `“${text.replace(/[.]$/, '')}.”`;
    return `${input.quotedSpeaker} said: ${quoted}`;
  }
  text = text.replace(connective, '');
  if (input.lastPerson) text = text.replace(/^(?:he|she)\b/i, input.lastPerson);
  const subject = input.previous && /^they\b/i.test(text) ? subjectOf(input.previous) : undefined;
  if (subject) text = text.replace(/^they\b/i, subject);
  text = resolveRoles(text, referents);
  text = text.replace(/\s+[-–—]\s+[^.!?]{1,40}$/, '');
  return capitaliseFirst(text);
}

/** A title of at most 75 characters: the claim itself, trimmed of attribution and lead-ins if too long. */
export function titleFor(claim: string): string {
  let title = claim.replace(/[.](["”’]?)$/, '$1').replace(/^[“"]([^”"]*)[”"]?$/, '$1').trim();
  if (title.length <= maxTitleLength) return title;
  title = title
    .replace(/,\s+(?:according to|citing|as quoted by)\b.*$/i, '')
    .replace(trailingAttribution, '')
    .replace(/^(?:following|after|before|ahead of|during|speaking|in|on|at|while|as|earlier|later|despite|with)\b[^,]{0,80},\s+/i, '');
  title = capitaliseFirst(title.trim());
  if (title.length <= maxTitleLength) return title;
  const cut = title.slice(0, maxTitleLength - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[\s,;:–—-]+$/, '');
  return `${atWord}…`;
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
  const title = titleFor(claim);
  return { claim, title: title.length <= maxTitleLength ? title : titleFor(`${name} was a member of the ${adjective ? `${adjective} ` : ''}delegation`) };
}
