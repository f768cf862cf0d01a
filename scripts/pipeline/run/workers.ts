/**
 * The analysis workers: a pool of threads (`analyseInWorkers`), and what each thread runs (this
 * same module, at the bottom): analyse the articles it is sent, one message per article, and cache each.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';
import type { Analyser } from '../article/analyse.ts';
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

/**
 * A thread takes articles in runs of this many neighbours (in file order), not one at a time: the
 * outlets of one story often sit side by side, and a thread that analyses them together finds their
 * shared sentences in its memo tables (taken one at a time, two threads alternate on them). A run
 * is short, so the threads still finish together.
 */
const articlesPerRun = 8;

/**
 * Seconds one article's analysis may take before it is given up: the backstop behind the limits on
 * input size and nesting (read/), for whatever input still drives the analysis into work without
 * end. The slowest real article measured (the seeds, the news-dev texts, 600 generated articles)
 * takes 0.5 s; a 4.5 MB text, just under the size limit, 66 s on a busy core (README, Limits).
 */
export const defaultArticleTimeLimit = 120;

export type AnalysisResult = { file: string; analysis?: KeptAnalysis; error?: string };

/** The report line of an article given up at the time limit: its file, the limit, what to do. */
export function timeLimitError(file: string, seconds: number): string {
  return `${file}: its analysis took longer than ${seconds} s, the limit for one article, and was stopped. Check that the file holds one article, not several or a page's embedded data, and split it if not; if it is one ordinary article, please report this with it (--article-time-limit SECONDS raises the limit)`;
}

/**
 * Analyse `jobs` in `workers` threads. An article whose analysis takes more than `timeLimit`
 * seconds (0: no limit) is given up: its thread is stopped and replaced, the article reported by
 * `onResult` with `timeLimitError`, and the articles that thread had not begun go to the next one.
 */
export async function analyseInWorkers(jobs: AnalysisJob[], workers: number, onResult: (r: AnalysisResult) => void, timeLimit = defaultArticleTimeLimit): Promise<void> {
  let next = 0;
  // Articles sent to a thread that was stopped before it began them: first to the next thread.
  const returned: AnalysisJob[] = [];
  const waiting = () => returned.length > 0 || next < jobs.length;
  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url));
      // This thread's run of neighbouring articles not yet sent to it.
      let run: AnalysisJob[] = [];
      const take = () => {
        if (!run.length && !returned.length) {
          run = jobs.slice(next, next + articlesPerRun);
          next += run.length;
        }
        return run.shift() ?? returned.shift()!;
      };
      let sent = 0;
      let stopped = false;
      // In the thread's order: the first is the one it works on.
      const inFlight: AnalysisJob[] = [];
      let timer: NodeJS.Timeout | undefined;
      // The clock runs for the article at the head, from when the thread could begin it.
      const watch = () => {
        clearTimeout(timer);
        if (inFlight.length && timeLimit > 0) timer = setTimeout(giveUp, timeLimit * 1000);
      };
      const threadId = worker.threadId;
      // An idle thread is asked to end (it closes its port and exits); only a thread stuck past the
      // time limit is terminated, as stopping V8 mid-run is the one way that can fail hard.
      const stop = (afterExit?: () => void, idle = false) => {
        stopped = true;
        // What is left of its run goes to the next thread.
        returned.push(...run);
        run = [];
        clearTimeout(timer);
        const ended = idle
          ? new Promise<unknown>((done) => {
              const fallback = setTimeout(() => worker.terminate().then(done, done), 10_000);
              worker.once('exit', () => {
                clearTimeout(fallback);
                done(undefined);
              });
              worker.postMessage(null);
            })
          : worker.terminate();
        ended
          .then(() => {
            afterExit?.();
            return waiting() ? runWorker() : undefined;
          })
          .then(resolve, reject);
      };
      const giveUp = () => {
        const [job, ...notBegun] = inFlight;
        returned.unshift(...notBegun);
        inFlight.length = 0;
        stop(() => {
          // A thread stopped while writing leaves its temporary files, and this process still runs: no later run would take them for a killed run's.
          for (const dir of [job.articlesDir, job.cacheFile && path.dirname(job.cacheFile)]) if (dir) fs.rmSync(temporaryFile(dir, threadId), { force: true });
          onResult({ file: job.file, error: timeLimitError(job.file, timeLimit) });
        });
      };
      // Two articles in flight: the worker starts the next one while the main thread takes in the last.
      const feed = () => {
        while (inFlight.length < 2 && (run.length > 0 || waiting()) && sent < articlesPerWorker) {
          const job = take();
          worker.postMessage(job);
          inFlight.push(job);
          sent++;
          if (inFlight.length === 1) watch();
        }
        if (inFlight.length === 0) stop(undefined, true);
      };
      worker.on('message', (result: AnalysisResult) => {
        if (stopped) return;
        inFlight.shift();
        watch();
        onResult(result);
        feed();
      });
      worker.on('error', (error) => stopped || reject(error));
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, runWorker));
}

// In a worker, the cache and article are written here too, and only what the merge needs is sent
// back: the main thread takes in every article's result and should not have to sort through more.
// Each thread has its own analyser, and so its own memo tables, dropped with the thread.
if (parentPort) {
  const port = parentPort;
  // Imported here, not at the top: the main thread, which loads this module for the pool, does
  // without the analyser (0.13 s). Articles sent meanwhile wait in the port.
  const { createAnalyser } = await import('../article/analyse.ts');
  const analyser = createAnalyser();
  port.on('message', (job: AnalysisJob | null) => {
    // The pool has no more articles for this thread: closing the port lets the thread end.
    if (job === null) return port.close();
    try {
      port.postMessage({ file: job.file, analysis: analyseJob(job, analyser) });
    } catch (error) {
      port.postMessage({ file: job.file, error: analysisError(job.file, error) });
    }
  });
}
