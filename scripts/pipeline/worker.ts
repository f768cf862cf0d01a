/** Worker thread: analyses the articles it is sent, one message per article, and caches each. */
import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { analyseArticle } from './analyse.ts';
import type { ArticleJob } from './run.ts';

parentPort!.on('message', (job: ArticleJob & { cacheFile?: string }) => {
  try {
    const sidecar = job.sidecar ? { file: job.sidecar, text: fs.readFileSync(job.sidecar, 'utf8') } : undefined;
    const analysis = analyseArticle(job.file, fs.readFileSync(job.file), sidecar);
    // Writing the cache here keeps the main thread free to take in results.
    if (job.cacheFile) fs.writeFileSync(job.cacheFile, JSON.stringify(analysis));
    parentPort!.postMessage({ file: job.file, analysis });
  } catch (error) {
    parentPort!.postMessage({ file: job.file, error: (error as Error).message });
  }
});
