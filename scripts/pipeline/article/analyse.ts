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
import { findDelegationMembers, findPeople, nameKey, toPerson } from './describe/people.ts';
import { collectPeople, referentsOf } from './describe/referents.ts';
import { findAttribution } from './describe/attribution.ts';
import { categorise } from './describe/category.ts';
import { delegationWording, standaloneClaim } from './describe/wording.ts';
import { headline } from './describe/headline.ts';
import { findEnumeration, itemClaim } from './describe/enumeration.ts';
import { documentSpeaker, plausibleSpeaker, speakerLabel } from './describe/speakers.ts';
import { roleWords } from '../lexicon/roles.ts';
import { claimDate } from './describe/dates.ts';
import { matchingKeys } from './describe/matching.ts';
import { asciiFold, MemoTables, withMemoTables } from '../text.ts';

interface SentenceRef {
  paragraph: Paragraph;
  text: string;
  index: number;
}

/** An analyser: `analyseArticle` with memo tables of its own (words, names, sentences seen). */
export interface Analyser {
  analyse(file: string, bytes: Uint8Array, sidecar?: { file: string; text: string }): ArticleAnalysis;
  /** What its memo tables hold, in results. */
  readonly memoSize: number;
}

/** A fresh analyser, with empty memo tables: one per worker thread, or one per test. */
export function createAnalyser(): Analyser {
  const memo = new MemoTables();
  return {
    analyse: (file, bytes, sidecar) => withMemoTables(memo, () => analyseArticle(file, bytes, sidecar)),
    get memoSize() {
      return memo.size;
    },
  };
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
  const fullName = (name: string) => known.get(nameKey(name))?.name ?? name;
  // `before` is a function: only a pronoun needs the sentences before.
  const resolveName = (phrase: string, before: () => SentenceRef[]): string => {
    if (/^(?:he|she|him|her)$/i.test(phrase)) {
      const context = before();
      // The subject of this very sentence ("Kim's turn … and he has told"), then the last speaker, then the last person named.
      const own = context.at(-1);
      const subject = own ? peopleIn(own)[0] : undefined;
      return (subject && fullName(subject.name)) ?? lastSpeakerBefore(context) ?? lastPersonIn(context.slice(0, -1)) ?? '';
    }
    const folded = asciiFold(phrase).replace(/^(?:the|a|an) /, '');
    const role = referents.roles.get(folded);
    if (role) return role;
    // "the mayor of Lviv city": the person the article gave that office, not a name inside the phrase.
    const office = folded.split(' ').find((w) => roleWords.has(w) && !/^(?:state|national|first|general)$/.test(w));
    if (/^(?:the|a|an) /i.test(phrase) && office) {
      const holder = [...known.values()].find((p) => p.role && asciiFold(p.role).split(' ').includes(office));
      return holder?.name ?? plausibleSpeaker(phrase) ?? '';
    }
    const person = findPeople(phrase, known)[0];
    if (person) return fullName(person.name);
    return plausibleSpeaker(phrase) ?? '';
  };
  const lastPersonIn = (before: SentenceRef[]): string | undefined => {
    for (let i = before.length - 1; i >= Math.max(0, before.length - 3); i--) {
      const people = peopleIn(before[i]);
      if (people.length) return fullName(people.at(-1)!.name);
    }
    return undefined;
  };

  // A "he said" continues the speaker of one of the two sentences before (a quote runs over paragraphs).
  const lastSpeakerBefore = (before: SentenceRef[]): string | undefined => {
    for (let i = before.length - 2; i >= Math.max(0, before.length - 3); i--) if (speakers[before[i].index]) return speakers[before[i].index];
    return undefined;
  };
  // Whose words the document is (a statement by a person), and the transcript speaker of each paragraph.
  const headingTexts = [article.title, ...paragraphs.filter((p) => p.kind === 'heading').slice(0, 3).map((p) => p.text)];
  const statedBy = documentSpeaker(headingTexts);
  const nameFromHeading = (phrase: string) => {
    const person = findPeople(phrase, known)[0] ?? findPeople(`${phrase} said`, known)[0];
    return person ? fullName(person.name) : plausibleSpeaker(phrase.replace(/^(?:[\p{Ll}]+\s+)+/u, ''));
  };
  // The byline of a statement gives the full name ("Joseph R. Biden Jr." for "Statement by President Biden").
  const statedName = statedBy ? nameFromHeading(statedBy) : undefined;
  const byline = raw.meta.author;
  const documentVoice =
    statedName && byline && asciiFold(byline).includes(asciiFold(statedName).split(' ').at(-1)!) ? byline : statedName;
  const labelSpeaker = new Map<Paragraph, string | undefined>();
  let current: string | undefined;
  // A transcript labels many paragraphs; one "PYONGYANG:" is a dateline.
  const labelled = paragraphs.filter((p) => speakerLabel(p.text)).length >= 3;
  for (const p of labelled ? paragraphs : []) {
    const label = speakerLabel(p.text);
    if (label) {
      const surname = asciiFold(label.surname);
      const fromText = [...known.values()].find((k) => asciiFold(k.name).endsWith(surname));
      const fromTitle = fromText ? undefined : findPeople(article.title, known).find((k) => asciiFold(k.name).endsWith(surname));
      current = label.label === 'Q' ? undefined : (fromText?.name ?? fromTitle?.name ?? label.label.replace(/\b(\p{Lu})(\p{Lu}+)/gu, (_m, a: string, b: string) => a + b.toLowerCase()));
    }
    labelSpeaker.set(p, current);
  }
  const candidates: Candidate[] = [];
  const introSpeaker = new Map<string, string>();
  for (const s of sentences) {
    const before = sentences.slice(Math.max(0, s.index - 3), s.index);
    let attribution = findAttribution(s.text, (phrase) => resolveName(phrase, () => [...before, { ...s, text: s.text.split(phrase)[0] }]));
    // A medium alone (KCNA reported …) is where the claim comes from.
    if (attribution && !attribution.speaker && attribution.via.length) attribution = { ...attribution, speaker: attribution.via[0] };
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
        candidates.push({
          ...base,
          ...delegationWording(full.name, role, side),
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
    // A sentence of a statement or of a transcript's speaker is that speaker's word unless it names another.
    const contextSpeaker = attribution?.speaker || quotedSpeaker ? undefined : (labelSpeaker.get(s.paragraph) ?? documentVoice);
    const claim = standaloneClaim(
      {
        sentence: s.text,
        speaker: attribution?.speaker,
        contextSpeaker,
        quotedSpeaker,
        // Only a sentence that starts with "he"/"she" (after a connective) uses it.
        lastPerson: /\b(?:he|she)\b/i.test(s.text) ? (lastSpeakerBefore([...before, s]) ?? lastPersonIn(before)) : undefined,
        previous: before.at(-1)?.text,
      },
      referents,
    );
    const voice = quotedSpeaker ?? contextSpeaker;
    const effectiveAttribution: Attribution | undefined = attribution ?? (voice ? { speaker: voice, via: [], kind: 'quote' } : undefined);
    const quantities = extractQuantities(s.text);
    const mentioned = dedupePeople(people.map((p) => toPerson({ ...p, ...(known.get(nameKey(p.name)) ?? {}), role: p.role ?? known.get(nameKey(p.name))?.role })));
    const describe = (claimText: string, item?: string): Candidate => {
      const title = headline({
        claim: claimText,
        speaker: effectiveAttribution?.speaker,
        people: mentioned,
        figures: [...quantities.map((q) => q.text), ...(item ? [item] : [])],
        ...(item && enumeration ? { list: { lead: enumeration.lead, item } } : {}),
      });
      return {
      ...base,
      claim: claimText,
      title,
      // The topic of what the headline keeps (the main clause), before any word in a side clause.
      category: categorise(title.replace(/^[^:]{1,60}:\s+/, ''), undefined, categorise(claimText, attribution)),
      quantities: item ? quantities.filter((q) => item.includes(q.text) || !enumeration!.items.some((i) => i.includes(q.text))) : quantities,
      people: item ? mentioned.filter((p) => !enumeration!.items.some((i) => i !== item && i.includes(p.name)) || item.includes(p.name)) : mentioned,
      ...(effectiveAttribution ? { attribution: effectiveAttribution } : {}),
      ...(item ? { item } : {}),
      keys: matchingKeys(item ? claimText : s.text, quantities, mentioned),
      };
    };
    // A list in a sentence ("flooding across Benghazi, Derna and Sirte") is one claim per item.
    // (Not in a speaker's statement: "an agenda of talks, a concert and a reception" is what they said.)
    const enumeration = attribution?.speaker ? undefined : findEnumeration(claim);
    if (enumeration) for (const item of enumeration.items) candidates.push(describe(itemClaim(enumeration, item), item));
    else candidates.push(describe(claim));
  }
  return { article, candidates };
}

function dedupePeople(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((p) => !seen.has(p.slug) && seen.add(p.slug));
}
