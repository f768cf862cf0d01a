/** Worker thread: analyses the articles it is sent, one message per article. */
import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { analyseArticle } from './analyse.ts';
import type { ArticleJob } from './run.ts';

parentPort!.on('message', (job: ArticleJob) => {
  try {
    const sidecar = job.sidecar ? { file: job.sidecar, text: fs.readFileSync(job.sidecar, 'utf8') } : undefined;
    parentPort!.postMessage({ file: job.file, analysis: analyseArticle(job.file, fs.readFileSync(job.file), sidecar) });
  } catch (error) {
    parentPort!.postMessage({ file: job.file, error: (error as Error).message });
  }
});
