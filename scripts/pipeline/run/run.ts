/**
 * The whole extraction: find the articles, analyse each (in worker threads, skipping any whose
 * content hash is cached), merge across outlets, assign ids, write. Returns a report.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { Category, Status } from '../../../src/schema.ts';
import { analyserVersion } from '../article/analyse.ts';
import type { ArticleJob, ArticleMeta, Candidate } from '../model.ts';
import { analyseJob, analysisError, keepAnalysis, type AnalysisJob, type KeptAnalysis } from './workers.ts';
import { articleExtensions, sidecarExtensions } from '../article/read/index.ts';
import { mergeAcrossOutlets } from '../corpus/merge.ts';
import { draftEntry } from '../corpus/draft.ts';
import { assignIds, groupSignature } from '../corpus/ids.ts';
import { readExisting, runDate, writeEntries, writeParseCache, type WriteSummary } from '../corpus/write.ts';

export interface ExtractOptions {
  seeds: string;
  out: string;
  cache?: string;
  workers?: number;
  date?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface ExtractReport {
  articles: { total: number; analysed: number; cached: number; failed: number };
  errors: string[];
  claims: number;
  byCategory: Partial<Record<Category, number>>;
  byStatus: Partial<Record<Status, number>>;
  /** Entries with sources from more than one article. */
  merges: number;
  entries: WriteSummary;
  seconds: number;
  /** Seconds per stage: where a slow run spends its time. */
  stages: Record<'find' | 'analyse' | 'merge' | 'draft' | 'ids' | 'write', number>;
}

export function findArticles(dir: string): ArticleJob[] {
  if (!fs.existsSync(dir)) throw new Error(`${dir}: no such folder. Put the articles (.txt, .md, .html) in it or pass --seeds DIR.`);
  const jobs: ArticleJob[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(d, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (articleExtensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) {
        const stem = file.replace(/\.[^.]+$/, '');
        const sidecar = sidecarExtensions.map((ext) => stem + ext).find((f) => fs.existsSync(f));
        jobs.push(sidecar ? { file, sidecar } : { file });
      }
    }
  };
  walk(dir);
  return jobs;
}

/** Modules behind `analyseArticle`: a cached analysis is only reused by the code that made it. */
const analyserModules = ['../article', '../lexicon', '../text.ts', '../keys.ts', '../model.ts'];
/** Modules that turn analyses into entry files: an entry is only taken as current if this code wrote it. */
const outputModules = ['../corpus', '../../../src/schema.ts'];

const versions = new Map<string[], string>();
/** Hash of the modules' source, worked out on first use: a run without a cache never reads it. */
function codeVersion(modules: string[]): string {
  const known = versions.get(modules);
  if (known) return known;
  const hash = createHash('sha256').update(analyserVersion);
  const add = (file: string) => {
    if (fs.statSync(file).isDirectory())
      for (const name of fs.readdirSync(file).sort()) add(path.join(file, name));
    else if (file.endsWith('.ts')) hash.update(fs.readFileSync(file));
  };
  for (const name of modules) add(path.join(path.dirname(new URL(import.meta.url).pathname), name));
  const version = hash.digest('hex');
  versions.set(modules, version);
  return version;
}

function cacheKey(job: ArticleJob): string {
  const hash = createHash('sha256').update(codeVersion(analyserModules)).update(job.file).update(fs.readFileSync(job.file));
  if (job.sidecar) hash.update(fs.readFileSync(job.sidecar));
  return hash.digest('hex');
}

/**
 * A worker is replaced after this many articles. Its caches of words, names and sentences, and
 * V8's lazily collected heap, grow with every article, and the process keeps a finished thread's
 * memory: a fresh thread costs ~0.1 s, and on 10,000 articles replacing them every 500 rather
 * than 1,000 lowers peak memory from 1.43 to 1.32 GB (never replacing them: 2.7 GB).
 */
const articlesPerWorker = 500;

async function analyseInWorkers(jobs: AnalysisJob[], workers: number, onResult: (r: { file: string; analysis?: KeptAnalysis; error?: string }) => void): Promise<void> {
  let next = 0;
  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./workers.ts', import.meta.url));
      let sent = 0;
      let received = 0;
      // Two articles in flight: the worker starts the next one while the main thread takes in the last.
      const feed = () => {
        while (sent - received < 2 && next < jobs.length && sent < articlesPerWorker) {
          worker.postMessage(jobs[next++]);
          sent++;
        }
        if (sent === received) worker.terminate().then(() => (next < jobs.length ? runWorker() : undefined)).then(resolve, reject);
      };
      worker.on('message', (result) => {
        received++;
        onResult(result);
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, runWorker));
}

export async function runExtraction(options: ExtractOptions): Promise<ExtractReport> {
  const started = performance.now();
  let mark = started;
  const lap = () => {
    const now = performance.now();
    const seconds = (now - mark) / 1000;
    mark = now;
    return seconds;
  };
  const jobs = findArticles(options.seeds);
  const cacheDir = options.cache;
  if (cacheDir) fs.mkdirSync(cacheDir, { recursive: true });
  const analyses = new Map<string, KeptAnalysis>();
  const errors: string[] = [];
  const pending: AnalysisJob[] = [];
  let cached = 0;
  const analysisKeys = new Map<string, string>();
  const articlesDir = path.join(options.out, 'articles');
  fs.mkdirSync(articlesDir, { recursive: true });
  const keep = (file: string, analysis: KeptAnalysis) => {
    // A claim is often its sentence word for word: one string then, not two equal copies.
    for (const c of analysis.candidates) if (c.claim === c.quote) c.claim = c.quote;
    analyses.set(file, analysis);
  };
  for (const job of jobs) {
    const key = cacheDir ? cacheKey(job) : undefined;
    if (key) analysisKeys.set(job.file, key);
    const cacheFile = key ? path.join(cacheDir!, `${key}.json`) : undefined;
    if (cacheFile && fs.existsSync(cacheFile)) {
      keep(job.file, keepAnalysis(JSON.parse(fs.readFileSync(cacheFile, 'utf8')), articlesDir, true));
      cached++;
    } else pending.push({ ...job, cacheFile, articlesDir });
  }
  const findSeconds = lap();
  let done = 0;
  const accept = (r: { file: string; analysis?: KeptAnalysis; error?: string }) => {
    done++;
    options.onProgress?.(done, pending.length);
    if (r.error || !r.analysis) errors.push(r.error ?? `${r.file}: could not be analysed`);
    else keep(r.file, r.analysis);
  };
  const workers = options.workers ?? os.availableParallelism();
  // Threads cost ~100 ms to start: worth it only for more than a handful of articles.
  if (workers > 1 && pending.length > 16) await analyseInWorkers(pending, workers, accept);
  else
    for (const job of pending) {
      try {
        accept({ file: job.file, analysis: analyseJob(job) });
      } catch (error) {
        accept({ file: job.file, error: analysisError(job.file, error) });
      }
    }

  const ordered = jobs.map((j) => analyses.get(j.file)).filter((a) => a !== undefined);
  const articles = new Map<string, ArticleMeta>(ordered.map((a) => [a.article.slug, a.article]));
  const analyseSeconds = lap();
  const published = new Map(ordered.flatMap(({ article }) => (article.published ? [[article.slug, article.published] as const] : [])));
  const groups = mergeAcrossOutlets(ordered.flatMap((a) => a.candidates), published);
  const mergeSeconds = lap();
  const claimsDir = path.join(options.out, 'claims');
  // The parse cache belongs to this output folder; without a cache dir every entry is read.
  const parseCache = cacheDir ? path.join(cacheDir, `entries-${createHash('sha256').update(path.resolve(claimsDir)).digest('hex').slice(0, 12)}.json`) : undefined;
  const existing = readExisting(claimsDir, parseCache);
  // With a cache, a group made of the same analysed sentences as an untouched entry is that
  // entry: only the groups an added or edited article changed are drafted and written again.
  const keyBySlug = new Map(jobs.map((j) => [analyses.get(j.file)?.article.slug, analysisKeys.get(j.file)!]));
  const version = cacheDir ? codeVersion(outputModules) : '';
  const idBySignature = new Map<string, string>();
  for (const [id, entry] of existing) if (entry.signature) idBySignature.set(entry.signature, id);
  const settled = new Set<string>();
  const signatures = new Map<string, string>();
  const open: { group: Candidate[]; signature?: string }[] = [];
  for (const group of groups) {
    const signature = cacheDir ? groupSignature(group, (slug) => keyBySlug.get(slug)!, version) : undefined;
    const id = signature && idBySignature.get(signature);
    if (id && !settled.has(id)) {
      settled.add(id);
      signatures.set(id, signature);
    } else open.push({ group, signature });
  }
  const drafts = open.map(({ group }) => draftEntry(group, articles));
  const draftSignature = new Map(drafts.map((draft, i) => [draft, open[i].signature]));
  // The drafts hold what the entries need: on a large archive the candidates, with their
  // matching keys, are most of the memory, and the ids and write stages can reuse it.
  for (const list of [groups, open, ordered]) list.length = 0;
  analyses.clear();
  const draftSeconds = lap();
  const assignments = assignIds(drafts, existing, settled);
  for (const { id, draft } of assignments) {
    const signature = draftSignature.get(draft);
    if (signature) signatures.set(id, signature);
  }
  const idsSeconds = lap();
  const written = writeEntries(claimsDir, assignments, existing, options.date ?? runDate(), settled);
  if (parseCache) writeParseCache(parseCache, claimsDir, written, existing, signatures);
  const { summary, entries } = written;
  const writeSeconds = lap();

  const byCategory: ExtractReport['byCategory'] = {};
  const byStatus: ExtractReport['byStatus'] = {};
  for (const e of entries) {
    byCategory[e.category] = (byCategory[e.category] ?? 0) + 1;
    byStatus[e.status] = (byStatus[e.status] ?? 0) + 1;
  }
  return {
    articles: { total: jobs.length, analysed: pending.length - errors.length, cached, failed: errors.length },
    errors,
    claims: entries.length,
    byCategory,
    byStatus,
    merges: entries.filter((e) => new Set(e.sources.map((s) => s.article)).size > 1).length,
    entries: summary,
    seconds: (performance.now() - started) / 1000,
    stages: { find: findSeconds, analyse: analyseSeconds, merge: mergeSeconds, draft: draftSeconds, ids: idsSeconds, write: writeSeconds },
  };
}
