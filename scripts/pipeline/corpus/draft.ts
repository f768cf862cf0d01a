/**
 * From a merged group to the entry's content: sources with outlet and date, one standalone
 * wording, the category most sources support, status, and the variance between outlets.
 */
import type { Category, ClaimEntry, Person, Quantity, Source, Status, Variance } from '../../../src/schema.ts';
import { categories } from '../../../src/schema.ts';
import type { ArticleMeta, Candidate } from '../model.ts';
import { isMedium } from '../lexicon/media.ts';
import { keyList, packKeys } from '../keys.ts';
import { compareCodeUnits, contentTerms, foldTypography } from '../text.ts';
import { foldSpelling } from '../../../src/lib/slug.ts';

/** An entry before it has an id and a history. */
export type DraftEntry = Omit<ClaimEntry, 'id' | 'history' | 'aliases'> & {
  /** Every wording its sentences give (see `wordingKey`): an entry keeps its wording while it is one of them. */
  wordings?: string[];
};

/** A claim and its title as one key. */
export const wordingKey = (w: { claim: string; title: string }) => `${w.claim}\u0000${w.title}`;

const denial = /\b(?:den(?:y|ies|ied)|denial|rejects?|rejected|refuted|dismissed)\b/i;

/**
 * The wording to show: the sentence closest to what all sources say (most words in common with
 * the others), preferring one that stands on its own over a quote fragment.
 */
function representative(group: Candidate[]): Candidate {
  if (group.length === 1) return group[0];
  const sample = group.slice(0, 40);
  const terms = sample.map((c) => new Set<string | number>(c.keys ? keyList(packKeys(c.keys), 'terms') : contentTerms(c.quote)));
  const centrality = (i: number) =>
    terms.reduce((sum, other, j) => (i === j ? sum : sum + [...terms[i]].filter((t) => other.has(t)).length / Math.max(1, Math.min(terms[i].size, other.size))), 0);
  const rank = (c: Candidate, i: number) =>
    (/^[“"‘]/.test(c.claim) ? 2 : 0) + (c.claim.length > 260 ? 1 : 0) + (c.claim.length < 50 ? 1 : 0) + (c.attribution?.kind === 'quote' ? 0.5 : 0) - centrality(i);
  const ranked = sample.map((c, i) => ({ c, r: rank(c, i) }));
  return ranked.sort((a, b) => a.r - b.r || compareCodeUnits(a.c.article, b.c.article) || a.c.order - b.c.order)[0].c;
}

function sourceOf(c: Candidate, article: ArticleMeta | undefined): Source {
  const source: Source = { article: c.article, quote: c.quote, paragraph: c.paragraph };
  if (article?.outlet) source.outlet = article.outlet;
  if (article?.title) source.title = article.title;
  if (article?.published) source.published = article.published;
  if (article?.url) source.url = article.url;
  if (c.attribution) source.attribution = c.attribution;
  // The item of a list, or the clause of a sentence stating two claims: what this entry's source is about.
  if (c.item ?? c.clause) source.item = c.item ?? c.clause;
  return source;
}

function majorityCategory(group: Candidate[]): Category {
  const votes = new Map<Category, number>();
  for (const c of group) votes.set(c.category, (votes.get(c.category) ?? 0) + 1);
  return [...votes].sort((a, b) => b[1] - a[1] || categories.indexOf(a[0]) - categories.indexOf(b[0]))[0][0];
}

/** Quoted words, for comparing two outlets' renderings of one statement. */
function quotedPhrases(text: string): string[] {
  return [...text.matchAll(/[“"‘]([^”"’]{3,})[”"’]/g)].map((m) => foldTypography(m[1]).toLowerCase());
}

function varianceOf(sources: Source[], group: Candidate[]): Variance[] {
  const out: Variance[] = [];
  const outletOf = (c: Candidate) => sources.find((s) => s.article === c.article)?.outlet ?? c.article;
  const perUnit = new Map<string, Map<string, { text: string; articles: Set<string>; q: Quantity }>>();
  for (const c of group)
    for (const q of c.quantities) {
      const readings = perUnit.get(q.unit) ?? perUnit.set(q.unit, new Map()).get(q.unit)!;
      const reading = `${q.qualifier ? `${q.qualifier} ` : ''}${q.text.replace(new RegExp(`^${q.qualifier ?? ''}\\s*`, 'i'), '')}`;
      const r = readings.get(reading) ?? readings.set(reading, { text: reading, articles: new Set(), q }).get(reading)!;
      r.articles.add(c.article);
    }
  for (const readings of perUnit.values()) {
    const list = [...readings.values()];
    if (list.length < 2 || new Set(list.flatMap((r) => [...r.articles])).size < 2) continue;
    const values = new Set(list.map((r) => `${r.q.value}/${r.q.of ?? ''}`));
    const aspect = values.size > 1 ? 'figure' : 'qualifier';
    if (aspect === 'qualifier' && new Set(list.map((r) => r.q.qualifier ?? '')).size < 2) continue;
    out.push({
      aspect,
      detail: list.map((r) => `"${r.text}" (${[...r.articles].map((a) => outletOf({ article: a } as Candidate)).join(', ')})`).join(' vs '),
      readings: list.map((r) => ({ text: r.text, articles: [...r.articles].sort() })),
    });
  }
  // Two outlets quoting one statement in different words (translations, paraphrase).
  const quoted = group.map((c) => ({ article: c.article, phrases: quotedPhrases(c.quote) })).filter((q) => q.phrases.length);
  const distinct = new Map<string, Set<string>>();
  for (const q of quoted) for (const p of q.phrases) (distinct.get(p) ?? distinct.set(p, new Set()).get(p)!).add(q.article);
  const phrases = [...distinct.keys()];
  const similar = phrases.filter((p) =>
    phrases.some((o) => o !== p && overlap(p, o) >= 0.5 && [...distinct.get(o)!].some((a) => !distinct.get(p)!.has(a))),
  );
  if (similar.length >= 2) {
    const readings = similar.map((p) => ({ text: p, articles: [...distinct.get(p)!].sort() }));
    out.push({
      aspect: 'wording',
      detail: readings.map((r) => `"${r.text}" (${r.articles.map((a) => outletOf({ article: a } as Candidate)).join(', ')})`).join(' vs '),
      readings,
    });
  }
  return out;
}

function overlap(a: string, b: string): number {
  const wa = new Set(a.split(/\W+/).filter(Boolean));
  const wb = new Set(b.split(/\W+/).filter(Boolean));
  const common = [...wa].filter((w) => wb.has(w)).length;
  return common / Math.min(wa.size, wb.size);
}

function statusOf(sources: Source[], variance: Variance[], group: Candidate[]): Status {
  if (variance.some((v) => v.aspect === 'figure') || group.some((c) => denial.test(c.quote) && c.category !== 'delegation')) return 'disputed';
  // "Reuters" and "REUTERS " are one outlet: one outlet's two articles corroborate nothing.
  const outlets = new Set(sources.map((s) => foldSpelling(s.outlet ?? s.article)));
  const partyWordOnly = sources.every((s) => s.attribution?.speaker && !isMedium(s.attribution.speaker));
  if (partyWordOnly) return 'attributed';
  return outlets.size >= 2 ? 'corroborated' : 'single-source';
}

function mergePeople(group: Candidate[]): Person[] {
  const bySlug = new Map<string, Person>();
  for (const c of group) for (const p of c.people) if (!bySlug.has(p.slug)) bySlug.set(p.slug, p);
  return [...bySlug.values()];
}

export function draftEntry(group: Candidate[], articles: Map<string, ArticleMeta>): DraftEntry {
  const seen = new Set<string>();
  const ordered = [...group].sort((a, b) => compareCodeUnits(a.article, b.article) || a.order - b.order);
  const unique = ordered.filter((c) => {
    const key = `${c.article}\u0000${c.quote}`;
    return !seen.has(key) && seen.add(key);
  });
  const sources = unique.map((c) => sourceOf(c, articles.get(c.article)));
  const lead = representative(unique);
  const variance = varianceOf(sources, unique);
  const quantities = lead.quantities;
  const people = mergePeople(unique);
  const dates = unique.map((c) => c.date).filter((d): d is string => Boolean(d)).sort();
  const draft: DraftEntry = {
    claim: lead.claim,
    title: lead.title,
    category: lead.member ? 'delegation' : majorityCategory(unique),
    status: statusOf(sources, variance, unique),
    sources,
    wordings: [...new Set(unique.map(wordingKey))],
  };
  if (dates.length) draft.date = dates[0];
  if (quantities.length) draft.quantities = quantities;
  if (people.length) draft.people = people;
  if (lead.attribution) draft.attribution = lead.attribution;
  if (variance.length) draft.variance = variance;
  return draft;
}
