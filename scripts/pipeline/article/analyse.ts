/**
 * The per-article chain: read → clean → split → people of the article → for each sentence:
 * attribution, delegation members (which skip detection), date, detect, then wording, figures,
 * category and matching keys. Its result depends on one article alone, so it runs in worker
 * threads and is cached by the article's content hash.
 */
import type { ArticleEntry, Attribution, Person } from '../../../src/schema.ts';
import type { ArticleAnalysis, Candidate } from '../model.ts';
import { readArticle } from './read/index.ts';
import { cleanArticle } from './clean.ts';
import { splitSentences } from './split.ts';
import { detectCheckworthy } from './detect.ts';
import { extractQuantities } from './describe/quantities.ts';
import { findDelegationMembers, nameKey, toPerson } from './describe/people.ts';
import { collectPeople, NameResolver, referentsOf, type SentenceRef } from './describe/referents.ts';
import { findAttribution } from './describe/attribution.ts';
import { categorise } from './describe/category.ts';
import { delegationWording, standaloneClaim, titleFor } from './describe/wording.ts';
import { claimDate } from './describe/dates.ts';
import { matchingKeys } from './describe/matching.ts';
import { cleanDerived, MemoTables, withMemoTables } from '../text.ts';


/** An analyser: `analyseArticle` with memo tables of its own (words, names, sentences seen). */
export interface Analyser {
  analyse(file: string, bytes: Uint8Array, sidecar?: { file: string; text: string }, slug?: string): ArticleAnalysis;
  /** What its memo tables hold, in results. */
  readonly memoSize: number;
}

/** A fresh analyser, with empty memo tables: one per worker thread, or one per test. */
export function createAnalyser(): Analyser {
  const memo = new MemoTables();
  return {
    analyse: (file, bytes, sidecar, slug) => withMemoTables(memo, () => analyseArticle(file, bytes, sidecar, slug)),
    get memoSize() {
      return memo.size;
    },
  };
}

export function analyseArticle(file: string, bytes: Uint8Array, sidecar?: { file: string; text: string }, slug?: string): ArticleAnalysis {
  const raw = readArticle(file, bytes, sidecar, slug);
  const paragraphs = cleanArticle(raw.blocks, raw.meta);
  const title = raw.meta.title ?? cleanDerived(paragraphs.find((p) => p.kind === 'heading')?.text ?? paragraphs[0]?.text ?? raw.slug);
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

  // Every derived field (names, claim, title, keys) sees the sentence through `cleanDerived`; the quote is the sentence verbatim.
  const sentences: SentenceRef[] = [];
  const quotes: string[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'heading') continue;
    for (const s of splitSentences(paragraph.text)) {
      sentences.push({ paragraph, text: cleanDerived(s.text), index: sentences.length });
      quotes.push(s.text);
    }
  }
  const known = collectPeople(sentences);
  const referents = referentsOf(known);
  const resolver = new NameResolver(sentences, known, referents);
  const { peopleOf } = resolver;
  const candidates: Candidate[] = [];
  const introSpeaker = new Map<string, string>();
  for (const s of sentences) {
    const before = sentences.slice(Math.max(0, s.index - 3), s.index);
    const attribution = findAttribution(s.text, (phrase) => resolver.resolveName(phrase, () => [...before, { ...s, text: s.text.split(phrase)[0] }]));
    resolver.speakers[s.index] = attribution?.speaker;
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
      quote: quotes[s.index],
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
    const claim = standaloneClaim(
      {
        sentence: s.text,
        quotedSpeaker,
        // Only a sentence that starts with "he"/"she" (after a connective) uses it.
        lastPerson: /\b(?:he|she)\b/i.test(s.text) ? (resolver.lastSpeakerBefore([...before, s]) ?? resolver.lastPersonIn(before)) : undefined,
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
