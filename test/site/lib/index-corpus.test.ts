import { describe, expect, test } from 'vitest';
import { indexCorpus, mostCorroborated, pathSlug } from '../../../src/lib/index-corpus';
import { loadFixtureCorpus } from '../fixtures/load';

const { claims, articles } = loadFixtureCorpus();
const corpus = indexCorpus(claims, articles);
const shown = claims.filter((c) => !c.data.hidden);

describe('indexCorpus', () => {
  test('indexes every claim by id, category and status', () => {
    expect(corpus.claims).toHaveLength(shown.length);
    expect(corpus.claimById.get('lavrov-in-russian-delegation')?.category).toBe('delegation');
    expect(corpus.byCategory.get('delegation')!.map((c) => c.id)).toEqual(['belousov-in-russian-delegation', 'lavrov-in-russian-delegation']);
    expect(corpus.byCategory.get('economy')).toEqual([]);
    const total = [...corpus.byStatus.values()].reduce((n, list) => n + list.length, 0);
    expect(total).toBe(shown.length);
  });

  test('derives outlets and last update for each claim', () => {
    const lavrov = corpus.claimById.get('lavrov-in-russian-delegation')!;
    expect(lavrov.outlets).toEqual(['RT', 'The Korea Herald']);
    expect(lavrov.updated).toBe('2024-06-20');
  });

  test('maps aliases to their claim, never over a real id or from an unsafe path', () => {
    expect(corpus.aliasTargets.get('lavrov-joined-delegation')).toBe('lavrov-in-russian-delegation');
    expect(corpus.aliasTargets.get('talks-lasted-more-than-90-minutes')).toBe('talks-lasted-an-hour-and-a-half');
    const withBadAliases = indexCorpus(
      [
        { data: { ...claims[0]!.data, aliases: ['../escape', claims[1]!.data.id, 'ok-alias'] } },
        claims[1]!,
      ],
      articles,
    );
    const aliases = [...withBadAliases.aliasTargets.keys()];
    expect(aliases).toContain('ok-alias');
    expect(aliases).not.toContain('../escape');
    expect(aliases).not.toContain(claims[1]!.data.id);
  });

  test('collects people with their roles and claims, keyed by a path-safe slug', () => {
    expect(corpus.people.get('sergey-lavrov')).toMatchObject({ name: 'Sergey Lavrov', roles: ['Foreign Minister'], countries: ['Russia'] });
    expect(corpus.people.get('sergey-lavrov')!.claims.map((c) => c.id)).toEqual(['lavrov-in-russian-delegation']);
    expect(pathSlug('<script>x</script>')).toBe('scriptxscript');
    expect(pathSlug('!!!')).toBe('unnamed');
  });

  test('lists claims per article and per outlet', () => {
    expect(corpus.claimsByArticle.get('korea-herald-kim-promises-full-support')!.map((c) => c.id)).toEqual([
      'belousov-in-russian-delegation',
      'lavrov-in-russian-delegation',
      'north-korea-supplies-munitions-to-russia',
      'talks-lasted-an-hour-and-a-half',
    ]);
    expect(corpus.outlets.get('RT')!.articles.map((a) => a.slug)).toEqual(['rt-putin-state-visit-north-korea']);
    expect(corpus.outlets.get('RT')!.claims).toHaveLength(4);
  });

  test('related claims share a sentence first, never include the claim itself', () => {
    const lavrov = corpus.claimById.get('lavrov-in-russian-delegation')!;
    const related = corpus.related(lavrov);
    expect(related[0]!.id).toBe('belousov-in-russian-delegation');
    expect(related).not.toContain(lavrov);
    expect(related.length).toBeLessThanOrEqual(5);
  });

  test('history runs newest first across all entries', () => {
    const dates = corpus.history.map((row) => row.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(corpus.history).toHaveLength(shown.reduce((n, c) => n + c.data.history.length, 0));
  });

  test('most corroborated puts claims with the most outlets first', () => {
    const top = mostCorroborated(corpus.claims, 2);
    expect(top.every((c) => c.outlets.length === 2)).toBe(true);
  });

  test('a withdrawn entry leaves every list, keeps its page, and its old address leads to it', () => {
    const id = 'rt-headline-mistaken-for-claim';
    expect(corpus.withdrawn.map((c) => c.id)).toEqual([id]);
    expect(corpus.claimById.get(id)?.hidden).toBe(true);
    expect(corpus.claims.map((c) => c.id)).not.toContain(id);
    expect(corpus.byCategory.get('event')!.map((c) => c.id)).not.toContain(id);
    expect(corpus.outlets.get('RT')!.claims.map((c) => c.id)).not.toContain(id);
    expect(corpus.claimsByArticle.get('rt-putin-state-visit-north-korea')!.map((c) => c.id)).not.toContain(id);
    expect(corpus.history.map((row) => row.claim.id)).not.toContain(id);
    expect(corpus.aliasTargets.get('rt-live-blog-headline')).toBe(id);
  });

  test('last update moves with a review, so feeds and the sitemap do', () => {
    // History ends on 21 June; the editor reviewed it on 25 June.
    expect(corpus.claimById.get('north-korea-supplies-munitions-to-russia')!.updated).toBe('2024-06-25');
  });
});

describe('outlet and person pages (issue 14: names that give one slug)', () => {
  const [template] = articles;
  const base = claims.find((c) => c.data.id === 'lavrov-in-russian-delegation')!.data;
  const article = (slug: string, outlet: string) => ({ ...template!, slug, outlet });
  const claim = (id: string, from: { slug: string; outlet: string }[], people: { name: string; slug: string }[] = []) => ({
    data: { ...base, id, aliases: [], people, sources: from.map((a) => ({ ...base.sources[0]!, article: a.slug, outlet: a.outlet })) },
  });
  const wire = [article('le-monde-1', 'Le Monde'), article('le-monde-2', 'Le-Monde!'), article('reuters-1', 'Reuters'), article('reuters-2', 'Reuters'), article('reuters-3', 'REUTERS ')];
  const entries = [
    claim('claim-le-monde', [wire[0]!], [{ name: 'Sergey Lavrov', slug: 'sergey-lavrov' }]),
    claim('claim-le-monde-bang', [wire[1]!], [{ name: 'S. Lavrov', slug: 's.lavrov' }]),
    claim('claim-reuters', [wire[2]!, wire[4]!], [{ name: 'Sergey Lavrov', slug: 'Sergey-Lavrov' }, { name: 'Slavrov', slug: 'slavrov' }]),
  ];

  test('different names that give one slug each get a page of their own, deterministically, with a warning', () => {
    const indexed = indexCorpus(entries, wire);
    const plain = indexed.outlets.get('Le Monde')!;
    const other = indexed.outlets.get('Le-Monde!')!;
    expect(plain.slug).toBe('le-monde');
    expect(other.slug).toMatch(/^le-monde-[0-9a-z]{7}$/);
    expect(plain.claims.map((c) => c.id)).toEqual(['claim-le-monde']);
    expect(other.claims.map((c) => c.id)).toEqual(['claim-le-monde-bang']);
    expect(other.articles.map((a) => a.slug)).toEqual(['le-monde-2']);
    const slugs = [...indexed.outlets.values()].map((o) => o.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(indexed.warnings).toContainEqual(expect.stringContaining(`outlets "Le Monde" and "Le-Monde!" give one page name "le-monde": each has its own page ("Le Monde" → /outlets/le-monde/, "Le-Monde!" → /outlets/${other.slug}/)`));
    // The same names in another order: the same pages.
    const reversed = indexCorpus([...entries].reverse(), [...wire].reverse());
    expect([...reversed.outlets.values()].map((o) => [o.name, o.slug]).sort()).toEqual([...indexed.outlets.values()].map((o) => [o.name, o.slug]).sort());
  });

  test('one outlet written with other case or spacing stays one outlet, under its most used spelling', () => {
    const indexed = indexCorpus(entries, wire);
    expect(indexed.outlets.has('REUTERS ')).toBe(false);
    const reuters = indexed.outlets.get('Reuters')!;
    expect(reuters.slug).toBe('reuters');
    expect(reuters.articles.map((a) => a.slug).sort()).toEqual(['reuters-1', 'reuters-2', 'reuters-3']);
    expect(indexed.claimById.get('claim-reuters')!.outlets).toEqual(['Reuters']);
    expect(indexed.warnings.filter((w) => w.includes('REUTERS'))).toEqual([]);
  });

  test('people: two slugs that give one page name get two pages, one slug in two cases one page', () => {
    const indexed = indexCorpus(entries, wire);
    expect(indexed.personPage('sergey-lavrov')).toBe('sergey-lavrov');
    expect(indexed.personPage('Sergey-Lavrov')).toBe('sergey-lavrov');
    expect(indexed.people.get('sergey-lavrov')!.claims.map((c) => c.id)).toEqual(['claim-le-monde', 'claim-reuters']);
    // The slug that is a page name already keeps it.
    expect(indexed.personPage('slavrov')).toBe('slavrov');
    const dotted = indexed.personPage('s.lavrov');
    expect(dotted).toMatch(/^slavrov-[0-9a-z]{7}$/);
    expect(indexed.people.get(dotted)!.name).toBe('S. Lavrov');
    expect(indexed.warnings).toContainEqual(expect.stringMatching(/^people "slavrov" and "s\.lavrov" give one page name "slavrov"/));
  });
});
