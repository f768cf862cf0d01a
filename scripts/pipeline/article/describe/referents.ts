/**
 * Describe, referents: the people an article names (met by full name first, then counted with
 * their short mentions) and what its role phrases stand for ("the Russian president" → the
 * most-mentioned Russian leader), so that claims can name them.
 */
import { asciiFold, compareCodeUnits } from '../../text.ts';
import { demonyms } from '../../lexicon/places.ts';
import { leaderOffice, roleWords } from '../../lexicon/roles.ts';
import { plausibleSpeaker } from './speakers.ts';
import { findPeople, nameKey, resolveKnown, type PersonMention } from './people.ts';
import type { Paragraph } from '../clean.ts';
import type { Referents } from './wording.ts';

/** A sentence of the article and its place: its paragraph and its position among all sentences. */
export interface SentenceRef {
  paragraph: Paragraph;
  text: string;
  index: number;
}

const demonymEntries = Object.entries(demonyms);


export function collectPeople(sentences: { text: string }[]): Map<string, PersonMention & { count: number }> {
  const known = new Map<string, PersonMention & { count: number }>();
  // Two passes: the first meets people by their full names, the second counts short mentions too.
  for (const pass of [0, 1]) {
    for (const s of sentences) {
      for (const p of findPeople(s.text, known)) {
        const key = nameKey(p.name);
        const existing = known.get(key) ?? resolveKnown(p.name, known);
        if (existing) {
          const full = known.get(nameKey(existing.name))!;
          if (pass === 1) full.count++;
          if (!full.role && p.role) full.role = p.role;
          if (!full.country && p.country) full.country = p.country;
          if (p.name.length > full.name.length && p.name.split(' ').length <= 4 && nameKey(p.name).endsWith(nameKey(full.name).split(' ').at(-1)!))
            full.name = p.name;
        } else if (pass === 0 && p.name.includes(' ')) known.set(key, { ...p, count: 0 });
      }
    }
  }
  return known;
}

export function referentsOf(known: Map<string, PersonMention & { count: number }>): Referents {
  const roles = new Map<string, string>();
  const ranked = [...known.values()].sort((a, b) => b.count - a.count || compareCodeUnits(a.name, b.name));
  for (const p of ranked) {
    if (!p.role) continue;
    const role = asciiFold(p.role);
    // Only titles that name one office ("russian president"), not long descriptions.
    if (role.split(' ').length <= 3 && !roles.has(role)) roles.set(role, p.name);
  }
  // "the Russian leader", "the North Korean head of state": the most-mentioned leader of that side.
  for (const p of ranked) {
    if (!p.country || !leaderOffice.test(p.role ?? '')) continue;
    for (const [adjective, country] of demonymEntries) {
      if (country !== p.country) continue;
      for (const office of ['leader', 'president', 'head of state'])
        if (!roles.has(`${adjective} ${office}`)) roles.set(`${adjective} ${office}`, p.name);
    }
  }
  const pair = ranked.length >= 2 && ranked[1].count >= 2 ? ([ranked[0].name, ranked[1].name] as [string, string]) : undefined;
  return { roles, pair };
}

/**
 * Names for the phrases a sentence uses: pronouns ("he said": the speaker of the sentence before
 * in the same paragraph, or the last person named), role phrases and short names. `speakers`
 * records each sentence's speaker as attribution finds it.
 */
export class NameResolver {
  readonly peopleOf: PersonMention[][];
  readonly speakers: (string | undefined)[] = [];
  private readonly sentences: SentenceRef[];
  private readonly known: Map<string, PersonMention & { count: number }>;
  private readonly referents: Referents;
  constructor(sentences: SentenceRef[], known: Map<string, PersonMention & { count: number }>, referents: Referents) {
    this.sentences = sentences;
    this.known = known;
    this.referents = referents;
    this.peopleOf = sentences.map((s) => findPeople(s.text, known));
  }

  /** Truncated copies (the part of a sentence before a pronoun) are not cached. */
  private peopleIn(ref: SentenceRef): PersonMention[] {
    return this.sentences[ref.index] === ref ? this.peopleOf[ref.index] : findPeople(ref.text, this.known);
  }

  private fullName(name: string): string {
    return this.known.get(nameKey(name))?.name ?? name;
  }

  /**
   * Who a phrase of an attribution names, or '' when it names nobody (a junk phrase). `before` is
   * a function: only a pronoun needs the sentences before (the last one is this sentence up to the
   * pronoun).
   */
  resolveName(phrase: string, before: () => SentenceRef[]): string {
    if (/^(?:he|she|him|her)$/i.test(phrase)) {
      const context = before();
      // The subject of this very sentence ("Kim's turn … and he has told"), then the last speaker, then the last person named.
      const own = context.at(-1);
      const subject = own ? this.peopleIn(own)[0] : undefined;
      return (subject && this.fullName(subject.name)) ?? this.lastSpeakerBefore(context) ?? this.lastPersonIn(context.slice(0, -1)) ?? '';
    }
    const folded = asciiFold(phrase).replace(/^(?:the|a|an) /, '');
    const role = this.referents.roles.get(folded);
    if (role) return role;
    // "the mayor of Lviv city": the person the article gave that office, not a name inside the phrase.
    const office = folded.split(' ').find((w) => roleWords.has(w) && !/^(?:state|national|first|general)$/.test(w));
    if (/^(?:the|a|an) /i.test(phrase) && office) {
      const holder = [...this.known.values()].find((p) => p.role && asciiFold(p.role).split(' ').includes(office));
      return holder?.name ?? plausibleSpeaker(phrase) ?? '';
    }
    // "Putin's foreign policy adviser Yuri Ushakov": the person the phrase ends on, not the possessor.
    const person = findPeople(phrase, this.known).at(-1);
    if (person) return this.fullName(person.name);
    return plausibleSpeaker(phrase) ?? '';
  }

  lastPersonIn(before: SentenceRef[]): string | undefined {
    for (let i = before.length - 1; i >= Math.max(0, before.length - 3); i--) {
      const people = this.peopleIn(before[i]);
      if (people.length) return this.fullName(people.at(-1)!.name);
    }
    return undefined;
  }

  /** A "he said" continues the speaker of one of the two sentences before (a quote runs over paragraphs). */
  lastSpeakerBefore(before: SentenceRef[]): string | undefined {
    for (let i = before.length - 2; i >= Math.max(0, before.length - 3); i--) if (this.speakers[before[i].index]) return this.speakers[before[i].index];
    return undefined;
  }
}
