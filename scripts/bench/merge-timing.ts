/**
 * Times the merge stage alone on a corpus's cached analyses, so its growth with corpus size
 * can be read apart from analysis and writing. Prints one JSON line.
 *
 *   node scripts/bench/merge-timing.ts <cache dir>
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleAnalysis } from '../pipeline/model.ts';
import { mergeAcrossOutlets } from '../pipeline/corpus/merge.ts';
import { compareCodeUnits } from '../pipeline/text.ts';

const dir = process.argv[2];
if (!dir || !fs.existsSync(dir)) throw new Error(`usage: node scripts/bench/merge-timing.ts <cache dir>; "${dir}" does not exist (run an extraction with --cache first)`);
const analyses: ArticleAnalysis[] = fs
  .readdirSync(dir)
  .filter((f) => /^[0-9a-f]{64}\.json$/.test(f)) // analyses, not the entries' parse cache
  .sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
// Same order the pipeline uses: articles by file name.
analyses.sort((a, b) => compareCodeUnits(a.article.file, b.article.file));
const candidates = analyses.flatMap((a) => a.candidates);
const published = new Map(analyses.flatMap(({ article }) => (article.published ? [[article.slug, article.published] as const] : [])));
const started = performance.now();
const groups = mergeAcrossOutlets(candidates, published);
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ candidates: candidates.length, groups: groups.length, seconds }));
