/**
 * The benchmark's smallest corpus through the real extraction, so the benchmark cannot rot.
 * Asserts what the pipeline produces (distinct claims, merges across outlets, stable ids, an
 * incremental re-run that analyses only the new article), never timings.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditMerges, generateArticles, loadSource, nextArticle, writeBenchArticle, writeCorpus, type CorpusSummary } from '../../scripts/bench/generate-corpus.ts';
import { runExtraction, type ExtractReport } from '../../scripts/pipeline/run/run.ts';

const size = 100;
const date = '2024-06-19';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrail-bench-'));
const [corpus, out, cache] = ['corpus', 'content', 'cache'].map((d) => path.join(work, d));
const source = loadSource(path.resolve(import.meta.dirname, '../../seeds'));
let summary: CorpusSummary;
let cold: ExtractReport;
let idsAfterCold: string[];

const claimFiles = () => fs.readdirSync(path.join(out, 'claims')).sort();
const read = (id: string) => fs.readFileSync(path.join(out, 'claims', id), 'utf8');

beforeAll(async () => {
  summary = writeCorpus(corpus, source, size);
  cold = await runExtraction({ seeds: corpus, out, cache, date });
  idsAfterCold = claimFiles();
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('benchmark corpus', () => {
  it('is deterministic, news-sized, and corpus N is a prefix of corpus N+1', () => {
    const first = [...generateArticles(source, 20)];
    const again = [...generateArticles(source, 21)].slice(0, 20);
    expect(again).toEqual(first);
    const average = summary.bytes / summary.articles;
    expect(average).toBeGreaterThan(6000);
    expect(average).toBeLessThan(11000);
    // Several outlets carry some stories, one carries others.
    expect(summary.stories).toBeGreaterThan(size / 4);
    expect(summary.stories).toBeLessThan(size);
  });

  it('rewrites the seeds: no seed person or place survives in a generated article', () => {
    const text = fs.readFileSync(path.join(corpus, 'a00000.txt'), 'utf8');
    for (const name of ['Putin', 'Pyongyang', 'Lavrov']) expect(text).not.toContain(name);
  });
});

describe('extraction of the smallest benchmark corpus', () => {
  it('analyses every article and produces many distinct claims', () => {
    expect(cold.errors).toEqual([]);
    expect(cold.articles).toMatchObject({ total: size, analysed: size, cached: 0, failed: 0 });
    // Each story yields claims of its own: far more entries than the seeds' 137.
    expect(cold.claims).toBeGreaterThan(summary.stories * 5);
    const claims = new Set(claimFiles().map((f) => String(matter(read(f)).data.claim)));
    expect(claims.size).toBeGreaterThan(cold.claims * 0.9);
  });

  it('merges the same claim across the outlets that carried one story', () => {
    const audit = auditMerges(path.join(out, 'claims'), summary.storyOf);
    expect(cold.merges).toBeGreaterThan(0);
    expect(audit.multiArticle).toBe(cold.merges);
    // Most merges join articles of one story (the rest are reported by the benchmark as cross-story).
    expect(audit.crossStory).toBeLessThan(audit.multiArticle / 2);
  });

  it('keeps ids and files byte-identical on a re-run from the cache', async () => {
    const before = new Map(idsAfterCold.map((f) => [f, read(f)]));
    const again = await runExtraction({ seeds: corpus, out, cache, date });
    expect(again.articles).toMatchObject({ analysed: 0, cached: size });
    expect(claimFiles()).toEqual(idsAfterCold);
    for (const [f, text] of before) expect(read(f), f).toBe(text);
  });

  it('re-analyses only the article that was added', async () => {
    const added = nextArticle(source, size);
    writeBenchArticle(corpus, added);
    const incremental = await runExtraction({ seeds: corpus, out, cache, date });
    expect(incremental.errors).toEqual([]);
    expect(incremental.articles).toMatchObject({ total: size + 1, analysed: 1, cached: size });
    // Its claims are now sourced; every earlier id is still there (as an entry or an alias).
    expect(fs.readdirSync(path.join(out, 'claims')).some((f) => read(f).includes(`article: ${added.name}`))).toBe(true);
    const known = new Set(claimFiles().flatMap((f) => [f.replace(/\.md$/, ''), ...[...read(f).matchAll(/^ {2}- ([\w-]+)$/gm)].map((m) => m[1])]));
    for (const f of idsAfterCold) expect(known.has(f.replace(/\.md$/, '')), f).toBe(true);
  });
});
