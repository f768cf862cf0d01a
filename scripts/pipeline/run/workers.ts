/**
 * The analysis workers: a pool of threads (`analyseInWorkers`), and what each thread runs (this
 * same module, at the bottom): analyse the articles it is sent, one message per article, and cache each.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';
import { createAnalyser, type Analyser } from '../article/analyse.ts';
import { packKeys } from '../keys.ts';
import type { ArticleAnalysis, ArticleJob, ArticleMeta, Candidate } from '../model.ts';
import { reading, temporaryFile, writeArticle, writeAtomic } from '../corpus/files.ts';

export type AnalysisJob = ArticleJob & { cacheFile?: string; articlesDir: string };

/** What the main thread keeps of an article's analysis, for thousands of articles at once. */
export interface KeptAnalysis {
  article: ArticleMeta;
  candidates: Candidate[];
}

/** The cleaned article goes to its file (`unchanged`: as last run, so only if missing or resized); its sentences' matching keys are packed. */
export function keepAnalysis(analysis: ArticleAnalysis, articlesDir: string, unchanged: boolean): KeptAnalysis {
  writeArticle(articlesDir, analysis.article, unchanged);
  const { paragraphs, ...article } = analysis.article;
  for (const c of analysis.candidates) if (c.keys) c.keys = packKeys(c.keys);
  return { article, candidates: analysis.candidates };
}

/** Read one article (and its sidecar), analyse it, cache and write it: in a worker, or in the main thread for a few articles. */
export function analyseJob(job: AnalysisJob, analyser: Analyser): KeptAnalysis {
  const sidecar = job.sidecar ? { file: job.sidecar, text: reading(job.sidecar, (f) => fs.readFileSync(f, 'utf8')) } : undefined;
  const analysis = analyser.analyse(job.file, reading(job.file, (f) => fs.readFileSync(f)), sidecar, job.slug);
  const cacheText = job.cacheFile ? JSON.stringify(analysis) : undefined;
  // Cached only once its article is written: a cache never stands for output that failed.
  const kept = keepAnalysis(analysis, job.articlesDir, false);
  if (cacheText) writeAtomic(job.cacheFile!, cacheText, false);
  return kept;
}

/** An analysis failure as a line for the report: the file first, then what went wrong. */
export function analysisError(file: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Input problems (read.ts) already name the file and the fix, a failed write its output file
  // and the fix; anything else is our fault.
  if (message.startsWith(file)) return message;
  // A file that could not be read (the article or its sidecar) is named by its message.
  if (error instanceof Error && error.name === 'FileReadError') return message;
  if (error instanceof Error && error.name === 'FileWriteError') return `${file}: ${message}`;
  return `${file}: could not be analysed (${message}). Please report this with the article.`;
}

/**
 * A worker is replaced after this many articles. Its caches of words, names and sentences, and
 * V8's lazily collected heap, grow with every article, and the process keeps a finished thread's
 * memory: a fresh thread costs ~0.1 s, and on 10,000 articles replacing them every 500 rather
 * than 1,000 lowers peak memory from 1.43 to 1.32 GB (never replacing them: 2.7 GB).
 */
const articlesPerWorker = 500;

export async function analyseInWorkers(jobs: AnalysisJob[], workers: number, onResult: (r: { file: string; analysis?: KeptAnalysis; error?: string }) => void): Promise<void> {
  let next = 0;
  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url));
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

// In a worker, the cache and article are written here too, and only what the merge needs is sent
// back: the main thread takes in every article's result and should not have to sort through more.
// Each thread has its own analyser, and so its own memo tables, dropped with the thread.
if (parentPort) {
  const port = parentPort;
  const analyser = createAnalyser();
  port.on('message', (job: AnalysisJob) => {
    try {
      port.postMessage({ file: job.file, analysis: analyseJob(job, analyser) });
    } catch (error) {
      port.postMessage({ file: job.file, error: analysisError(job.file, error) });
    }
  });
}
