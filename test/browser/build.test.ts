import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { claimEntry } from '../../src/schema';
import { run } from './support/build-site';
import { checkLinks } from './support/link-check';
import { distFile, publishedClaims, type ExportIndex } from './support/site-data';

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

describe('the hostile and over-merged build', () => {
  test('an entry with 400 sources and 120 people lists every source on its one page, 20 in full, and stays under the 200 KB page limit', async () => {
    const dist = inject('hostileDistDir');
    const html = await read(dist, 'claims/over-merged-claim/index.html');
    expect(Buffer.byteLength(html)).toBeLessThan(200 * 1024);
    for (let n = 0; n < 7; n++) expect(html, `Outlet ${n}`).toContain(`>Outlet ${n}</strong>`);
    expect(html.match(/<blockquote>/g)).toHaveLength(20);
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
