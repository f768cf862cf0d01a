import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { claimEntry } from '../../src/schema';
import { projectRoot, run } from './support/build-site';
import { checkLinks } from './support/link-check';
import { distFile, publishedClaims, withdrawnEntries, type ExportIndex } from './support/site-data';

const CLAIM_PAGE_BUDGET = 50 * 1024;

const read = (dir: string, file: string) => readFile(path.join(dir, file), 'utf8');

describe('the README build (npm run build)', () => {
  test('prints no warning', (ctx) => {
    const log = inject('buildLog');
    if (!log) return ctx.skip(); // CLAIMTRAIL_TEST_REUSE_DIST: no build ran here
    // Astro and Vite flag problems as `[WARN]`; npm's own config notices are not about the site.
    const warnings = log.split('\n').filter((line) => /\[WARN\]|\bwarning:/i.test(line) && !/^npm warn/i.test(line));
    expect(warnings).toEqual([]);
  });

  test('every internal link and anchor resolves', async () => {
    const { pages, links, broken } = await checkLinks(inject('distDir'), '/');
    expect(broken).toEqual([]);
    expect(pages).toBeGreaterThan(10);
    expect(links).toBeGreaterThan(pages * 10);
  });

  test('under a non-root base, every internal link and anchor resolves too', async () => {
    const { pages, broken } = await checkLinks(inject('subDistDir'), inject('subBase'));
    expect(broken).toEqual([]);
    expect(pages).toBeGreaterThan(10);
  });

  test('each claim page, HTML and CSS together, stays under 50 KB', async () => {
    const dist = inject('distDir');
    const claims = await publishedClaims(dist);
    const sizes = await Promise.all(
      claims.map(async (claim) => {
        const html = await read(dist, `claims/${claim.id}/index.html`);
        const css = await Promise.all([...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => read(dist, m[1]!)));
        return { id: claim.id, bytes: Buffer.byteLength(html) + css.reduce((sum, text) => sum + Buffer.byteLength(text), 0) };
      }),
    );
    const largest = sizes.sort((a, b) => b.bytes - a.bytes)[0]!;
    expect(largest.bytes, largest.id).toBeLessThan(CLAIM_PAGE_BUDGET);
  });

  test('each claim has one page, its permalink, with JSON-LD; each alias a redirect', async () => {
    const dist = inject('distDir');
    const claims = await publishedClaims(dist);
    const ids = new Set(claims.map((c) => c.id));
    for (const claim of claims) {
      const html = await read(dist, `claims/${claim.id}/index.html`);
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
      expect(jsonLd['@type']).toBe(claim.verdict ? 'ClaimReview' : 'Claim');
      expect(html).toContain(`<link rel="canonical" href="${claim.url}">`);
      expect(html).toContain('<meta property="og:title"');
      // One page per claim: no embed card (the demo configuration leaves `embeds` off), no separate source list.
      expect(await readdir(path.join(dist, 'claims', claim.id))).toEqual(['index.html']);
      for (const alias of claim.aliases) {
        // A missing alias page rejects here and fails the test: its permalink would be broken.
        const page = await read(dist, `claims/${alias}/index.html`);
        // An alias equal to another claim's id keeps that claim's page.
        if (ids.has(alias)) continue;
        expect(page, `alias ${alias} of ${claim.id}`).toContain('http-equiv="refresh"');
        expect(page, `alias ${alias} of ${claim.id}`).toContain(`url=/claims/${claim.id}/`);
      }
    }
  });

  test('the data files carry every entry: claims.json and its NDJSON and CSV parts, rss.xml, the sitemap index', async () => {
    const dist = inject('distDir');
    const claims = await publishedClaims(dist);
    const index = JSON.parse(await read(dist, 'claims.json')) as ExportIndex;
    const files = (await readdir(path.join(dist, 'claims'))).length;
    expect(claims.length).toBeGreaterThan(0);
    expect(index.count).toBe(claims.length);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    expect(files).toBeGreaterThanOrEqual(claims.length);
    for (const claim of claims) expect(() => claimEntry.parse(claim)).not.toThrow();

    const csv = (await Promise.all(index.parts.map((part) => readFile(distFile(dist, part.csv), 'utf8')))).join('');
    expect(csv.startsWith('id,title,claim,category,status,')).toBe(true);
    for (const claim of claims) expect(csv).toContain(`\r\n${claim.id},`);

    const sitemapIndex = await read(dist, 'sitemap-index.xml');
    const sitemapFiles = [...sitemapIndex.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemapFiles.length).toBeGreaterThan(0);
    const sitemap = (await Promise.all(sitemapFiles.map((url) => readFile(distFile(dist, url), 'utf8')))).join('');
    for (const claim of claims) expect(sitemap).toContain(`<loc>${claim.url}</loc>`);
    for (const alias of claims.flatMap((c) => c.aliases)) expect(sitemap).not.toContain(`/claims/${alias}/</loc>`);
    expect(await read(dist, 'robots.txt')).toContain('Sitemap: https://claimtrail.example/sitemap-index.xml');

    const rss = await read(dist, 'rss.xml');
    expect(rss).toContain('<rss');
    expect((rss.match(/<item>/g) ?? []).length).toBe(Math.min(100, claims.length));
  });
});

describe('withdrawn entries and social cards', () => {
  test('a withdrawn entry is in no list, feed, sitemap or export, and its permalink says it was withdrawn', async () => {
    const dist = inject('distDir');
    const withdrawn = await withdrawnEntries(path.join(projectRoot, 'content'));
    expect(withdrawn.length).toBeGreaterThan(0);
    const index = JSON.parse(await read(dist, 'claims.json')) as ExportIndex;
    const sitemaps = [...(await read(dist, 'sitemap-index.xml')).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => path.relative(dist, distFile(dist, m[1]!)));
    const parts = index.parts.flatMap((part) => [part.ndjson, part.csv].map((url) => path.relative(dist, distFile(dist, url))));
    const files = ['claims.json', ...parts, 'rss.xml', ...sitemaps, 'index.html', 'claims/index.html', 'changes/index.html', 'outlets/index.html'];
    const texts = await Promise.all(files.map((file) => read(dist, file)));
    for (const entry of withdrawn) {
      files.forEach((file, i) => expect(texts[i]!.includes(`/claims/${entry.id}/`), `${file} links to withdrawn ${entry.id}`).toBe(false));
      const page = await read(dist, `claims/${entry.id}/index.html`);
      expect(page).toContain('Withdrawn:');
      // Not indexed: no element marks a body for Pagefind.
      expect(page).not.toMatch(/<[a-z]+[^>]*\sdata-pagefind-body[\s>=]/);
    }
  });

  test('a review moves the claim in the feed and the sitemap, and the feed leads with the rating', async () => {
    const dist = inject('distDir');
    const reviewed = (await publishedClaims(dist)).filter((c) => c.verdict && c.reviewed);
    expect(reviewed.length).toBeGreaterThan(0);
    const rss = await read(dist, 'rss.xml');
    const sitemaps = [...(await read(dist, 'sitemap-index.xml')).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => distFile(dist, m[1]!));
    const sitemap = (await Promise.all(sitemaps.map((file) => readFile(file, 'utf8')))).join('');
    for (const claim of reviewed) {
      // The review is the entry's latest change here, so it is the date feeds and search engines see.
      expect(claim.updated >= claim.reviewed!).toBe(true);
      const item = rss.split('<item>').find((chunk) => chunk.includes(`<link>${claim.url}</link>`))!;
      expect(item, claim.id).toContain(`<pubDate>${new Date(`${claim.updated}T00:00:00Z`).toUTCString()}</pubDate>`);
      expect(item, claim.id).toMatch(/<description>Rated [^:]+: /);
      const entry = sitemap.split('<url>').find((chunk) => chunk.includes(`<loc>${claim.url}</loc>`))!;
      expect(entry, claim.id).toContain(`<lastmod>${claim.updated}`);
    }
  });

  test('every claim page has an og:image: a 1200 × 630 PNG that exists, its own for a rated claim', async () => {
    const dist = inject('distDir');
    const claims = await publishedClaims(dist);
    const cards = new Set<string>();
    for (const claim of claims) {
      const html = await read(dist, `claims/${claim.id}/index.html`);
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(image, claim.id).toBeDefined();
      const file = new URL(image!).pathname;
      if (claim.verdict) expect(file).toBe(`/cards/claims/${claim.id}.png`);
      cards.add(file);
    }
    for (const file of cards) {
      const png = await readFile(path.join(dist, file));
      // PNG signature, then the IHDR chunk's width and height.
      expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([1200, 630]);
    }
  });
});

describe('the hostile and over-merged build', () => {
  test('an entry with 400 sources and 120 people lists every source on its one page, 20 in full, and stays under the 200 KB page limit', async () => {
    const dist = inject('hostileDistDir');
    const html = await read(dist, 'claims/over-merged-claim/index.html');
    expect(Buffer.byteLength(html)).toBeLessThan(200 * 1024);
    for (let n = 0; n < 7; n++) expect(html, `Outlet ${n}`).toContain(`>Outlet ${n}</strong>`);
    expect(html.match(/<blockquote[\s>]/g)).toHaveLength(20);
    expect(html.match(/<li><strong>Outlet \d+<\/strong>: “/g)).toHaveLength(380);
    expect(await readdir(path.join(dist, 'claims/over-merged-claim'))).toEqual(['index.html']);
  });

  test('every internal link and anchor resolves', async () => {
    expect((await checkLinks(inject('hostileDistDir'), '/')).broken).toEqual([]);
  });
});

describe('content validation', () => {
  test('an invalid entry fails the build with a message naming the file and the field', async () => {
    const content = await mkdtemp(path.join(inject('tempDir'), 'invalid-'));
    await mkdir(path.join(content, 'claims'), { recursive: true });
    await mkdir(path.join(content, 'articles'), { recursive: true });
    await writeFile(
      path.join(content, 'claims', 'broken-claim.md'),
      `---\nid: broken-claim\nclaim: A claim.\ntitle: A claim\ncategory: gossip\nstatus: corroborated\nsources:\n  - article: a\n    quote: A claim.\n    paragraph: p-1\nhistory:\n  - date: '2024-06-19'\n    change: created\n---\n`,
    );
    const { code, output } = await run('astro', ['build', '--force', '--outDir', path.join(content, 'dist')], { CLAIMTRAIL_CONTENT: content });
    expect(code).not.toBe(0);
    expect(output).toContain('broken-claim');
    expect(output).toMatch(/category/);
  });
});
