/** Worker thread: analyses the articles it is sent, one message per article, and caches each. */
import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { analyseArticle, type ArticleAnalysis } from './analyse.ts';
import type { ArticleJob } from './run.ts';

export type AnalysisJob = ArticleJob & { cacheFile?: string };

/** Read one article (and its sidecar), analyse it and cache the result: in a worker, or in the main thread for a few articles. */
export function analyseJob(job: AnalysisJob): ArticleAnalysis {
  const sidecar = job.sidecar ? { file: job.sidecar, text: fs.readFileSync(job.sidecar, 'utf8') } : undefined;
  const analysis = analyseArticle(job.file, fs.readFileSync(job.file), sidecar);
  if (job.cacheFile) fs.writeFileSync(job.cacheFile, JSON.stringify(analysis));
  return analysis;
}

// In a worker, the cache is written here too, which keeps the main thread free to take in results.
parentPort?.on('message', (job: AnalysisJob) => {
  try {
    parentPort!.postMessage({ file: job.file, analysis: analyseJob(job) });
  } catch (error) {
    parentPort!.postMessage({ file: job.file, error: (error as Error).message });
  }
});
