/**
 * Acceptance (issue 16): the five seeds' entries built as a second desk's site, from
 * test/desk/fixtures/desk-fr.json: another name and organisation, French, a five-label
 * rating scale, no republishing. Pages, ClaimReview, citations and `lang` follow the
 * configuration, the interface is written in French (no English interface word on any page),
 * and no article text beyond the quoted sentences reaches dist/. The same entries built with the
 * default (English) configuration still read as they did before the interface had a dictionary.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articleEntry, claimEntry, type ArticleEntry, type ClaimEntry } from '../../src/schema';
import { projectRoot, runOrThrow } from '../browser/support/build-site';
import { launchChromium, watchedPage } from '../browser/support/browser';
import { serveStatic } from '../browser/support/static-server';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrail-desk-fr-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
const distEn = path.join(work, 'dist-en');
const configFile = path.join(projectRoot, 'test/desk/fixtures/desk-fr.json');
/** French typography: the no-break space before a colon. */
const nb = '\u00a0';

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
  claims = fs.readdirSync(claimDir).filter((f) => f.endsWith('.md')).sort().map((f) => claimEntry.parse(matter(fs.readFileSync(path.join(claimDir, f), 'utf8')).data));
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
  // The default desk (English), from the seeds' own entries: the wording check below.
  await runOrThrow('astro', ['build', '--force', '--outDir', distEn]);
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('a second desk, configured in one file', () => {
  test('every page is in French and carries the desk’s name', () => {
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(claims.length);
    for (const page of pages) expect(read(page), page).toMatch(/^<!DOCTYPE html><html lang="fr"/i);
    const home = read('index.html');
    expect(home).toContain(`<title>Le Vérificateur${nb}: chaque affirmation, rattachée à ses sources</title>`);
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
    expect(apa).toMatch(/^Rédaction Exemple\. \(\d{4}, \d{1,2} (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\)\. .+ \[Vérification\u00a0: Trompeur\]\. Le Vérificateur\. https:\/\/verificateur\.example\/claims\//);
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
    expect(page).toContain('Phrases citées');
    expect(page).not.toContain('Texte de l’article');
    expect(page).toContain(`href="${rtUrl}#:~:text=`);
  });

  test('the interface is French: no English interface word on any page, dates and the search script included', () => {
    // The articles and entries are English (the seeds): take their text out first, so what is
    // left is what the site itself writes.
    const content = [
      ...claims.flatMap((c) => [
        c.title, c.claim, c.note, c.verdict, c.reviewed_by, c.hidden_reason, c.attribution?.speaker, ...(c.attribution?.via ?? []),
        ...c.sources.flatMap((s) => [s.quote, s.title, s.outlet, s.attribution?.speaker, ...(s.attribution?.via ?? [])]),
        ...(c.people ?? []).flatMap((p) => [p.name, p.role, p.country]),
        ...(c.quantities ?? []).flatMap((q) => [q.text, q.unit, q.counts, q.qualifier]),
        ...(c.variance ?? []).flatMap((v) => [v.detail, ...v.readings.map((r) => r.text)]),
        ...c.history.flatMap((h) => [h.detail, h.detail?.replace(/^(?:was|merged with):\s*/, '').replace(/[.!?]$/, '')]),
      ]),
      ...articles.flatMap((a) => [a.title, a.outlet, a.author, ...a.paragraphs.map((p) => p.text)]),
    ].filter((text): text is string => typeof text === 'string' && text.length > 0);
    const englishWords = [
      'Claims', 'Categories', 'People', 'Outlets', 'Changes', 'Methodology', 'Search', 'Search claims', 'Published', 'Category', 'Sourcing',
      'Rating', 'Not rated', 'Corroborated', 'Single source', 'Attributed', 'Disputed', 'Claimed by', 'Reported by', 'Updates', 'Figures',
      'Related claims', 'Cite this claim', 'Permalink', 'Copy', 'Previous page', 'Next page', 'Page not found', 'First recorded', 'How we work',
      'Skip to content', 'The numbers as a table', 'Words to look for', 'Best match', 'Author', 'Outlet', 'Last updated', 'RSS feed', 'Week of',
      'Side by side', 'Withdrawn', 'Original article', 'Source article', 'Sentences quoted', 'At a glance', 'Most corroborated', 'Fact check',
      'Show more results', 'Searching', 'claim', 'claims', 'outlet', 'outlets', 'Rated', 'and', 'more', 'the',
    ];
    const wordPattern = new RegExp(`(?<![\\p{L}\\p{N}_.-])(?:${englishWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}_-])`, 'u');
    const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
    const englishDate = new RegExp(`\\b(?:\\d{1,2} (?:${months}) \\d{4}|(?:${months}) \\d{1,2}, \\d{4})\\b`);
    // Only content that could hide an English word needs taking out; longest first.
    const suspect = content.filter((text) => wordPattern.test(text) || englishDate.test(text)).sort((a, b) => b.length - a.length);
    const pages = files.filter((f) => f.endsWith('.html'));
    const found: string[] = [];
    for (const page of pages) {
      const html = read(page).replace(/<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>/g, '');
      // What a reader sees or hears: the text, and the attributes that are read out or shown (meta descriptions, labels, the search script's words).
      const attributes = [...html.matchAll(/\s(?:aria-label|title|placeholder|alt|content|data-site|data-results|data-strings|data-copied|data-copy-failed|data-citation)="([^"]*)"/g)].map((m) => decode(m[1]!));
      const full = [decode(html.replace(/<[^>]+>/g, ' ')), ...attributes].join('\n');
      // Every occurrence of every piece of content is blanked at once (pieces overlap: a quote inside a paragraph).
      const blank = new Uint8Array(full.length);
      for (const piece of suspect) for (let at = full.indexOf(piece); at >= 0; at = full.indexOf(piece, at + 1)) blank.fill(1, at, at + piece.length);
      let text = full.replace(/[\s\S]/g, (char, at: number) => (blank[at] ? ' ' : char));
      // Addresses and file names are not words (/claims/…, claims.json).
      text = text.replace(/\bhttps?:\/\/\S+|\/[\w./#:~=%-]+|\bclaims\.json\b/g, ' ');
      const word = wordPattern.exec(text);
      const date = englishDate.exec(text);
      for (const hit of [word, date]) if (hit) found.push(`${page}: “${text.slice(Math.max(0, hit.index - 40), hit.index + hit[0].length + 40).replace(/\s+/g, ' ')}”`);
    }
    expect(pages.length).toBeGreaterThan(300);
    expect(found).toEqual([]);
    // The feed's title, description and language too.
    const feed = decode(read('rss.xml'));
    expect(feed).toContain(`<title>Le Vérificateur${nb}: affirmations</title>`);
    expect(feed).toContain('<language>fr</language>');
    expect(feed).not.toContain('New and updated fact-check claims');
    // The search script writes its words from the page: French ones, statuses included.
    const strings = JSON.parse(decode(/data-strings="([^"]*)"/.exec(read('search/index.html'))![1]!));
    expect(strings).toMatchObject({ showMore: 'Plus de résultats', noMatch: 'Aucune affirmation ne correspond.', locale: 'fr-FR', statuses: { 'single-source': 'Source unique' } });
    // The check can fail: the English build of the same entries is full of those words.
    const englishHome = decode(fs.readFileSync(path.join(distEn, 'index.html'), 'utf8').replace(/<[^>]+>/g, ' '));
    expect(englishHome).toMatch(wordPattern);
    expect(englishHome).toMatch(englishDate);
  });

  test('the default English build reads as it did before the dictionary', () => {
    // Snippets of the seeds' site built before the interface text moved to src/lib/i18n.ts.
    const en = (file: string) => fs.readFileSync(path.join(distEn, file), 'utf8');
    const home = en('index.html');
    expect(home).toMatch(/^<!DOCTYPE html><html lang="en"/i);
    expect(home).toContain('<nav class="site-nav" aria-label="Main"><ul><li><a href="/claims/">Claims</a></li><li><a href="/categories/">Categories</a></li><li><a href="/people/">People</a></li><li><a href="/outlets/">Outlets</a></li><li><a href="/sources/">Sources</a></li><li><a href="/changes/">Changes</a></li><li><a href="/methodology/">Methodology</a></li></ul></nav>');
    expect(home).toContain('<label class="visually-hidden" for="site-search">Search claims</label><input id="site-search" type="search" name="q" placeholder="Search claims"><button type="submit">Search</button>');
    expect(home).toContain('<p>claimtrail traces every claim to the sentences that reported it. Data: open for reuse.</p><ul><li><a href="/claims.json">All claims (NDJSON and CSV files, listed in claims.json)</a></li><li><a href="/rss.xml">RSS feed</a></li><li><a href="/methodology/">How we work</a></li></ul>');
    expect(home).toContain('<title>claimtrail: every claim, traced to its sources</title>');
    expect(home.replace(/\s+/g, ' ')).toMatch(/We read \d+ news articles from \d+ outlets published \d{1,2} June 2024 and recorded [\d,]+ factual claims\. Each claim links to the exact sentences that reported it, says how well it is supported, and shows where the outlets disagree\./);
    expect(home.replace(/\s+/g, ' ')).toContain('Browse by <a href="/categories/">category</a>, <a href="/people/">people</a> or <a href="/outlets/">outlet</a>, <a href="/search/">search all claims</a>, or read <a href="/methodology/">how we work</a>.');
    const claim = en(`claims/${claims.find((c) => c.quantities?.length && !c.verdict && !c.hidden)!.id}/index.html`);
    for (const heading of ['Who said it, who is named', 'Figures', 'Updates', 'Cite this claim'])
      expect(claim).toMatch(new RegExp(`<h2 id="[a-z]+-heading"[^>]*>${heading}</h2>`));
    expect(claim).toMatch(/<h2 id="sources-heading" data-pagefind-ignore>Sources \(\d+\)<\/h2>/);
    expect(claim).toMatch(/Last updated <time datetime="\d{4}-\d{2}-\d{2}">\d{1,2} \w+ \d{4}<\/time>\.<\/p><ul><li><time datetime="[\d-]+">[^<]+<\/time>: First recorded\.<\/li>/);
    expect(claim).toContain('<dt id="cite-permalink-label">Permalink</dt>');
    expect(en('404.html')).toContain('<h1>Page not found</h1><p>There is no page at this address. If you followed a link to a claim, it may have been merged into another one.</p>');
    expect(en('methodology/index.html')).toContain('<h1>How we work</h1>');
    const search = en('search/index.html');
    expect(search).toContain('Numbers in brackets: claims on the whole site.');
    expect(JSON.parse(decode(/data-strings="([^"]*)"/.exec(search)![1]!))).toMatchObject({ showMore: 'Show more results', matchMany: '{n} claims match', rated: 'Rated: ' });
    expect(decode(en('rss.xml'))).toContain('<title>claimtrail: claims</title><description>New and updated fact-check claims, each traced to its sources.</description>');
  });

  test('search, in the browser, writes its words in French: status line, badges, dates, the more button', async () => {
    const server = await serveStatic(dist);
    const browser = await launchChromium();
    try {
      const { page, problems } = await watchedPage(await browser.newContext(), server.url);
      await page.goto(`${server.url}search/?q=Putin`);
      await page.waitForFunction(() => /correspond/.test(document.querySelector('#search-status')?.textContent ?? ''));
      const status = (await page.locator('#search-status').textContent())!;
      expect(status).toMatch(/^\d+ affirmations? correspondent?(?:\u00a0; \d+ affichées)?\.$/);
      const badges = await page.locator('#search-results .status, #search-results .rating').allTextContents();
      expect(badges.length).toBeGreaterThan(0);
      for (const badge of badges) expect(badge).toMatch(/^(?:Non évaluée\u00a0; sourçage\u00a0: (?:Corroborée|Source unique|Attribuée|Contestée)|Évaluation\u00a0: .+)$/);
      const dates = await page.locator('#search-results time').allTextContents();
      for (const date of dates) expect(date).toMatch(/^\d{1,2} (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}$/);
      // Putin is named in more claims than one page of results shows.
      expect(status).toContain('affichées');
      expect(await page.locator('button', { hasText: 'Plus de résultats' }).count()).toBe(1);
      await page.locator('#search-query').fill('');
      await page.waitForFunction(() => document.querySelector('#search-status')?.textContent === 'Tapez un mot, ou choisissez un filtre.');
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
