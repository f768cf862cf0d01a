/**
 * Pure indexing of the corpus: every map a page needs, built in one pass over the claims
 * so that pages stay O(1) lookups even at 10,000 claims. Kept free of `astro:content` so it
 * can be unit-tested.
 */
import { slug as githubSlug } from 'github-slugger';
import type { ArticleEntry, Category, ClaimEntry, HistoryItem, Person, Status } from '../schema';
import { categories, statuses } from '../schema';
import { boundedSlug, compareCodeUnits, foldSpelling, uniqueSlugs, type SlugClash } from './slug';
import { lastUpdated, t } from './format';

export interface Claim extends ClaimEntry {
  /** Editor's Markdown body, if any. */
  body: string;
  /** Latest of its history and its review: feeds and the sitemap move with reviews. */
  updated: string;
  /** Distinct outlets reporting the claim, in source order. */
  outlets: string[];
}

export interface PersonIndex {
  slug: string;
  name: string;
  roles: string[];
  countries: string[];
  claims: Claim[];
}

export interface OutletIndex {
  name: string;
  slug: string;
  articles: ArticleEntry[];
  claims: Claim[];
}

export interface HistoryRow {
  date: string;
  change: HistoryItem['change'];
  detail?: string;
  claim: Claim;
}

export interface Corpus {
  /** Published claims: every list, search, feed and export. Withdrawn entries are not among them. */
  claims: Claim[];
  /** Every entry by id, withdrawn ones too: their permalinks stay, saying they were withdrawn. */
  claimById: Map<string, Claim>;
  /** Entries an editor hid (`hidden: true`). */
  withdrawn: Claim[];
  articles: ArticleEntry[];
  articleBySlug: Map<string, ArticleEntry>;
  byCategory: Map<Category, Claim[]>;
  byStatus: Map<Status, Claim[]>;
  people: Map<string, PersonIndex>;
  outlets: Map<string, OutletIndex>;
  /** Claims citing an article, in claim order. */
  claimsByArticle: Map<string, Claim[]>;
  /** Alias → id of the claim it now points to (never shadows a real claim id). */
  aliasTargets: Map<string, string>;
  related: (claim: Claim) => Claim[];
  history: HistoryRow[];
  /** The page slug of a person's entry slug (`person.slug`): unique, like every page name. */
  personPage: (slug: string) => string;
  /** Names that would have shared a page (two outlets, or two people, giving one slug), each saying which pages they got. */
  warnings: string[];
}

export const unknownOutlet = t.unknownOutlet;

/** URL-safe slug for page paths built from free text (outlet names, person slugs), bounded like every slug (a 300-character outlet is a page too). */
export const pathSlug = (text: string): string => boundedSlug(githubSlug(text).replace(/^-+|-+$/g, '')) || 'unnamed';

export function outletOf(source: ClaimEntry['sources'][number], articleBySlug: Map<string, ArticleEntry>): string {
  return source.outlet ?? articleBySlug.get(source.article)?.outlet ?? unknownOutlet;
}

const validAlias = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const addUnique = (list: string[], value: string | undefined) => {
  if (value && !list.includes(value)) list.push(value);
};

/** How many related claims a page shows, and how many candidates per shared key it weighs. */
const RELATED_LIMIT = 5;
const CANDIDATES_PER_KEY = 200;

export function indexCorpus(
  entries: readonly { data: ClaimEntry; body?: string }[],
  articleEntries: readonly ArticleEntry[],
): Corpus {
  const articles = [...articleEntries].sort((a, b) => compareCodeUnits(b.published ?? '', a.published ?? '') || compareCodeUnits(a.title, b.title));
  const articleBySlug = new Map(articles.map((article) => [article.slug, article]));

  const everyClaim: Claim[] = entries
    .map(({ data, body }) => ({
      ...data,
      body: body ?? '',
      updated: lastUpdated([...data.history, ...(data.reviewed ? [{ date: data.reviewed }] : [])]),
      outlets: [...new Set(data.sources.map((source) => outletOf(source, articleBySlug)))],
    }))
    .sort((a, b) => compareCodeUnits(a.id, b.id));
  const claimById = new Map(everyClaim.map((claim) => [claim.id, claim]));
  // One outlet, one page: spellings of one name ("Reuters", "REUTERS ") are that outlet, under its
  // most used spelling; names that differ but give one slug get a page each.
  const spellings = new Map<string, Map<string, number>>();
  const countSpelling = (name: string) => {
    const key = foldSpelling(name);
    const counts = spellings.get(key) ?? spellings.set(key, new Map()).get(key)!;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  for (const article of articles) countSpelling(article.outlet ?? unknownOutlet);
  for (const claim of everyClaim) for (const source of claim.sources) countSpelling(outletOf(source, articleBySlug));
  const outletName = new Map<string, string>();
  for (const [key, counts] of spellings) outletName.set(key, [...counts].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))[0][0]);
  const canonicalOutlet = (name: string) => outletName.get(foldSpelling(name)) ?? name;
  for (const claim of everyClaim) claim.outlets = [...new Set(claim.outlets.map(canonicalOutlet))];
  const outletSlugs = uniqueSlugs(outletName.values(), pathSlug);
  const personSlugs = uniqueSlugs(entries.flatMap(({ data }) => (data.people ?? []).map((p) => p.slug)), pathSlug);
  const personPage = (slug: string) => personSlugs.slugs.get(foldSpelling(slug)) ?? pathSlug(slug);
  const newOutlet = (name: string): OutletIndex => ({ name, slug: outletSlugs.slugs.get(foldSpelling(name)) ?? pathSlug(name), articles: [], claims: [] });
  const warnings = [...outletSlugs.clashes.map((c) => clashWarning('outlet', c)), ...personSlugs.clashes.map((c) => clashWarning('person', c))];
  const claims = everyClaim.filter((claim) => !claim.hidden);
  const withdrawn = everyClaim.filter((claim) => claim.hidden);

  const byCategory = new Map<Category, Claim[]>(categories.map((c) => [c, []]));
  const byStatus = new Map<Status, Claim[]>(statuses.map((s) => [s, []]));
  const people = new Map<string, PersonIndex>();
  const outlets = new Map<string, OutletIndex>();
  const claimsByArticle = new Map<string, Claim[]>();
  const claimsByParagraph = new Map<string, Claim[]>();
  const aliasTargets = new Map<string, string>();
  const history: HistoryRow[] = [];
  const categoryPosition = new Map<Claim, number>();

  for (const article of articles) {
    const name = canonicalOutlet(article.outlet ?? unknownOutlet);
    const outlet = outlets.get(name) ?? newOutlet(name);
    outlet.articles.push(article);
    outlets.set(name, outlet);
  }

  for (const claim of claims) {
    push(byCategory, claim.category, claim);
    categoryPosition.set(claim, byCategory.get(claim.category)!.length - 1);
    push(byStatus, claim.status, claim);
    for (const item of claim.history) history.push({ ...item, claim });
    for (const alias of claim.aliases) {
      // An alias becomes a page path, so it must be a slug like an id; anything else is skipped.
      if (validAlias.test(alias) && !claimById.has(alias) && !aliasTargets.has(alias)) aliasTargets.set(alias, claim.id);
    }
    const seenArticles = new Set<string>();
    for (const source of claim.sources) {
      if (!seenArticles.has(source.article)) {
        seenArticles.add(source.article);
        push(claimsByArticle, source.article, claim);
      }
      push(claimsByParagraph, `${source.article}#${source.paragraph}`, claim);
    }
    for (const name of claim.outlets) {
      const outlet = outlets.get(name) ?? newOutlet(name);
      outlet.claims.push(claim);
      outlets.set(name, outlet);
    }
    for (const person of claim.people ?? []) addPerson(people, personPage(person.slug), person, claim);
  }

  // A withdrawn entry's old addresses still lead to its withdrawal notice.
  for (const claim of withdrawn) {
    for (const alias of claim.aliases) {
      if (validAlias.test(alias) && !claimById.has(alias) && !aliasTargets.has(alias)) aliasTargets.set(alias, claim.id);
    }
  }

  history.sort((a, b) => compareCodeUnits(b.date, a.date) || compareCodeUnits(a.claim.id, b.claim.id));

  const related = (claim: Claim): Claim[] => {
    // Score neighbours by what they share: the same sentence counts most, then a person,
    // then only the category. Candidate lists are capped so popular people stay cheap.
    const scores = new Map<Claim, number>();
    const add = (candidates: readonly Claim[] | undefined, weight: number) => {
      for (const other of (candidates ?? []).slice(0, CANDIDATES_PER_KEY)) {
        if (other !== claim) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    };
    for (const source of claim.sources) add(claimsByParagraph.get(`${source.article}#${source.paragraph}`), 3);
    for (const person of claim.people ?? []) add(people.get(personPage(person.slug))?.claims, 2);
    if (scores.size < RELATED_LIMIT) {
      const sameCategory = byCategory.get(claim.category) ?? [];
      const at = categoryPosition.get(claim) ?? 0;
      add(sameCategory.slice(Math.max(0, at - RELATED_LIMIT), at + RELATED_LIMIT + 1), 1);
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || b[0].outlets.length - a[0].outlets.length || compareCodeUnits(a[0].id, b[0].id))
      .slice(0, RELATED_LIMIT)
      .map(([other]) => other);
  };

  return { claims, claimById, withdrawn, articles, articleBySlug, byCategory, byStatus, people, outlets, claimsByArticle, aliasTargets, related, history, personPage, warnings };
}

function clashWarning(kind: 'outlet' | 'person', clash: SlugClash): string {
  const pages = clash.names.map((name, i) => `"${name}" → /${kind === 'outlet' ? 'outlets' : 'people'}/${clash.slugs[i]}/`).join(', ');
  const fix = kind === 'outlet' ? "if they are one outlet, write its name the same way in every article's metadata (outlet:)" : "if they are one person, give the entries' people the same slug";
  return `${kind === 'outlet' ? 'outlets' : 'people'} ${clash.names.map((n) => `"${n}"`).join(' and ')} give one page name "${clash.slug}": each has its own page (${pages}); ${fix}.`;
}

function addPerson(people: Map<string, PersonIndex>, slug: string, person: Person, claim: Claim) {
  const entry = people.get(slug) ?? { slug, name: person.name, roles: [], countries: [], claims: [] };
  addUnique(entry.roles, person.role);
  addUnique(entry.countries, person.country);
  if (entry.claims.at(-1) !== claim) entry.claims.push(claim);
  people.set(slug, entry);
}

/** Claims reported by the most outlets first: the home page's "most corroborated". */
export function mostCorroborated(claims: readonly Claim[], limit: number): Claim[] {
  return [...claims]
    .sort((a, b) => b.outlets.length - a.outlets.length || b.sources.length - a.sources.length || compareCodeUnits(a.id, b.id))
    .slice(0, limit);
}

/** The side a person represents, for grouping the people list; 'Other' where no article says. */
export const sideOf = (person: PersonIndex): string => person.countries[0] ?? t.otherSide;
