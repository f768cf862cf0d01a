/**
 * The per-article chain: read → clean → split → detect → describe. Its result depends on one
 * article alone, so it runs in worker threads and is cached by the article's content hash.
 */
import type { ArticleEntry, Attribution, Person } from '../../../src/schema.ts';
import type { ArticleAnalysis, Candidate } from '../model.ts';
import { readArticle } from './read/index.ts';
import { cleanArticle, type Paragraph } from './clean.ts';
import { splitSentences } from './split.ts';
import { detectCheckworthy } from './detect.ts';
import { extractQuantities } from './describe/quantities.ts';
import { findDelegationMembers, findPeople, nameKey, resolveKnown, toPerson, demonyms, type PersonMention } from './describe/people.ts';
import { findAttribution } from './describe/attribution.ts';
import { categorise } from './describe/category.ts';
import { claimDate, maxTitleLength, standaloneClaim, titleFor, type Referents } from './describe/wording.ts';
import { matchingKeys } from './describe/matching.ts';
import { asciiFold } from '../text.ts';

const demonymEntries = Object.entries(demonyms);
const countryAdjective = new Map<string, string>();
for (const [adjective, country] of demonymEntries)
  if (!countryAdjective.has(country) && /^[a-z ]+$/.test(adjective) && adjective.length > 3)
    countryAdjective.set(country, adjective.replace(/\b\w/g, (c) => c.toUpperCase()));

interface SentenceRef {
  paragraph: Paragraph;
  text: string;
  index: number;
}

function collectPeople(sentences: SentenceRef[]): Map<string, PersonMention & { count: number }> {
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

function referentsOf(known: Map<string, PersonMention & { count: number }>): Referents {
  const roles = new Map<string, string>();
  const ranked = [...known.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  for (const p of ranked) {
    if (!p.role) continue;
    const role = asciiFold(p.role);
    // Only titles that name one office ("russian president"), not long descriptions.
    if (role.split(' ').length <= 3 && !roles.has(role)) roles.set(role, p.name);
  }
  // "the Russian leader", "the North Korean head of state": the most-mentioned leader of that side.
  for (const p of ranked) {
    if (!p.country || !/\b(?:president|leader|king|queen|premier|prime minister|chancellor|head of state)\b/i.test(p.role ?? '')) continue;
    for (const [adjective, country] of demonymEntries) {
      if (country !== p.country) continue;
      for (const office of ['leader', 'president', 'head of state'])
        if (!roles.has(`${adjective} ${office}`)) roles.set(`${adjective} ${office}`, p.name);
    }
  }
  const pair = ranked.length >= 2 && ranked[1].count >= 2 ? ([ranked[0].name, ranked[1].name] as [string, string]) : undefined;
  return { roles, pair };
}

export function analyseArticle(file: string, bytes: Uint8Array, sidecar?: { file: string; text: string }): ArticleAnalysis {
  const raw = readArticle(file, bytes, sidecar);
  const paragraphs = cleanArticle(raw.blocks, raw.meta);
  const title = raw.meta.title ?? paragraphs.find((p) => p.kind === 'heading')?.text ?? paragraphs[0]?.text ?? raw.slug;
  const article: ArticleEntry = {
    slug: raw.slug,
    file,
    title,
    ...(raw.meta.outlet ? { outlet: raw.meta.outlet } : {}),
    ...(raw.meta.author ? { author: raw.meta.author } : {}),
    ...(raw.meta.published ? { published: raw.meta.published } : {}),
    ...(raw.meta.url ? { url: raw.meta.url } : {}),
    hash: raw.hash,
    paragraphs: paragraphs.map((p) => ({ id: p.id, text: p.text, kind: p.kind })),
  };

  const sentences: SentenceRef[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'heading') continue;
    for (const s of splitSentences(paragraph.text)) sentences.push({ paragraph, text: s.text, index: sentences.length });
  }
  const known = collectPeople(sentences);
  const referents = referentsOf(known);
  const peopleOf = sentences.map((s) => findPeople(s.text, known));
  // Truncated copies (the part of a sentence before a pronoun) are not cached.
  const peopleIn = (ref: SentenceRef) => (sentences[ref.index] === ref ? peopleOf[ref.index] : findPeople(ref.text, known));
  const speakers: (string | undefined)[] = [];
  // `before` is a function: only a pronoun needs the sentences before.
  const resolveName = (phrase: string, before: () => SentenceRef[]): string => {
    if (/^(?:he|she|him|her)$/i.test(phrase)) return lastSpeakerBefore(before()) ?? lastPersonIn(before()) ?? phrase;
    const role = referents.roles.get(asciiFold(phrase).replace(/^the /, ''));
    if (role) return role;
    const person = findPeople(phrase, known)[0];
    return person ? (known.get(nameKey(person.name))?.name ?? person.name) : phrase;
  };
  const lastPersonIn = (before: SentenceRef[]): string | undefined => {
    for (let i = before.length - 1; i >= Math.max(0, before.length - 3); i--) {
      const people = peopleIn(before[i]);
      if (people.length) return known.get(nameKey(people.at(-1)!.name))?.name ?? people.at(-1)!.name;
    }
    return undefined;
  };

  // A "he said" usually continues the speaker of the sentence just before, in the same paragraph.
  const lastSpeakerBefore = (before: SentenceRef[]): string | undefined => {
    const previous = before.at(-2) ?? undefined;
    return previous && previous.paragraph === before.at(-1)?.paragraph ? speakers[previous.index] : undefined;
  };
  const candidates: Candidate[] = [];
  const introSpeaker = new Map<string, string>();
  for (const s of sentences) {
    const before = sentences.slice(Math.max(0, s.index - 3), s.index);
    const attribution = findAttribution(s.text, (phrase) => resolveName(phrase, () => [...before, { ...s, text: s.text.split(phrase)[0] }]));
    speakers[s.index] = attribution?.speaker;
    // "The Russian president said:" hands its speaker to the block quote that follows.
    if (/:\s*$/.test(s.text) && attribution?.speaker) introSpeaker.set(s.paragraph.id, attribution.speaker);
    const quotedSpeaker =
      s.paragraph.kind === 'quote' ? introSpeaker.get(paragraphs[paragraphs.indexOf(s.paragraph) - 1]?.id ?? '') : undefined;
    const people = peopleOf[s.index];
    const members = findDelegationMembers(s.text, () => before.map((b) => b.text).join(' '), known);
    const date = claimDate(s.text, article.published);
    const base = {
      article: article.slug,
      paragraph: s.paragraph.id,
      quote: s.text,
      order: s.index,
      ...(date ? { date } : {}),
    };
    if (members.length) {
      for (const m of members) {
        const full = known.get(nameKey(m.name)) ?? m;
        const side = m.country ?? full.country;
        const role = m.role ?? full.role;
        const adjective = side ? countryAdjective.get(side) : undefined;
        const claim = `${role ? `${role.replace(/^\p{Ll}/u, (c) => c.toUpperCase())} ` : ''}${full.name} was a member of the ${adjective ? `${adjective} ` : ''}delegation.`;
        candidates.push({
          ...base,
          claim,
          title: titleFor(claim).length <= maxTitleLength ? titleFor(claim) : titleFor(`${full.name} was a member of the ${adjective ? `${adjective} ` : ''}delegation`),
          category: 'delegation',
          quantities: [],
          people: [toPerson({ ...full, role, country: side })],
          member: { key: nameKey(full.name), country: side },
        });
      }
      continue;
    }
    const detection = detectCheckworthy(s.text);
    if (!detection.checkworthy && !(quotedSpeaker && detection.score >= 1.5)) continue;
    const claim = standaloneClaim(
      {
        sentence: s.text,
        quotedSpeaker,
        // Only a sentence that starts with "he"/"she" (after a connective) uses it.
        lastPerson: /\b(?:he|she)\b/i.test(s.text) ? (lastSpeakerBefore([...before, s]) ?? lastPersonIn(before)) : undefined,
        previous: before.at(-1)?.text,
      },
      referents,
    );
    const effectiveAttribution: Attribution | undefined =
      attribution ?? (quotedSpeaker ? { speaker: quotedSpeaker, via: [], kind: 'quote' } : undefined);
    const quantities = extractQuantities(s.text);
    const mentioned = dedupePeople(people.map((p) => toPerson({ ...p, ...(known.get(nameKey(p.name)) ?? {}), role: p.role ?? known.get(nameKey(p.name))?.role })));
    candidates.push({
      ...base,
      claim,
      title: titleFor(claim),
      category: categorise(s.text, effectiveAttribution),
      quantities,
      people: mentioned,
      ...(effectiveAttribution ? { attribution: effectiveAttribution } : {}),
      keys: matchingKeys(s.text, quantities, mentioned),
    });
  }
  return { article, candidates };
}

function dedupePeople(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((p) => !seen.has(p.slug) && seen.add(p.slug));
}
