/**
 * `npm run extract`: articles in `seeds/` → claim entries in `content/claims/` and cleaned
 * articles in `content/articles/`.
 *
 *   node scripts/extract.ts [--seeds DIR] [--out DIR] [--cache DIR | --no-cache] [--workers N]
 *     [--article-time-limit SECONDS] [--json FILE] [--quiet]
 */
import fs from 'node:fs';
import module from 'node:module';
import { parseArgs } from 'node:util';

// Node strips and compiles the pipeline's TypeScript on every run; its compile cache keeps that
// work between runs (≈ 0.13 s, a tenth of an incremental run). Analysis processes inherit it by the variable.
const compileCache = module.enableCompileCache();
if (compileCache.directory) process.env.NODE_COMPILE_CACHE = compileCache.directory;
const { runExtraction } = await import('./pipeline/run/run.ts');
// The desk's rating scale (astro.config.mjs or CLAIMTRAIL_CONFIG): a verdict off it is a warning.
const { readConfig } = await import('../src/lib/desk-config.ts');

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: process.env.CLAIMTRAIL_CONTENT ?? 'content' },
    cache: { type: 'string', default: '.cache/claimtrail' },
    'no-cache': { type: 'boolean', default: false },
    workers: { type: 'string' },
    'article-time-limit': { type: 'string' },
    json: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

const log = (line: string) => values.quiet || console.log(line);
const timeLimit = values['article-time-limit'];
if (timeLimit !== undefined && !(Number(timeLimit) >= 0)) {
  console.error(`error: --article-time-limit ${timeLimit}: expected the seconds one article's analysis may take, such as 120 (0: no limit)`);
  process.exit(2);
}
let lastProgress = 0;
const report = await runExtraction({
  seeds: values.seeds!,
  out: values.out!,
  cache: values['no-cache'] ? undefined : values.cache,
  workers: values.workers ? Number(values.workers) : undefined,
  articleTimeLimit: timeLimit === undefined ? undefined : Number(timeLimit),
  ratingScale: (await readConfig()).ratingScale,
  onProgress: (done, total) => {
    const now = performance.now();
    if (values.quiet || total < 50 || (now - lastProgress < 1000 && done < total)) return;
    lastProgress = now;
    process.stderr.write(`  analysed ${done}/${total} articles\r${done === total ? '\n' : ''}`);
  },
}).catch((error: Error) => {
  // A file that could not be read or written is named with what to do: its message says it all, a stack
  // trace would bury it. Anything else is a bug, reported with its stack.
  console.error(`error: ${error.name === 'FileWriteError' || error.name === 'FileReadError' ? error.message : error.stack}`);
  process.exit(1);
});

for (const warning of report.warnings) console.error(`warning: ${warning}`);
// Not an error: a desk may check articles it has no address for, but readers cannot follow their quotes.
if (report.withoutUrl.length)
  console.error(
    `note: ${report.withoutUrl.length} article${report.withoutUrl.length > 1 ? 's have' : ' has'} no URL, so ${report.withoutUrl.length > 1 ? 'their' : 'its'} quotes cannot link to the original; add url: to ${report.withoutUrl.length > 1 ? 'their' : 'its'} metadata: ${report.withoutUrl.slice(0, 5).join(', ')}${report.withoutUrl.length > 5 ? ', …' : ''}`,
  );
for (const error of report.errors) console.error(`error: ${error}`);
const list = (counts: Record<string, number | undefined>) =>
  Object.entries(counts)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
const a = report.articles;
const e = report.entries;
log(`articles: ${a.total} (${a.analysed} analysed, ${a.cached} from cache, ${a.failed} failed)`);
log(`claims: ${report.claims} — by category: ${list(report.byCategory)}`);
log(`        by status: ${list(report.byStatus)}`);
log(`merged across articles: ${report.merges} entries; entries created ${e.created}, updated ${e.updated}, unchanged ${e.unchanged}, folded ${e.merged}, kept ${e.kept}`);
log(`time: ${report.seconds.toFixed(2)} s`);
if (values.json) fs.writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
// Bad articles and entry files are reported and skipped; the run still fails so CI notices them.
if (report.errors.length) process.exitCode = 1;
