/**
 * Describe, people: find named people with their roles and sides, resolve short mentions
 * ("Putin", "the Russian president") to the full name the article gave, and read delegation
 * lists ("Representing Russia are A, B and C") into one member each. Pure rules over the text:
 * a name is a run of capitalised words that a role, an apposition or a reporting verb marks
 * as a person.
 */
import type { Person } from '../../../../src/schema.ts';
import { asciiFold, escapeRegExp, memoize, nameKey, slugify } from '../../text.ts';
import { verbsFor } from '../../lexicon/verbs.ts';
import { countryNames, demonyms, notPersonWords } from '../../lexicon/places.ts';
import { roleWords } from '../../lexicon/roles.ts';

export { nameKey };

/** A word of a title or a kind of place or body ("Minister", "Treaty", "North"), not a name itself. */
export const isTitleWord = (folded: string) => roleWords.has(folded) || notPersonWords.has(folded);

const particles = new Set(['bin', 'ibn', 'al', 'el', 'de', 'da', 'van', 'von', 'der', 'la', 'le', 'di', 'du', 'dos']);
const speechVerbs = new RegExp(`^\\s*(?:has |had |have |also |reportedly |later |earlier |then |further |, )*(?:${verbsFor('speaker').join('|')})\\b`);
/** "said"/"told" just before a name. */
const beforeName = verbsFor('beforeName').join('|');
const spokenToBefore = new RegExp(`\\b(?:${beforeName}|according to)\\s*$`);
const notNames = new Set(['the', 'a', 'an', 'i', 'it', 'he', 'she', 'they', 'we', 'this', 'that', 'but', 'and', 'in', 'on', 'at', 'as', 'after', 'while', 'when', 'if', 'his', 'her', 'their', 'its', 'our']);

export interface PersonMention {
  name: string;
  role?: string;
  country?: string;
  start: number;
  end: number;
}

/** Searched with exec: matchAll would copy it for every sentence. */
const tokenRe = /[\p{Lu}][\p{L}'’.]*(?:-[\p{L}]+)*/gu;

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Longest demonym first, so "north korean" wins over "korean". */
const demonymRe = new RegExp(
  `(?:^|[^a-z])(${Object.keys(demonyms).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?=[^a-z]|$)`,
);
const countryNameRe = new RegExp(`\\b(${[...countryNames.keys()].map(escapeRegExp).join('|')})\\b`);

export function countryOf(text: string): string | undefined {
  const t = asciiFold(text);
  const demonym = t.match(demonymRe)?.[1];
  if (demonym) return demonyms[demonym];
  const name = t.match(countryNameRe)?.[1];
  return name ? countryNames.get(name) : undefined;
}

/** Runs of capitalised words, with lowercase particles and "of the" kept inside titles. */
function capitalRuns(sentence: string): { words: string[]; start: number; end: number }[] {
  const runs: { words: string[]; start: number; end: number }[] = [];
  let current: { words: string[]; start: number; end: number } | undefined;
  tokenRe.lastIndex = 0;
  for (let m = tokenRe.exec(sentence); m; m = tokenRe.exec(sentence)) {
    // Only a token ending in "s" or "." has a possessive or a full stop to drop.
    const last = m[0][m[0].length - 1];
    const word = last === 's' || last === '.' ? m[0].replace(/[’']s$/, '').replace(/\.$/, '') : m[0];
    const gap = current ? sentence.slice(current.end, m.index) : '';
    if (current && /^\s+$/.test(gap)) {
      current.words.push(word);
      current.end = m.index + word.length;
    } else if (current && /^\s+(?:\p{Ll}+\s+){1,2}$/u.test(gap) && gap.trim().split(/\s+/).every((w) => particles.has(w))) {
      current.words.push(...gap.trim().split(/\s+/), word);
      current.end = m.index + word.length;
    } else {
      if (current) runs.push(current);
      current = { words: [word], start: m.index, end: m.index + word.length };
    }
    if (last === 's' && /[’']s$/.test(m[0])) {
      runs.push(current);
      current = undefined;
    }
  }
  if (current) runs.push(current);
  return runs;
}

// Global, to be searched from `leadInFrom` on.
const roleLeadIn = new RegExp(
  String.raw`(?:^|[,;:(]|\b(?:are|is|was|were|includes?|included|features?|featuring|among|and|with|by|${beforeName}|to|as|from|including|like)\b)\s*((?:(?:the|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,7})$`, 'gu');
/** The same, without treating the start of a window as the start of the sentence. */
const roleLeadInWithin = new RegExp(roleLeadIn.source.replace('(?:^|', '(?:'), 'gu');

/**
 * Where a `roleLeadIn` match can start at the earliest: after it come at most eight words (with
 * an article), so it starts in the last eight word runs or at most one lead-in word (nine
 * letters) before them. The end-anchored search then does not walk the whole text. Characters
 * outside ASCII count as letters and end no run: either only moves the bound back.
 */
function leadInFrom(text: string): number {
  let runs = 0;
  let i = text.length - 1;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    const letter = c > 127 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45;
    if (!letter) break;
    const next = text.charCodeAt(i + 1);
    if (c <= 127 && (i === text.length - 1 || next === 32 || (next >= 9 && next <= 13)) && ++runs > 8) break;
  }
  return Math.max(0, i + 1 - 9);
}

/** The role words just before a name, back to a list separator: "Foreign Minister", "presidential aide". */
function roleBefore(sentence: string, start: number): string | undefined {
  // Eight words back are enough; a window keeps the end-anchored search short in long sentences.
  const windowed = start > 240;
  const before = sentence.slice(windowed ? start - 240 : 0, start);
  const leadIn = windowed ? roleLeadInWithin : roleLeadIn;
  leadIn.lastIndex = leadInFrom(before);
  const m = leadIn.exec(before);
  const phrase = m?.[1]?.trim();
  if (!phrase) return undefined;
  const words = phrase.split(/\s+/);
  while (words.length && /^(?:the|a|an)$/i.test(words[0])) words.shift();
  if (!words.length) return undefined;
  // Keep the tail that reads as a title: role words, nationalities, "of", organisations.
  const kept: string[] = [];
  let folded = asciiFold(words[words.length - 1]);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    const w = folded.replace(/[’']s$/, '');
    const left = i > 0 ? asciiFold(words[i - 1]) : '';
    folded = left;
    const title = roleWords.has(w) || Boolean(demonyms[w]) || notPersonWords.has(w);
    // "and"/"the" belong to a title only inside it: "Minister of Natural Resources and Environment".
    if (w === 'and' && !(roleWords.has(left) || notPersonWords.has(left))) break;
    if (w === 'the' && left !== 'of') break;
    // "Under President Biden’s leadership": a capitalised preposition opens the sentence, not the title.
    if (/^\p{Lu}/u.test(word) && /^(?:under|in|on|at|after|before|with|for|from|by|as|during|since|while|when|if|to|but|and)$/.test(w)) break;
    if (title || w === 'of' || w === 'and' || w === 'the' || (isCapitalised(word) && kept.length)) kept.unshift(word);
    else break;
  }
  while (kept.length && /^(?:of|and)$/i.test(kept[0])) kept.shift();
  if (!kept.some((w) => roleWords.has(asciiFold(w)))) return undefined;
  return kept.join(' ');
}

const apposition = new RegExp(String.raw`^,\s+((?:the|a|an)\s+)?([^,;.]{3,90}?)(?=[,;.]|\s+(?:${beforeName}|and|who|has|had|was|is)\b|$)`);

/** An apposition after a name: "Oleg Kozhemyako, Governor of ...", "Lin Jian, a spokesperson for ...". */
function roleAfter(sentence: string, end: number): string | undefined {
  const m = sentence.slice(end).match(apposition);
  if (!m) return undefined;
  const phrase = m[2].trim();
  const words = phrase.split(/\s+/).map((w) => asciiFold(w).replace(/[’']s$/, ''));
  if (!words.slice(0, 4).some((w) => roleWords.has(w))) return undefined;
  // "…in Southeast Asia, Russian President Vladimir Putin has said": a role with its own holder's
  // name is another person (often the speaker), not an apposition of this one.
  if (/(?:\s\p{Lu}\p{Ll}+){2}$/u.test(phrase) && !roleWords.has(words.at(-1)!) && speechVerbs.test(sentence.slice(end + m[0].length))) return undefined;
  return phrase;
}

interface NameRun {
  name: string;
  words: number;
  role?: string;
  /** A reporting verb follows the name, or "said"/"according to" precedes it. */
  speaks: boolean;
  start: number;
  end: number;
}

/** Words of a run that end a title or body before the name ("Minister", "Russian", "of"). */
const nameStops = new Set([...roleWords, ...notNames, ...notPersonWords, 'of']);
const isNameStop = (folded: string) => nameStops.has(folded) || Boolean(demonyms[folded]);

/** The runs of one sentence that may name a person, with role and speech cues. They do not depend
 * on the people already known, and each sentence is asked about several times: memoized. */
const nameRuns = memoize((sentence: string): NameRun[] => {
  const result: NameRun[] = [];
  for (const run of capitalRuns(sentence)) {
    // The name is what follows the last title or organisation word of the run:
    // "Foreign Minister Sergey Lavrov", "Lviv Mayor Andriy Sadovyi", "Roscosmos State Space Corporation Yuri Borisov".
    let lastTitle = run.words.length - 1;
    while (lastTitle >= 0 && !isNameStop(asciiFold(run.words[lastTitle]))) lastTitle--;
    const words = run.words.slice(lastTitle + 1);
    let start = run.start;
    for (const w of run.words.slice(0, lastTitle + 1)) start = sentence.indexOf(w, start) + w.length;
    if (lastTitle >= 0 && run.words.slice(0, lastTitle + 1).some((w) => notPersonWords.has(asciiFold(w))) && words.length < 2) continue;
    if (!words.length || words.length > 4) continue;
    const name = words.join(' ');
    const foldedName = asciiFold(name);
    if (countryNames.has(foldedName) || demonyms[foldedName]) continue;
    const nameStart = sentence.indexOf(words[0], start);
    const nameEnd = run.end;
    const role = roleBefore(sentence, nameStart) ?? (words.length > 1 ? roleAfter(sentence, nameEnd) : undefined);
    const speaks = speechVerbs.test(sentence.slice(nameEnd)) || spokenToBefore.test(sentence.slice(0, nameStart));
    const nameRun: NameRun = { name, words: words.length, speaks, start: nameStart, end: nameEnd };
    if (role) nameRun.role = role;
    result.push(nameRun);
  }
  return result;
}, 20_000);

/** Find people named in one sentence. `known` maps name keys of people already met to their full names. */
export function findPeople(sentence: string, known: Map<string, PersonMention> = new Map()): PersonMention[] {
  const found: PersonMention[] = [];
  for (const { name, words, role, speaks, start, end } of nameRuns(sentence)) {
    const knownAs = resolveKnown(name, known);
    if (knownAs) {
      found.push({ ...knownAs, role: role ?? knownAs.role, start, end });
      continue;
    }
    if (words === 1 && !role) continue;
    // "the mayor of Lviv city", "the governor of Florida": the place an office is of, not its holder.
    if (role && /\b(?:of|for|in)$/i.test(role) && (words === 1 || /^\s+(?:city|region|province|state|county|district|oblast)\b/i.test(sentence.slice(end)))) continue;
    if (!role && !speaks) continue;
    if (words === 1 && !/^\p{Lu}\p{Ll}+$/u.test(name)) continue;
    // "Putin’s presidential Aurus limousine": one capitalised word before a noun names a thing.
    const next = sentence.slice(end);
    if (words === 1 && /^\s+\p{Ll}{3,}\b/u.test(next) && !speechVerbs.test(next) && !/^\s+(?:\p{Ll}+ed|\p{Ll}+s|\p{Ll}+ly|and|or|who|whom|whose|which|that|has|had|is|was|will|would|can|could|also|then|later|earlier|on|in|at|to|for|from|with|of|as)\b/u.test(next)) continue;
    found.push({ name, role, country: role ? countryOf(role) : undefined, start, end });
  }
  return found;
}

/** A short mention ("Putin", "Kim") resolves to the one known person whose name contains it. */
export function resolveKnown(name: string, known: Map<string, PersonMention & { count?: number }>): PersonMention | undefined {
  const key = nameKey(name);
  const exact = known.get(key);
  if (exact) return exact;
  if (key.includes(' ')) return undefined;
  // One word ("Kim", "Putin") may be any part of a full name: compare in both foldings.
  const skeleton = skeletonOf(key);
  // The most-mentioned hit; the first one among equals.
  let best: (PersonMention & { count?: number }) | undefined;
  for (const p of known.values()) {
    if (best && (p.count ?? 0) <= (best.count ?? 0)) continue;
    const full = foldedName(p);
    if (hasWord(full, key) || hasWord(full, skeleton)) best = p;
  }
  return best;
}

/**
 * Each known person's folded name, kept beside the person (checked against the name, which may
 * grow): `resolveKnown` asks for every known person on every one-word mention, thousands of
 * look-ups per article that the name memo's large table answers more slowly.
 */
const foldedNames = new WeakMap<PersonMention, { name: string; key: string }>();
function foldedName(p: PersonMention): string {
  const folded = foldedNames.get(p);
  if (folded?.name === p.name) return folded.key;
  const key = nameKey(p.name);
  foldedNames.set(p, { name: p.name, key });
  return key;
}

/** A folded word without its vowels after the first letter; asked for each short mention. */
const skeletonOf = memoize((key: string) => key.replace(/(?!^)[aeiou]/g, ''));

/** `words.split(' ').includes(word)`, without the array. */
function hasWord(words: string, word: string): boolean {
  for (let at = words.indexOf(word); at >= 0; at = words.indexOf(word, at + 1))
    if ((at === 0 || words[at - 1] === ' ') && (at + word.length === words.length || words[at + word.length] === ' ')) return true;
  return false;
}

/** A person's slug; the people of an article are named in many of its claims. */
const personSlug = memoize((name: string) => slugify(name, 6));

export function toPerson(mention: PersonMention): Person {
  const person: Person = { name: mention.name, slug: personSlug(mention.name) };
  if (mention.role) person.role = mention.role;
  if (mention.country) person.country = mention.country;
  return person;
}

/** An enumeration of members, not just a mention of a delegation. */
const delegationCue =
  /\bdelegations?\b[^.;]{0,40}?\b(?:includes?|included|including|features?|featured|featuring|comprises?|comprised|consists? of|consisted of|was made up of|is made up of|led by)\b|\b[Aa]mong (?:the|other) (?:delegation|delegates|members)\b|\b[Rr]epresenting\s+\p{Lu}[\p{L}\s-]{1,30}?\s+(?:are|were|is|was)\b|\baccompanied by\b|\bentourage\b/u;

/** A part of each alternative of `delegationCue`: most sentences have none, which `includes` tells fastest. */
const cueWords = ['delegat', 'mong ', 'epresenting', 'accompanied by', 'entourage'];

/**
 * Members of a delegation named in one sentence, each with role and side. `context` is the
 * text just before the sentence, which often says whose delegation it is; it may be given as a
 * function, as most sentences name no delegation and never need it.
 */
export function findDelegationMembers(sentence: string, context: string | (() => string), known: Map<string, PersonMention>): PersonMention[] {
  if (!cueWords.some((word) => sentence.includes(word)) || !delegationCue.test(sentence)) return [];
  // Someone named only in a possessive ("compared to Putin's trip to Pyongyang in 2000") is not listed as a member.
  const onlyPossessive = (name: string) => {
    const surname = name.split(/\s+/).at(-1)!;
    return sentence.split(surname).slice(1).every((after) => /^[’']s\b/.test(after));
  };
  const members = findPeople(sentence, known).filter((p) => (p.role || known.has(nameKey(p.name))) && !onlyPossessive(p.name));
  if (!members.length) return [];
  const side =
    sentence.match(/\b[Rr]epresenting\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)/u)?.[1] ??
    sentence.match(/\b((?:\p{Lu}[\p{L}-]*\s+){1,2})delegations?\b/u)?.[1] ??
    [...(typeof context === 'string' ? context : context()).matchAll(/\b((?:\p{Lu}[\p{L}-]*\s+){1,2})delegations?\b/gu)].at(-1)?.[1];
  const sideCountry = side ? countryOf(side) : undefined;
  return members.map((m) => ({ ...m, country: sideCountry ?? m.country ?? (m.role ? countryOf(m.role) : undefined) }));
}
