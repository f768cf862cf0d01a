/**
 * The per-article chain: read → clean → split → people of the article and who speaks for it
 * (a statement's author, a transcript's labels) → for each sentence: attribution, delegation
 * members (which skip detection), date, detect, then wording (claim, headline, one claim per
 * list item), figures, category and matching keys. Its result depends on one article alone, so
 * it runs in worker threads and is cached by the article's content hash.
 */
import type { ArticleEntry, Attribution, Person } from '../../../src/schema.ts';
import type { ArticleAnalysis, Candidate } from '../model.ts';
import { readArticle } from './read/index.ts';
import { cleanArticle, type Paragraph } from './clean.ts';
import { splitSentences } from './split.ts';
import { detectCheckworthy } from './detect.ts';
import { extractQuantities } from './describe/quantities.ts';
import { findDelegationMembers, nameKey, toPerson } from './describe/people.ts';
import { collectPeople, NameResolver, referentsOf, type SentenceRef } from './describe/referents.ts';
import { findAttribution } from './describe/attribution.ts';
import { categorise, inStory } from './describe/category.ts';
import { claimSentence, delegationWording, namesSpeaker, standaloneClaim } from './describe/wording.ts';
import { splitClauses, splitSentence } from './describe/clauses.ts';
import { headline } from './describe/headline.ts';
import { findEnumeration, itemClaim, itemWords, leadClause, leadOfList, withListLead } from './describe/enumeration.ts';
import { voicesOf } from './describe/voices.ts';
import { opensWithPronounSpeech, subjectSpeaker } from './describe/speakers.ts';
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
    ...(raw.meta.republish !== undefined ? { republish: raw.meta.republish } : {}),
    hash: raw.hash,
    paragraphs: paragraphs.map((p) => ({ id: p.id, text: p.text, kind: p.kind })),
  };

  // Every derived field (names, claim, title, keys) sees the sentence through `cleanDerived`; the quote is the sentence verbatim.
  const sentences: SentenceRef[] = [];
  const quotes: string[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'heading') continue;
    // A list item's first sentence goes without its bullet (still a verbatim part of the line).
    splitSentences(paragraph.text).forEach((s, i) => {
      const quote = paragraph.kind === 'item' && i === 0 ? itemWords(s.text) : s.text;
      sentences.push({ paragraph, text: cleanDerived(quote), index: sentences.length });
      quotes.push(quote);
    });
  }
  const known = collectPeople(sentences);
  const referents = referentsOf(known);
  const resolver = new NameResolver(sentences, known, referents);
  const { peopleOf } = resolver;
  // Whose words the document is (a statement by a person), and the transcript speaker of each paragraph.
  const { documentVoice, labelSpeaker } = voicesOf(article.title, raw.meta.author, paragraphs, known);
  // How often the article names something, for headlines to keep the names a claim alone brings.
  const articleText = [article.title, ...sentences.map((s) => s.text)].join('\n');
  const mentionCounts = new Map<string, number>();
  const mentions = (name: string) => mentionCounts.get(name) ?? mentionCounts.set(name, articleText.split(name).length - 1).get(name)!;
  const candidates: Candidate[] = [];
  const introSpeaker = new Map<string, string>();
  for (const s of sentences) {
    const before = sentences.slice(Math.max(0, s.index - 3), s.index);
    let attribution = findAttribution(s.text, (phrase) => resolver.resolveName(phrase, () => [...before, { ...s, text: s.text.split(phrase)[0] }]));
    // "Putin also expressed …", "Kim thanked …": a person who opens the sentence with a speech act speaks.
    if (!attribution?.speaker) {
      const opener = subjectSpeaker(s.text, peopleOf[s.index]) ?? (opensWithPronounSpeech(s.text) ? resolver.resolveName('he', () => [...before, { ...s, text: '' }]) || undefined : undefined);
      if (opener) attribution = { via: attribution?.via ?? [], kind: attribution?.kind ?? 'reported', speaker: known.get(nameKey(opener))?.name ?? opener };
    }
    // A medium alone (KCNA reported …) is where the claim comes from.
    if (attribution && !attribution.speaker && attribution.via.length) attribution = { ...attribution, speaker: attribution.via[0] };
    resolver.speakers[s.index] = attribution?.speaker;
    // "The Russian president said:" hands its speaker to the block quote that follows.
    if (/:\s*$/.test(s.text) && attribution?.speaker) introSpeaker.set(s.paragraph.id, attribution.speaker);
    // (Not a sentence that names its own speaker: "Reuters said:" over "…, Mayor Andriy Sadovyi wrote on Telegram.")
    const quotedSpeaker =
      s.paragraph.kind === 'quote' && !attribution?.speaker ? introSpeaker.get(paragraphs[paragraphs.indexOf(s.paragraph) - 1]?.id ?? '') : undefined;
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
    // A list item says something with the line that introduces it ("The package includes: • 75,000 rounds …").
    const listLead = s.paragraph.kind === 'item' && itemWords(s.paragraph.text) === quotes[s.index] ? leadOfList(paragraphs, s.paragraph) : undefined;
    const sentence = listLead ? withListLead(listLead, s.text) : s.text;
    const detection = detectCheckworthy(sentence);
    // A block quote under "X said:" and an item under "The package includes:" are claims with less.
    if (!detection.checkworthy && !((quotedSpeaker || listLead) && detection.score >= 1.5)) continue;
    // A sentence of a statement or of a transcript's speaker is that speaker's word unless it names another.
    const contextSpeaker = attribution?.speaker || quotedSpeaker ? undefined : (labelSpeaker.get(s.paragraph) ?? documentVoice);
    // Two claims joined in one sentence ("… to Tallahassee and has one in Atlanta") are two candidates, each quoting the whole sentence.
    const quotedWords = Boolean(quotedSpeaker || (contextSpeaker && !namesSpeaker(sentence, contextSpeaker)));
    // Matching keys come from the clause as plain words, so a statement's quoted clause meets another outlet's plain one.
    // (Read without a dateline or a transcript's speaker label, which the claim drops anyway.)
    const cleaned = listLead ? undefined : claimSentence(sentence);
    const plainSplit = cleaned === undefined ? undefined : splitSentence(cleaned);
    const plainParts = plainSplit?.claims ?? [sentence];
    // Each clause as the quote writes it: what tells the two entries' sources apart.
    const written = plainSplit && writtenClauses(quotes[s.index], plainSplit.written);
    const parts = (plainSplit && quotedWords && splitClauses(cleaned!, true)) || plainParts;
    for (const [p, part] of parts.entries()) {
      const wording = (sentence: string) => standaloneClaim(
        {
          sentence,
          speaker: attribution?.speaker,
          contextSpeaker,
          quotedSpeaker,
          // Only a sentence that starts with "he"/"she" (after a connective) uses it.
          lastPerson: /\b(?:he|she)\b/i.test(part) ? (resolver.lastSpeakerBefore([...before, s]) ?? resolver.lastPersonIn(before)) : undefined,
          previous: before.at(-1)?.text,
        },
        referents,
      );
      const claim = wording(part);
      // A quoted clause marks the words it leaves out ("FEMA … has one in Atlanta"); its headline reads the plain clause.
      const plainClaim = part === plainParts[p] ? claim : wording(plainParts[p]);
      const voice = quotedSpeaker ?? contextSpeaker;
      const effectiveAttribution: Attribution | undefined = attribution ?? (voice ? { speaker: voice, via: [], kind: 'quote' } : undefined);
      const quantities = extractQuantities(s.text);
      const mentioned = dedupePeople(people.map((p) => toPerson({ ...p, ...(known.get(nameKey(p.name)) ?? {}), role: p.role ?? known.get(nameKey(p.name))?.role })));
      // A clause of a split sentence has its own figures and people, and its own matching keys.
      const ofPart = parts.length > 1 ? plainParts[p] : undefined;
      const clause = written?.[p];
      const describe = (claimText: string, item?: string, ownQuote?: string): Candidate => {
        // An item's figures are its own, and the lead's where the lead is no claim of its own: "more than
        // 1,500 federal personnel, including four teams" states the 1,500 in the lead's entry, the four here.
        const own = item
          ? quantities.filter((q) => item.includes(q.text) || (!main && !enumeration!.items.some((i) => i.includes(q.text))))
          : ownQuote || ofPart
            ? quantities.filter((q) => (ownQuote ?? ofPart)!.includes(q.text))
            : quantities;
        const title = headline({
          claim: claimText === claim ? plainClaim : claimText,
          speaker: effectiveAttribution?.speaker,
          people: mentioned,
          figures: item ? [...own.map((q) => q.text), item] : quantities.map((q) => q.text),
          mentions,
          ...(item && enumeration ? { list: { lead: enumeration.lead, item } } : {}),
          ...(listLead ? { list: { lead: listLead.replace(/:\s*$/, ''), item: s.text } } : {}),
        });
        return {
        ...base,
        ...(ownQuote ? { quote: ownQuote } : {}),
        claim: claimText,
        title,
        // The topic of what the headline keeps (the main clause), before any word in a side clause.
        category: inStory(categorise(title.replace(/^[^:]{1,60}:\s+/, ''), undefined, categorise(claimText, attribution)), article.title),
        quantities: own,
        people: item
          ? mentioned.filter((p) => !enumeration!.items.some((i) => i !== item && i.includes(p.name)) || item.includes(p.name))
          : ofPart
            ? mentioned.filter((p) => namesSpeaker(claimText, p.name))
            : mentioned,
        ...(effectiveAttribution ? { attribution: effectiveAttribution } : {}),
        ...(item ? { item } : {}),
        ...(clause && !item && !ownQuote ? { clause } : {}),
        // (An item's keys hold its own figures: the other items' figures would join it to their entries.)
        keys: matchingKeys(item || ownQuote ? claimText : (ofPart ?? s.text), item || ownQuote ? own : quantities, mentioned, ofPart && s.text),
        };
      };
      // A list in a sentence ("flooding across Benghazi, Derna and Sirte") is one claim per item.
      // (Not in a speaker's statement: "an agenda of talks, a concert and a reception" is what they said.)
      const enumeration = attribution?.speaker || listLead ? undefined : findEnumeration(claim);
      // A list hanging on a clause of its own: the clause is a claim too, quoted apart from the list.
      const main = enumeration && leadClause(enumeration, quotes[s.index]);
      if (main) candidates.push(describe(main.claim, undefined, main.leadQuote));
      if (enumeration) for (const item of enumeration.items) candidates.push(describe(itemClaim(enumeration, item), item, main ? main.listQuote : undefined));
      else candidates.push(describe(claim, listLead ? s.text : undefined));
    }
  }
  return { article, candidates };
}

/**
 * A split sentence's two clauses as its quote writes them (the quote may hold a dateline or a
 * speaker label the claim drops): the words up to the joining "and", and those after it.
 */
function writtenClauses(quote: string, [first, second]: [string, string]): [string, string] {
  // (Without its full stop: "…, according to the Associated Press." may follow it in the quote.)
  const at = quote.lastIndexOf(second.replace(/[.!]\s*$/u, ''));
  if (at < 0) return [first, second];
  const head = quote.slice(0, at).replace(/[\s,;]*(?:and|but)?\s*$/u, '');
  return [head.slice(Math.max(0, head.length - first.length - 40)).endsWith(first.trim()) ? head : first, quote.slice(at)];
}

function dedupePeople(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((p) => !seen.has(p.slug) && seen.add(p.slug));
}
