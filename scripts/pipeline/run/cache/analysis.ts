/**
 * The analysis cache: one JSON file per article, named by the hash of the article's bytes, its
 * sidecar and the sources of the analyser (article/analyse.ts and everything it imports, found
 * from the imports). An analysis is only reused by the code that made it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleAnalysis, ArticleJob } from '../../model.ts';
import { sourceHash } from './sources.ts';
import { reading } from '../../corpus/files.ts';

const analyser = fileURLToPath(new URL('../../article/analyse.ts', import.meta.url));
/** The stages that turn analyses into entry files: an entry is only taken as current if this code wrote it. */
const entryWriters = ['../../corpus/merge.ts', '../../corpus/edits.ts', '../../corpus/draft.ts', '../../corpus/ids.ts', '../../corpus/write.ts'].map((m) => fileURLToPath(new URL(m, import.meta.url)));

/** Version of the code that turns groups into entry files (for `groupSignature`). */
export const entryWriterVersion = () => sourceHash(entryWriters);

export function analysisCacheKey(job: ArticleJob): string {
  // The slug too: a file added beside this one may change it (see `uniqueArticleSlugs`).
  const hash = createHash('sha256').update(sourceHash([analyser])).update(job.file).update(`\u0000${job.slug ?? ''}\u0000`).update(reading(job.file, (f) => fs.readFileSync(f)));
  if (job.sidecar) hash.update(reading(job.sidecar, (f) => fs.readFileSync(f)));
  return hash.digest('hex');
}

export const analysisCacheFile = (cacheDir: string, key: string) => path.join(cacheDir, `${key}.json`);

/**
 * The cached analysis, if this code made one for these bytes. One that does not parse (a run
 * killed or a disk full while it was written by an older version) is removed with a warning, and
 * the article analysed again.
 */
export function cachedAnalysis(cacheFile: string, warnings: string[]): ArticleAnalysis | undefined {
  let text: string;
  try {
    text = fs.readFileSync(cacheFile, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const analysis = JSON.parse(text) as ArticleAnalysis;
    if (typeof analysis?.article?.slug === 'string' && Array.isArray(analysis.candidates)) return analysis;
    throw new Error('not an analysis');
  } catch (error) {
    warnings.push(`${cacheFile}: cached analysis is damaged (${(error as Error).message}); removed, the article is analysed again`);
    fs.rmSync(cacheFile, { force: true });
    return undefined;
  }
}
