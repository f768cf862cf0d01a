/**
 * Acceptance (issue 16): the five seeds' entries built as a second desk's site, from
 * test/desk/fixtures/desk-fr.json: another name and organisation, French, a five-label
 * rating scale, no republishing. Pages, ClaimReview, citations and `lang` follow the
 * configuration, and no article text beyond the quoted sentences reaches dist/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articleEntry, claimEntry, type ArticleEntry, type ClaimEntry } from '../../src/schema';
import { projectRoot, runOrThrow } from '../browser/support/build-site';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrail-desk-fr-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
const configFile = path.join(projectRoot, 'test/desk/fixtures/desk-fr.json');
const desk = JSON.parse(fs.readFileSync(configFile, 'utf8'));

let claims: ClaimEntry[];
let articles: ArticleEntry[];
/** The reviewed claim: the first entry, given the verdict "Trompeur" for this build. */
let reviewed: ClaimEntry;
let files: string[];
const rtUrl = 'https://www.rt.com/russia/599552-putin-north-korea-visit/';

const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');
const decode = (html: string) =>
  html.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const jsonLdOf = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);

beforeAll(async () => {
  // The seeds' real entries and articles, copied so this build can change them.
  fs.cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
  const claimDir = path.join(content, 'claims');
  claims = fs.readdirSync(claimDir).sort().map((f) => claimEntry.parse(matter(fs.readFileSync(path.join(claimDir, f), 'utf8')).data));
  reviewed = claims[0]!;
  const reviewedFile = path.join(claimDir, `${reviewed.id}.md`);
  const parsed = matter(fs.readFileSync(reviewedFile, 'utf8'));
  fs.writeFileSync(reviewedFile, matter.stringify(parsed.content, { ...parsed.data, verdict: 'Trompeur', note: 'Le chiffre est exact, le contexte manque.' }));
  reviewed = claimEntry.parse(matter(fs.readFileSync(reviewedFile, 'utf8')).data);
  const articleDir = path.join(content, 'articles');
  articles = fs.readdirSync(articleDir).sort().map((f) => articleEntry.parse(JSON.parse(fs.readFileSync(path.join(articleDir, f), 'utf8'))));
  // An article whose metadata allows republishing: this desk's policy ("none") still keeps it out.
  const first = path.join(articleDir, `${articles[0]!.slug}.json`);
  fs.writeFileSync(first, JSON.stringify({ ...JSON.parse(fs.readFileSync(first, 'utf8')), republish: true }, null, 2));
  // The seeds give no addresses; RT's report gets its real one, so its quotes can link to it.
  const rt = path.join(articleDir, `${articles.find((a) => a.outlet === 'RT')!.slug}.json`);
  fs.writeFileSync(rt, JSON.stringify({ ...JSON.parse(fs.readFileSync(rt, 'utf8')), url: rtUrl }, null, 2));

  const env = { CLAIMTRAIL_CONFIG: configFile, CLAIMTRAIL_CONTENT: content };
  await runOrThrow('astro', ['build', '--force', '--outDir', dist], env);
  await runOrThrow('pagefind', ['--site', dist, '--glob', 'claims/*/index.html']);
  files = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dist, f)).isFile());
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('a second desk, configured in one file', () => {
  test('every page is in French and carries the desk’s name', () => {
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(claims.length);
    for (const page of pages) expect(read(page), page).toMatch(/^<!DOCTYPE html><html lang="fr"/i);
    const home = read('index.html');
    expect(home).toContain('<title>Le Vérificateur: every claim, traced to its sources</title>');
    expect(home).toContain('<meta property="og:site_name" content="Le Vérificateur">');
    expect(home).toContain('<link rel="canonical" href="https://verificateur.example/">');
    // Pagefind took the language from the pages.
    expect(JSON.parse(read('pagefind/pagefind-entry.json')).languages).toHaveProperty('fr');
  });

  test('ClaimReview: the organisation is the author, the verdict is rated on the desk’s five-label scale', () => {
    const html = read(`claims/${reviewed.id}/index.html`);
    expect(html).toContain(`<link rel="canonical" href="https://verificateur.example/claims/${reviewed.id}/">`);
    expect(jsonLdOf(html)).toMatchObject({
      '@type': 'ClaimReview',
      url: `https://verificateur.example/claims/${reviewed.id}/`,
      author: { '@type': 'Organization', name: 'Rédaction Exemple', url: 'https://redaction.example/', logo: 'https://verificateur.example/favicon.svg' },
      reviewRating: { '@type': 'Rating', alternateName: 'Trompeur', ratingValue: 3, bestRating: 5, worstRating: 1 },
    });
    // A published one: a withdrawn entry's page is a notice, with no structured data.
    const unreviewed = claims.find((c) => c.id !== reviewed.id && !c.verdict && !c.hidden)!;
    expect(jsonLdOf(read(`claims/${unreviewed.id}/index.html`)).sdPublisher).toMatchObject({ name: 'Rédaction Exemple' });
  });

  test('citations name the organisation as author and the site as container; dates are written in French', () => {
    const html = decode(read(`claims/${reviewed.id}/index.html`));
    const apa = /<pre id="cite-apa">(.*?)<\/pre>/s.exec(html)![1]!;
    expect(apa).toMatch(/^Rédaction Exemple\. \(\d{4}, \w+ \d{1,2}\)\. .+ Le Vérificateur\. https:\/\/verificateur\.example\/claims\//);
    expect(html).toContain(`@misc{leverificateur:${reviewed.id},`);
    expect(html).toContain('author = {{Rédaction Exemple}}');
    const published = reviewed.sources[0]!.published!;
    const french = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${published}T00:00:00Z`));
    expect(french).toMatch(/juin|juillet|mai/);
    expect(html).toContain(`<time datetime="${published}">${french}</time>`);
    expect(html).not.toContain('embed');
  });

  test('categories and the rating scale read as the desk wrote them', () => {
    const munitions = decode(read('categories/munitions/index.html'));
    expect(munitions).toContain('<h1>Armement</h1>');
    expect(munitions).toContain('Armes, munitions et leur livraison.');
    const methodology = decode(read('methodology/index.html'));
    expect(methodology).toContain('Vrai, Plutôt vrai, Trompeur, Plutôt faux, Faux');
    expect(methodology).not.toContain('Mostly true');
    const index = JSON.parse(read('claims.json'));
    expect(index).toMatchObject({ title: 'Le Vérificateur', publisher: 'Rédaction Exemple', count: claims.filter((c) => !c.hidden).length });
  });

  test('no article text beyond the quoted sentences is in dist/, even for an article marked republish: true', () => {
    const quotes = new Map<string, string[]>();
    for (const claim of claims) for (const source of claim.sources) quotes.set(source.article, [...(quotes.get(source.article) ?? []), source.quote]);
    // What is left of each paragraph once the quotes are cut out: runs of text long enough to be
    // the article's own words rather than a name or a date.
    const unquoted = articles.flatMap((article) =>
      article.paragraphs
        .filter((p) => p.text !== article.title)
        .flatMap((p) => (quotes.get(article.slug) ?? []).reduce((text, quote) => text.split(quote).join('\n'), p.text).split('\n'))
        .map((run) => run.trim())
        .filter((run) => run.length >= 40),
    );
    expect(unquoted.length).toBeGreaterThan(20);
    const published = files
      .filter((f) => /\.(?:html|json|ndjson|csv|xml|txt)$/.test(f))
      .map((f) => {
        // Markup and JSON escapes undone, so a run of text is found however the file spells it.
        if (f.endsWith('.html') || f.endsWith('.xml')) return decode(read(f));
        if (f.endsWith('.ndjson')) return read(f).split('\n').filter(Boolean).map((line) => JSON.stringify(JSON.parse(line))).join('\n');
        if (f.endsWith('.json')) return JSON.stringify(JSON.parse(read(f)));
        return read(f);
      })
      .join('\n');
    // The check can fail: the article's own copy in content/ holds every one of these runs.
    const copy = JSON.stringify(articles);
    expect(unquoted.every((run) => copy.includes(JSON.stringify(run).slice(1, -1)))).toBe(true);
    const leaked = unquoted.filter((run) => published.includes(run) || published.includes(JSON.stringify(run).slice(1, -1)));
    expect(leaked).toEqual([]);
    // The quotes themselves are there, each linking to its original with a text fragment where the URL is known.
    const rt = articles.find((a) => a.outlet === 'RT')!;
    const page = read(`sources/${rt.slug}/index.html`);
    expect(page).toContain('Sentences quoted');
    expect(page).not.toContain('Text of the article');
    expect(page).toContain(`href="${rtUrl}#:~:text=`);
  });
});
