/**
 * The analysis workers: a pool of child processes (`analyseInWorkers`), and what each runs (this
 * same module, at the bottom): analyse the articles it is sent, one message per article, and cache each.
 *
 * Processes, not worker threads: Node strips the pipeline's TypeScript with a WebAssembly module,
 * and V8 shares compiled WebAssembly between the isolates of one process; a thread ending while
 * another tiers up that code crashed the whole process now and then (a segmentation fault in
 * `wasm::NativeModule::FreeCode`, seen in about one test run in three). A process has one isolate.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analyser } from '../article/analyse.ts';
import { packKeys } from '../keys.ts';
import type { ArticleAnalysis, ArticleJob, ArticleMeta, Candidate } from '../model.ts';
import { reading, temporaryFile, writeArticle, writeAtomic } from '../corpus/files.ts';

/** Set in an analysis process's environment: the bottom of this module runs there only. */
const childMarker = 'CLAIMTRAIL_ANALYSIS_PROCESS';
/** The message that tells an analysis process the pool has no more articles for it. */
const noMoreArticles = 'done';

export type AnalysisJob = ArticleJob & { cacheFile?: string; articlesDir: string };

/** What the main process keeps of an article's analysis, for thousands of articles at once. */
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

/** Read one article (and its sidecar), analyse it, cache and write it: in a worker process, or in the main one for a few articles. */
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
 * V8's lazily collected heap, grow with every article: a fresh worker costs ~0.1 s, and on 10,000
 * articles replacing them every 500 rather than 1,000 lowered peak memory from 1.43 to 1.32 GB
 * (never replacing them: 2.7 GB).
 */
const articlesPerWorker = 500;

/**
 * A worker takes articles in runs of this many neighbours (in file order), not one at a time: the
 * outlets of one story often sit side by side, and a worker that analyses them together finds their
 * shared sentences in its memo tables (taken one at a time, two workers alternate on them). A run
 * is short, so the workers still finish together.
 */
const articlesPerRun = 8;

/**
 * Seconds one article's analysis may take before it is given up: the backstop behind the limits on
 * input size and nesting (read/), for whatever input still drives the analysis into work without
 * end. The slowest real article measured (the seeds, the news-dev texts, 600 generated articles)
 * takes 0.5 s; a 4.5 MB text, just under the size limit, 66 s on a busy core (README, Limits).
 */
export const defaultArticleTimeLimit = 120;

/** `cpu`: the analysis process's CPU seconds so far (user + system), for the report's per-stage CPU. */
export type AnalysisResult = { file: string; analysis?: KeptAnalysis; error?: string; cpu?: number };

/** The report line of an article given up at the time limit: its file, the limit, what to do. */
export function timeLimitError(file: string, seconds: number): string {
  return `${file}: its analysis took longer than ${seconds} s, the limit for one article, and was stopped. Check that the file holds one article, not several or a page's embedded data, and split it if not; if it is one ordinary article, please report this with it (--article-time-limit SECONDS raises the limit)`;
}

/** The report line of an article whose analysis process died (not a time limit): its file, what happened, what to do. */
export function crashError(file: string, how: string): string {
  return `${file}: its analysis process ended unexpectedly (${how}) and the article was skipped. Run the extraction again; if it fails on this article again, please report this with it`;
}

/**
 * Analyse `jobs` in `workers` processes. An article whose analysis takes more than `timeLimit`
 * seconds (0: no limit) is given up: its process is stopped and replaced, the article reported by
 * `onResult` with `timeLimitError`, and the articles that process had not begun go to the next one.
 * A process that dies on its own costs its current article the same way (`crashError`).
 */
export async function analyseInWorkers(
  jobs: AnalysisJob[],
  workers: number,
  onResult: (r: AnalysisResult) => void,
  timeLimit = defaultArticleTimeLimit,
  onCpu?: (seconds: number) => void,
): Promise<void> {
  let next = 0;
  // Articles sent to a process that was stopped before it began them: first to the next one.
  const returned: AnalysisJob[] = [];
  const waiting = () => returned.length > 0 || next < jobs.length;
  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const worker: ChildProcess = fork(fileURLToPath(import.meta.url), [], {
        env: { ...process.env, [childMarker]: '1' },
        // Not the parent's flags (a test runner's loaders); Node's own defaults strip the TypeScript.
        execArgv: [],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const post = (message: AnalysisJob | typeof noMoreArticles) => worker.connected && worker.send(message);
      // This process's run of neighbouring articles not yet sent to it.
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
      // In the process's order: the first is the one it works on.
      const inFlight: AnalysisJob[] = [];
      let timer: NodeJS.Timeout | undefined;
      // The clock runs for the article at the head, from when the process could begin it.
      const watch = () => {
        clearTimeout(timer);
        if (inFlight.length && timeLimit > 0) timer = setTimeout(giveUp, timeLimit * 1000);
      };
      let exited = false;
      const exit = new Promise<void>((done) => worker.once('exit', () => {
        exited = true;
        done();
      }));
      const kill = () => {
        if (!exited) worker.kill('SIGKILL');
        return exit;
      };
      // An idle process is asked to end (it disconnects and exits); one stuck past the time limit is killed.
      const stop = (afterExit?: () => void, idle = false) => {
        stopped = true;
        // What is left of its run goes to the next process.
        returned.push(...run);
        run = [];
        clearTimeout(timer);
        let ended: Promise<void>;
        if (idle) {
          const fallback = setTimeout(kill, 10_000);
          post(noMoreArticles);
          ended = exit.then(() => clearTimeout(fallback));
        } else ended = kill();
        ended
          .then(() => {
            afterExit?.();
            return waiting() ? runWorker() : undefined;
          })
          .then(resolve, reject);
      };
      const giveUp = (error = (file: string) => timeLimitError(file, timeLimit)) => {
        const [job, ...notBegun] = inFlight;
        returned.unshift(...notBegun);
        inFlight.length = 0;
        stop(() => {
          if (!job) return;
          // A process stopped while writing leaves its temporary files: no later run would take them for a killed run's.
          for (const dir of [job.articlesDir, job.cacheFile && path.dirname(job.cacheFile)]) if (dir && worker.pid) fs.rmSync(temporaryFile(dir, 0, worker.pid), { force: true });
          onResult({ file: job.file, error: error(job.file) });
        });
      };
      // Two articles in flight: the worker starts the next one while the main process takes in the last.
      const feed = () => {
        while (inFlight.length < 2 && (run.length > 0 || waiting()) && sent < articlesPerWorker) {
          const job = take();
          post(job);
          inFlight.push(job);
          sent++;
          if (inFlight.length === 1) watch();
        }
        if (inFlight.length === 0) stop(undefined, true);
      };
      let cpu = 0;
      worker.on('message', (result: AnalysisResult) => {
        if (result.cpu !== undefined) {
          onCpu?.(result.cpu - cpu);
          cpu = result.cpu;
        }
        if (stopped) return;
        inFlight.shift();
        watch();
        onResult(result);
        feed();
      });
      // Died on its own (out of memory, a signal): its current article is reported, the rest go on in a new process.
      worker.once('exit', (code, signal) => stopped || giveUp((file) => crashError(file, signal ? `signal ${signal}` : `exit code ${code}`)));
      worker.on('error', (error) => stopped || reject(error));
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, runWorker));
}

// In an analysis process, the cache and article are written here too, and only what the merge
// needs is sent back: the main process takes in every article's result and should not have to sort
// through more. Each process has its own analyser, and so its own memo tables, dropped with it.
if (process.env[childMarker] && process.send) {
  // Imported here, not at the top: the main process, which loads this module for the pool, does
  // without the analyser (0.13 s). Articles sent meanwhile wait in the channel.
  const { createAnalyser } = await import('../article/analyse.ts');
  const analyser = createAnalyser();
  // The main process ended (finished, or killed): nothing more to do for it.
  process.on('disconnect', () => process.exit(0));
  const send = (result: AnalysisResult) => {
    const { user, system } = process.cpuUsage();
    process.send!({ ...result, cpu: (user + system) / 1e6 });
  };
  process.on('message', (job: AnalysisJob | typeof noMoreArticles) => {
    // The pool has no more articles for this process: leaving the channel lets it end.
    if (job === noMoreArticles) return process.disconnect();
    try {
      send({ file: job.file, analysis: analyseJob(job, analyser) });
    } catch (error) {
      send({ file: job.file, error: analysisError(job.file, error) });
    }
  });
}
