/**
 * `npm run bench`: the scale benchmark (issue 4). For each corpus size it generates a corpus
 * from the seed articles, then measures, each as a child process:
 * extraction (cold), merge alone, the Astro build and the Pagefind index of our site, the same
 * for a bare baseline site with one Markdown page per claim, an incremental re-run after
 * adding one article, claim page weight and the bytes of a first search query in Chromium.
 *
 *   node scripts/bench/run.ts [--sizes 100,1000,10000] [--site-sizes 100,1000] [--baseline-limit SECONDS] [--skip-baseline] [--skip-browser] [--out bench/out] [--save]
 *
 * `--site-sizes` limits the site builds (ours, the baseline, the browser checks) to some sizes:
 * at 10,000 articles they take most of an hour, while extraction takes about a minute.
 * `--baseline-limit` gives up on a baseline build after that long and records it as unfinished;
 * `--skip-baseline` does not build it at all (the hosting figures of our site need no baseline).
 * Writes <out>/results.json and <out>/chart.svg after each size; --save also copies them to
 * bench/. `--report FILE[,FILE]` prints the table of earlier results.json files, combined (with
 * `--save`, written to bench/ as one).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { auditMerges, loadSource, nextArticle, writeBenchArticle, writeCorpus, type MergeAudit } from './generate-corpus.ts';
import { directoryBytes, measure, projectRoot } from './measure.ts';
import { writeBaseline } from './baseline.ts';
import { claimPageWeight, firstSearchCost, type PageWeight, type SearchCost } from './browser.ts';
import { lineChart } from './chart.ts';
import { compareCodeUnits } from '../pipeline/text.ts';
import { distFigures, type DistFigures } from './dist.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    out: { type: 'string', default: 'bench/out' },
    save: { type: 'boolean', default: false },
    'skip-browser': { type: 'boolean', default: false },
    /** Build no baseline site (recorded as skipped): for runs that measure only our own site. */
    'skip-baseline': { type: 'boolean', default: false },
    /** Sizes whose sites (ours and the baseline) are built; the default is every size. */
    'site-sizes': { type: 'string' },
    /** Give up on the baseline's Astro build after this many seconds (it is recorded as not finished). */
    'baseline-limit': { type: 'string' },
    /** Print the table and targets of earlier runs' results.json files (comma-separated, combined) instead of running. */
    report: { type: 'string' },
  },
});
const sizes = values.sizes!.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes "${values.sizes}": give article counts separated by commas, e.g. --sizes 100,1000`);
const siteSizes = values['site-sizes'] ? values['site-sizes'].split(',').map((s) => Number(s.trim())) : sizes;
const outRoot = path.resolve(projectRoot, values.out!);
fs.mkdirSync(outRoot, { recursive: true });
const node = process.execPath;
// A fixed run date: the entries' history dates (and so their bytes) do not depend on the day.
const sourceDateEpoch = '1718755200';

// Our own Astro cache dir, so a benchmark build never shares one with a colleague's build.
const astroConfig = path.join(outRoot, 'astro.bench.config.mjs');
fs.writeFileSync(
  astroConfig,
  `import config from ${JSON.stringify(path.join(projectRoot, 'astro.config.mjs'))};\nexport default { ...config, cacheDir: ${JSON.stringify(path.join(outRoot, 'astro-cache'))} };\n`,
);

interface ExtractJson {
  articles: { total: number; analysed: number; cached: number; failed: number };
  claims: number;
  merges: number;
  seconds: number;
  stages?: Record<string, number>;
  stagesCpu?: Record<string, number>;
}

export interface SizeResult {
  articles: number;
  stories: number;
  corpusMB: number;
  extract: { seconds: number; cpuSeconds?: number; articlesPerSecond: number; mbPerSecond: number; peakRssMB?: number; claims: number; merges: number; failed: number; workers: number; stages?: Record<string, number>; stagesCpu?: Record<string, number> };
  merge: { candidates: number; groups: number; seconds: number; microsecondsPerCandidate: number };
  mergeAudit: MergeAudit;
  incremental: { seconds: number; cpuSeconds?: number; analysed: number; cached: number; peakRssMB?: number };
  /** The site measurements, absent for sizes left out of `--site-sizes`. */
  astro?: { seconds: number; cpuSeconds?: number; peakRssMB?: number; pages: number };
  pagefind?: { seconds: number; cpuSeconds?: number; peakRssMB?: number; indexMB: number; indexFiles: number };
  /** The built site as a static host sees it (file count and size, largest file and page, sitemap files). */
  dist?: DistFigures;
  baseline?: { pages: number; astroSeconds: number; astroPeakRssMB?: number; pagefindSeconds: number; pagefindPeakRssMB?: number; totalSeconds: number };
  /** Why the baseline has no figures at this size (it ran out of time or memory). */
  baselineFailed?: string;
  oursTotalSeconds?: number;
  ratio?: number;
  claimPage?: PageWeight;
  search?: SearchCost;
}

/** Pagefind reads only the claim pages, the only ones marked for the index (as in `npm run build`). */
const claimPagesGlob = 'claims/*/index.html';

const step = (label: string) => console.log(`[bench] ${label}`);
const mb = (bytes: number) => bytes / 1048576;
const htmlPages = (dir: string) => directoryBytes(dir, (n) => n.endsWith('.html')).files;

/** The most named person's surname: what a reader of a newsroom archive would search for first. */
function searchTermFor(claimsDir: string): string {
  const counts = new Map<string, number>();
  for (const f of fs.readdirSync(claimsDir).filter((name) => name.endsWith('.md')))
    for (const m of fs.readFileSync(path.join(claimsDir, f), 'utf8').matchAll(/^ {2}- name: '?([^'\n]+)'?$/gm)) {
      const surname = m[1].trim().split(' ').at(-1)!;
      counts.set(surname, (counts.get(surname) ?? 0) + 1);
    }
  return [...counts].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))[0]?.[0] ?? 'delegation';
}

async function benchSize(articles: number, source: ReturnType<typeof loadSource>): Promise<SizeResult> {
  const dir = (name: string) => path.join(outRoot, `${name}-${articles}`);
  const [corpus, content, cache, site, baselineRoot] = ['corpus', 'content', 'cache', 'site', 'baseline'].map(dir);
  for (const d of [content, cache, site]) fs.rmSync(d, { recursive: true, force: true });

  step(`${articles}: generating corpus`);
  const summary = writeCorpus(corpus, source, articles);
  const extractArgs = ['scripts/extract.ts', '--seeds', corpus, '--out', content, '--cache', cache, '--quiet'];
  const env = { SOURCE_DATE_EPOCH: sourceDateEpoch };

  step(`${articles}: extraction (cold cache, ${os.availableParallelism()} workers)`);
  const reportFile = path.join(outRoot, `extract-${articles}.json`);
  const extract = await measure(node, [...extractArgs, '--json', reportFile], { env });
  const report: ExtractJson = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  if (report.articles.failed) console.warn(`[bench] ${report.articles.failed} articles failed to extract; see ${reportFile}`);

  const mergeAudit = auditMerges(path.join(content, 'claims'), summary.storyOf);
  step(`${articles}: merge stage alone`);
  const mergeRun = await measure(node, ['scripts/bench/merge-timing.ts', cache]);
  const merge = JSON.parse(mergeRun.output.trim().split('\n').filter((l) => l.startsWith('{')).at(-1)!);

  const sites = siteSizes.includes(articles) ? await measureSites(articles, report.claims, extract.seconds, content, site, baselineRoot) : {};

  step(`${articles}: incremental (add one article, re-run with the cache)`);
  writeBenchArticle(corpus, nextArticle(source, articles));
  const incrementalFile = path.join(outRoot, `extract-${articles}-plus-one.json`);
  const incremental = await measure(node, [...extractArgs, '--json', incrementalFile], { env });
  const incrementalReport: ExtractJson = JSON.parse(fs.readFileSync(incrementalFile, 'utf8'));

  return {
    articles,
    stories: summary.stories,
    corpusMB: mb(summary.bytes),
    extract: {
      seconds: extract.seconds,
      cpuSeconds: extract.cpuSeconds,
      articlesPerSecond: articles / extract.seconds,
      mbPerSecond: mb(summary.bytes) / extract.seconds,
      peakRssMB: extract.peakRssMB,
      claims: report.claims,
      merges: report.merges,
      failed: report.articles.failed,
      workers: os.availableParallelism(),
      stages: report.stages,
      stagesCpu: report.stagesCpu,
    },
    mergeAudit,
    merge: { ...merge, microsecondsPerCandidate: (merge.seconds * 1e6) / merge.candidates },
    incremental: { seconds: incremental.seconds, cpuSeconds: incremental.cpuSeconds, analysed: incrementalReport.articles.analysed, cached: incrementalReport.articles.cached, peakRssMB: incremental.peakRssMB },
    ...sites,
  };
}

/** Our site and the bare baseline built from one extraction, and what a reader's browser downloads. */
async function measureSites(articles: number, claims: number, extractSeconds: number, content: string, site: string, baselineRoot: string): Promise<Partial<SizeResult>> {
  // Astro keeps the whole site's data in memory: at 10,000 articles it needs more heap than Node's default.
  const astroEnv = { NODE_OPTIONS: `--max-old-space-size=${Math.floor((os.totalmem() / 2 ** 20) * 0.75)}` };
  step(`${articles}: astro build of ${claims} claims`);
  const astro = await measure('astro', ['build', '--force', '--config', path.relative(projectRoot, astroConfig), '--outDir', site], { env: { CLAIMTRAIL_CONTENT: content, ...astroEnv } });
  step(`${articles}: pagefind`);
  const pagefind = await measure('pagefind', ['--site', site, '--glob', claimPagesGlob]);
  const index = directoryBytes(path.join(site, 'pagefind'));

  let baseAstro: Awaited<ReturnType<typeof measure>> | undefined;
  let basePagefind: Awaited<ReturnType<typeof measure>> | undefined;
  let baselineFailed: string | undefined;
  let baseline = { pages: 0 };
  if (values['skip-baseline']) baselineFailed = 'skipped (--skip-baseline)';
  else try {
    step(`${articles}: baseline (bare Astro, one Markdown page per claim)`);
    baseline = writeBaseline(baselineRoot, path.join(content, 'claims'));
    baseAstro = await measure('astro', ['build'], { cwd: baselineRoot, env: astroEnv, limitSeconds: values['baseline-limit'] ? Number(values['baseline-limit']) : undefined });
    basePagefind = await measure('pagefind', ['--site', path.join(baselineRoot, 'dist')]);
  } catch (error) {
    baselineFailed = (error as Error).message.split('\n')[0];
    console.warn(`[bench] baseline at ${articles}: ${baselineFailed}`);
  }

  let claimPage: PageWeight | undefined;
  let search: SearchCost | undefined;
  if (!values['skip-browser']) {
    step(`${articles}: claim page weight and first search query in Chromium`);
    claimPage = claimPageWeight(site);
    search = await firstSearchCost(site, searchTermFor(path.join(content, 'claims')));
  }
  const oursTotal = extractSeconds + astro.seconds + pagefind.seconds;
  const baseTotal = baseAstro && basePagefind ? baseAstro.seconds + basePagefind.seconds : undefined;
  return {
    astro: { seconds: astro.seconds, cpuSeconds: astro.cpuSeconds, peakRssMB: astro.peakRssMB, pages: htmlPages(site) },
    pagefind: { seconds: pagefind.seconds, cpuSeconds: pagefind.cpuSeconds, peakRssMB: pagefind.peakRssMB, indexMB: mb(index.bytes), indexFiles: index.files },
    dist: distFigures(site, claims),
    ...(baseAstro && basePagefind && baseTotal
      ? {
          baseline: {
            pages: baseline.pages,
            astroSeconds: baseAstro.seconds,
            astroPeakRssMB: baseAstro.peakRssMB,
            pagefindSeconds: basePagefind.seconds,
            pagefindPeakRssMB: basePagefind.peakRssMB,
            totalSeconds: baseTotal,
          },
          ratio: oursTotal / baseTotal,
        }
      : { baselineFailed }),
    oursTotalSeconds: oursTotal,
    ...(claimPage ? { claimPage } : {}),
    ...(search ? { search } : {}),
  };
}

/** When the baseline ran out of time, ours / baseline is below ours / its time limit. */
function ratioBound(r: SizeResult): number | undefined {
  const limit = /did not finish within (\d+) s/.exec(r.baselineFailed ?? '')?.[1];
  return limit && r.oursTotalSeconds !== undefined ? r.oursTotalSeconds / Number(limit) : undefined;
}

interface Target {
  target: string;
  measured: string;
  met: boolean;
}

function targets(results: SizeResult[]): Target[] {
  const largest = results.at(-1)!;
  const at1000 = results.find((r) => r.articles === 1000) ?? largest;
  const ten = results.find((r) => r.articles === 10000);
  const perCandidate = results.map((r) => r.merge.microsecondsPerCandidate);
  const list: Target[] = [
    { target: '≥ 300 articles/s extraction (all cores)', measured: results.map((r) => `${r.extract.articlesPerSecond.toFixed(0)}/s @${r.articles}`).join(', '), met: results.every((r) => r.extract.articlesPerSecond >= 300) },
    {
      target: 'merging grows near-linearly (µs per candidate within 2× across sizes)',
      measured: results.map((r) => `${r.merge.microsecondsPerCandidate.toFixed(1)} µs @${r.merge.candidates}`).join(', '),
      met: Math.max(...perCandidate) <= 2 * Math.min(...perCandidate),
    },
    {
      target: '10,000-article extraction peak RSS < 1.5 GB',
      measured: ten ? `${(ten.extract.peakRssMB ?? NaN).toFixed(0)} MB` : 'not run (needs --sizes with 10000)',
      met: Boolean(ten && (ten.extract.peakRssMB ?? Infinity) < 1536),
    },
    {
      target: `+1 article to ${at1000.articles} re-extracts only it, < 2 s`,
      measured: `${at1000.incremental.seconds.toFixed(2)} s, ${at1000.incremental.analysed} analysed, ${at1000.incremental.cached} cached`,
      met: at1000.incremental.seconds < 2 && at1000.incremental.analysed === 1,
    },
    {
      target: 'end to end ≤ 1.5× bare baseline at every size',
      measured: results
        .map((r) => {
          const bound = ratioBound(r);
          if (r.ratio !== undefined) return `${r.ratio.toFixed(2)}× @${r.articles}`;
          if (bound !== undefined) return `< ${bound.toFixed(2)}× @${r.articles} (baseline unfinished after its time limit)`;
          return r.baselineFailed ? `baseline failed @${r.articles} (${r.baselineFailed})` : `site not built @${r.articles}`;
        })
        .join(', '),
      met: results.every((r) => (r.ratio ?? ratioBound(r) ?? Infinity) <= 1.5),
    },
  ];
  for (const r of results.filter((r) => r.dist)) {
    const d = r.dist!;
    list.push({
      target: `hosting limits @${r.articles}: no file > 25 MiB, no HTML page > 200 KB, ≤ 45,000 URLs a sitemap file, one page a claim`,
      measured: `largest file ${d.largestFile.mb.toFixed(1)} MB (${d.largestFile.file}), largest page ${d.largestHtml.kb.toFixed(0)} KB (${d.largestHtml.file}), ${d.maxSitemapUrls} URLs in ${d.sitemapFiles} sitemap file(s), ${d.claimPagesPerClaim.toFixed(2)} pages a claim`,
      met: d.largestFile.mb < 25 && d.largestHtml.kb < 200 && d.maxSitemapUrls <= 45_000 && d.claimPagesPerClaim < 1.1,
    });
  }
  if (at1000.claimPage) list.push({ target: 'claim page < 50 KB HTML + CSS', measured: `largest ${(at1000.claimPage.maxBytes / 1024).toFixed(1)} KB, median ${(at1000.claimPage.medianBytes / 1024).toFixed(1)} KB`, met: at1000.claimPage.maxBytes < 50 * 1024 });
  if (at1000.search)
    list.push({
      target: `first search query < 300 KB (${at1000.articles}-article site)`,
      measured: `${(at1000.search.firstQueryBytes / 1024).toFixed(0)} KB for "${at1000.search.query}" (${at1000.search.results} results; page itself ${(at1000.search.pageLoadBytes / 1024).toFixed(0)} KB)`,
      met: at1000.search.firstQueryBytes < 300 * 1024,
    });
  return list;
}

function table(results: SizeResult[]): string {
  const f = (n: number | undefined, d = 1) => (n === undefined ? 'n/a' : n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d }));
  const rows: [string, (r: SizeResult) => string][] = [
    ['stories (outlets per story 1–4)', (r) => f(r.stories, 0)],
    ['corpus MB', (r) => f(r.corpusMB)],
    ['extraction s', (r) => f(r.extract.seconds)],
    ['extraction CPU s (user + system)', (r) => f(r.extract.cpuSeconds)],
    ['articles/s', (r) => f(r.extract.articlesPerSecond, 0)],
    ['MB/s', (r) => f(r.extract.mbPerSecond, 2)],
    ['extraction peak RSS MB', (r) => f(r.extract.peakRssMB, 0)],
    [
      'extraction stages s: analyse / merge / draft + ids / write',
      (r) => (r.extract.stages ? `${f(r.extract.stages.analyse)} / ${f(r.extract.stages.merge)} / ${f(r.extract.stages.draft + r.extract.stages.ids)} / ${f(r.extract.stages.write)}` : 'n/a'),
    ],
    [
      'extraction stages CPU s (user + system, all threads)',
      (r) => (r.extract.stagesCpu ? `${f(r.extract.stagesCpu.analyse)} / ${f(r.extract.stagesCpu.merge)} / ${f(r.extract.stagesCpu.draft + r.extract.stagesCpu.ids)} / ${f(r.extract.stagesCpu.write)}` : 'n/a'),
    ],
    ['claims', (r) => f(r.extract.claims, 0)],
    ['merged entries (>1 article)', (r) => f(r.extract.merges, 0)],
    ['…of which across different stories', (r) => f(r.mergeAudit.crossStory, 0)],
    ['sources in the largest entry', (r) => f(r.mergeAudit.largestEntrySources, 0)],
    ['merge stage s (µs/candidate)', (r) => `${f(r.merge.seconds, 2)} (${f(r.merge.microsecondsPerCandidate)})`],
    ['incremental +1 article s (peak RSS MB)', (r) => `${f(r.incremental.seconds, 2)} (${f(r.incremental.peakRssMB, 0)})`],
    ['incremental +1 article CPU s', (r) => f(r.incremental.cpuSeconds, 2)],
    ['astro build s', (r) => f(r.astro?.seconds)],
    ['astro build CPU s (user + system)', (r) => f(r.astro?.cpuSeconds)],
    ['astro peak RSS MB', (r) => f(r.astro?.peakRssMB, 0)],
    ['pages', (r) => f(r.astro?.pages, 0)],
    ['dist/ files (MB)', (r) => (r.dist ? `${f(r.dist.files, 0)} (${f(r.dist.mb, 0)})` : 'n/a')],
    ['largest file MB / largest HTML page KB', (r) => (r.dist ? `${f(r.dist.largestFile.mb)} / ${f(r.dist.largestHtml.kb, 0)}` : 'n/a')],
    ['pagefind s', (r) => f(r.pagefind?.seconds)],
    ['pagefind index MB', (r) => f(r.pagefind?.indexMB)],
    ['ours total s', (r) => f(r.oursTotalSeconds)],
    ['baseline pages', (r) => f(r.baseline?.pages, 0)],
    ['baseline astro + pagefind s', (r) => (r.baseline ? `${f(r.baseline.astroSeconds)} + ${f(r.baseline.pagefindSeconds)}` : r.baselineFailed ? r.baselineFailed.replace(/^astro build /, 'astro ') : 'n/a')],
    ['baseline astro peak RSS MB', (r) => f(r.baseline?.astroPeakRssMB, 0)],
    ['ours / baseline', (r) => (r.ratio !== undefined ? `${f(r.ratio, 2)}×` : ratioBound(r) !== undefined ? `< ${f(ratioBound(r), 2)}×` : 'n/a')],
    ['claim page HTML+CSS KB (median / max)', (r) => (r.claimPage ? `${f(r.claimPage.medianBytes / 1024)} / ${f(r.claimPage.maxBytes / 1024)}` : 'n/a')],
    ['first search query KB', (r) => (r.search ? f(r.search.firstQueryBytes / 1024, 0) : 'n/a')],
  ];
  const header = `| articles | ${results.map((r) => r.articles.toLocaleString('en')).join(' | ')} |`;
  return [header, `|---|${results.map(() => '---:').join('|')}|`, ...rows.map(([label, cell]) => `| ${label} | ${results.map(cell).join(' | ')} |`)].join('\n');
}

const source = loadSource(path.join(projectRoot, 'seeds'));
const machine = {
  cpus: os.availableParallelism(),
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
};
const results: SizeResult[] = [];
let output = { date: '', machine, sizes, complete: false, results, targets: [] as Target[] };

/** Results and chart are written after every size, so a long full run leaves figures even if stopped. */
function save(complete: boolean, date = new Date().toISOString()): void {
  output = { date, machine, sizes: results.map((r) => r.articles), complete, results, targets: targets(results) };
  fs.writeFileSync(path.join(outRoot, 'results.json'), `${JSON.stringify(output, null, 2)}\n`);
  const sited = results.filter((r) => r.astro);
  const chart = lineChart(
    `claimtrail: wall time by stage (${machine.cpus} cores)`,
    [
      { name: 'extraction', color: '#1f77b4', points: results.map((r) => ({ x: r.articles, y: r.extract.seconds })) },
      { name: 'astro build', color: '#ff7f0e', points: sited.map((r) => ({ x: r.articles, y: r.astro!.seconds })) },
      { name: 'pagefind', color: '#2ca02c', points: sited.map((r) => ({ x: r.articles, y: r.pagefind!.seconds })) },
      { name: 'ours total', color: '#d62728', points: sited.map((r) => ({ x: r.articles, y: r.oursTotalSeconds! })) },
      { name: 'baseline total', color: '#7f7f7f', points: sited.filter((r) => r.baseline).map((r) => ({ x: r.articles, y: r.baseline!.totalSeconds })) },
    ],
    'articles in corpus',
    'seconds',
  );
  fs.writeFileSync(path.join(outRoot, 'chart.svg'), chart);
  if (values.save) {
    fs.copyFileSync(path.join(outRoot, 'results.json'), path.join(projectRoot, 'bench/results.json'));
    fs.copyFileSync(path.join(outRoot, 'chart.svg'), path.join(projectRoot, 'bench/chart.svg'));
  }
}

if (values.report) {
  // Several files combine into one report: a size in a later file replaces it in an earlier one.
  const earlier = values.report.split(',').map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as typeof output);
  const bySize = new Map<number, SizeResult>();
  for (const run of earlier) for (const r of run.results) bySize.set(r.articles, r);
  results.push(...[...bySize.values()].sort((a, b) => a.articles - b.articles));
  Object.assign(machine, earlier.at(-1)!.machine);
  const latest = earlier.map((run) => run.date).sort().at(-1)!;
  output = { ...earlier.at(-1)!, date: latest, sizes: results.map((r) => r.articles), results, targets: targets(results) };
  if (values.save) save(earlier.every((run) => run.complete), latest);
} else
  for (const size of sizes) {
    results.push(await benchSize(size, source));
    save(size === sizes.at(-1));
  }

console.log(`\nMachine: ${machine.cpus} cores (${machine.cpu}), ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}\n`);
console.log(table(results));
console.log('\nTargets:');
for (const t of output.targets) console.log(`  ${t.met ? 'met    ' : 'MISSED '} ${t.target}: ${t.measured}`);
if (!values.report) console.log(`\nWrote ${path.relative(projectRoot, path.join(outRoot, 'results.json'))} and chart.svg${values.save ? ' (copied to bench/)' : ''}`);
