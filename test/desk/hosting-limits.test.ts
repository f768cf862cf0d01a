/**
 * Hosting limits on a larger site: the benchmark's 100-article corpus, extracted and built.
 * No HTML page over 200 KB, no file over 25 MiB, long lists paginated, one page per claim,
 * the sitemap an index of files of at most 45,000 URLs listing every claim, the export in parts.
 * (`npm run bench` measures the same at 1,000 and 10,000 articles.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSource, writeCorpus } from '../../scripts/bench/generate-corpus.ts';
import { runExtraction } from '../../scripts/pipeline/run/run.ts';
import { SITEMAP_URLS_PER_FILE } from '../../src/integration';
import { EXPORT_PART_BYTES } from '../../src/lib/exports';
import { LIST_PAGE_SIZE } from '../../src/lib/limits';
import { projectRoot, runOrThrow } from '../browser/support/build-site';
import { distFile, publishedClaims, type ExportIndex } from '../browser/support/site-data';

const HTML_PAGE_LIMIT = 200 * 1024;
const FILE_LIMIT = 25 * 1024 * 1024;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrail-limits-'));
const [corpus, content, dist] = ['corpus', 'content', 'dist'].map((d) => path.join(work, d)) as [string, string, string];
let files: { file: string; bytes: number }[];

beforeAll(async () => {
  writeCorpus(corpus, loadSource(path.join(projectRoot, 'seeds')), 100);
  const report = await runExtraction({ seeds: corpus, out: content, cache: path.join(work, 'cache'), date: '2024-06-20' });
  expect(report.errors).toEqual([]);
  await runOrThrow('astro', ['build', '--force', '--outDir', dist], { CLAIMTRAIL_CONTENT: content });
  files = fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => ({ file, bytes: fs.statSync(path.join(dist, file)).size }))
    .filter((_, i, all) => fs.statSync(path.join(dist, all[i]!.file)).isFile());
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');

describe('a 100-article site within hosting limits', () => {
  test('no HTML page over 200 KB, no file over 25 MiB', () => {
    const pages = files.filter((f) => f.file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(500);
    const largest = [...pages].sort((a, b) => b.bytes - a.bytes)[0]!;
    expect(largest.bytes, largest.file).toBeLessThan(HTML_PAGE_LIMIT);
    expect(Math.max(...files.map((f) => f.bytes))).toBeLessThan(FILE_LIMIT);
  });

  test('long lists are paginated, each page linking to the next', () => {
    const categoryPages = files.filter((f) => /^categories\/[a-z]+\/\d+\/index\.html$/.test(f.file));
    expect(categoryPages.length).toBeGreaterThan(0);
    const [, category] = /^categories\/([a-z]+)\//.exec(categoryPages[0]!.file)!;
    const first = read(`categories/${category}/index.html`);
    expect(first).toContain(`<a href="/categories/${category}/2/" rel="next">`);
    // Each item of the claim list leads with the rating or status badge, then the claim's link.
    const list = /<ul class="claim-list">(.*?)<\/ul>/s.exec(first)![1]!;
    expect(list.match(/<li>.*?<a href="\/claims\/[a-z0-9-]+\/"/gs)).toHaveLength(LIST_PAGE_SIZE.claims);
    expect(read(`categories/${category}/2/index.html`)).toContain(`<a href="/categories/${category}/" rel="prev">`);
  });

  test('one page per claim, and every claim in a sitemap file of at most 45,000 URLs', async () => {
    const claims = await publishedClaims(dist);
    expect(claims.length).toBeGreaterThan(LIST_PAGE_SIZE.claims);
    for (const claim of claims) expect(fs.readdirSync(path.join(dist, 'claims', claim.id)), claim.id).toEqual(['index.html']);
    const sitemaps = [...read('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => fs.readFileSync(distFile(dist, m[1]!), 'utf8'));
    for (const sitemap of sitemaps) expect((sitemap.match(/<url>/g) ?? []).length).toBeLessThanOrEqual(SITEMAP_URLS_PER_FILE);
    const listed = new Set(sitemaps.flatMap((sitemap) => [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)));
    for (const claim of claims) expect(listed.has(claim.url), claim.url).toBe(true);
  });

  test('the export parts hold every claim once, each part within its size', async () => {
    const index = JSON.parse(read('claims.json')) as ExportIndex;
    const claims = await publishedClaims(dist);
    expect(index.parts.reduce((sum, part) => sum + part.claims, 0)).toBe(claims.length);
    for (const part of index.parts) expect(fs.statSync(distFile(dist, part.ndjson)).size).toBeLessThanOrEqual(EXPORT_PART_BYTES);
  });
});
