/**
 * The whole extraction: find the articles, analyse each (in worker processes, skipping any whose
 * content hash is cached), merge across outlets, assign ids, write. Returns a report.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Category, Status } from '../../../src/schema.ts';
import type { ArticleJob, ArticleMeta } from '../model.ts';
import { latestStatedDate } from '../article/describe/dates.ts';
import { analyseInWorkers, analyseJob, analysisError, defaultArticleTimeLimit, keepAnalysis, type AnalysisJob, type KeptAnalysis } from './workers.ts';
import { articleExtensions, sidecarExtensions, uniqueArticleSlugs } from '../article/read/index.ts';
import { mergeAcrossOutlets } from '../corpus/merge.ts';
import { draftEntry } from '../corpus/draft.ts';
import { unifyPeople } from '../corpus/people.ts';
import { assignIds } from '../corpus/ids.ts';
import { runDate, writeEntries, type WriteSummary } from '../corpus/write.ts';
import { noProblems, type ExistingEntry } from '../corpus/existing.ts';
import { readMachineRecord, machineDir, machineRecordFile, recordEntry, recordedIds } from '../corpus/machine.ts';
import { applyEditorsToGroups } from '../corpus/edits.ts';
import { defaultRatingScale, ratingFor, type RatingScale } from '../../../src/lib/rating.ts';
import { makeFolder, reading, removeStaleTemporaryFiles } from '../corpus/files.ts';
import { compareCodeUnits } from '../text.ts';
import { analysisCacheFile, analysisCacheKey, cachedAnalysis, entryWriterVersion } from './cache/analysis.ts';
import { readExistingCached, writeParseCache } from './cache/entries.ts';
import { settleGroups } from './cache/settled.ts';

export interface ExtractOptions {
  seeds: string;
  out: string;
  cache?: string;
  workers?: number;
  /** Seconds one article's analysis may take (0: no limit); past it the article is reported and the rest processed. */
  articleTimeLimit?: number;
  date?: string;
  /** The desk's rating scale: a verdict off it is published as written, with a warning. */
  ratingScale?: RatingScale;
  onProgress?: (done: number, total: number) => void;
}

export interface ExtractReport {
  articles: { total: number; analysed: number; cached: number; failed: number };
  /** Articles and entry files that could not be used, each with file, line and what to do: the run fails at the end. */
  errors: string[];
  /** What an editor or operator should know that did not stop anything, each naming its file: renamed files, saves during the run, verdicts off the scale, damaged caches put right. */
  warnings: string[];
  /** Articles with no web address: their quotes cannot link to the original. */
  withoutUrl: string[];
  claims: number;
  byCategory: Partial<Record<Category, number>>;
  byStatus: Partial<Record<Status, number>>;
  /** Entries with sources from more than one article. */
  merges: number;
  entries: WriteSummary;
  seconds: number;
  /** Seconds per stage: where a slow run spends its time. */
  stages: Record<Stage, number>;
  /** CPU seconds per stage (user + system, this process and its analysis processes): on a shared machine they move much less with the load than the seconds do. */
  stagesCpu: Record<Stage, number>;
}

type Stage = 'find' | 'analyse' | 'merge' | 'draft' | 'ids' | 'write';

export function findArticles(dir: string): ArticleJob[] {
  if (!fs.existsSync(dir)) throw new Error(`${dir}: no such folder. Put the articles (.txt, .md, .html) in it or pass --seeds DIR.`);
  const jobs: ArticleJob[] = [];
  const walk = (d: string) => {
    // Code-unit order, not the machine's locale: the same folder gives the same order everywhere.
    for (const entry of reading(d, (folder) => fs.readdirSync(folder, { withFileTypes: true })).sort((a, b) => compareCodeUnits(a.name, b.name))) {
      const file = path.join(d, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (articleExtensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) {
        const stem = file.replace(/\.[^.]+$/, '');
        const sidecar = sidecarExtensions.map((ext) => stem + ext).find((f) => fs.existsSync(f));
        jobs.push(sidecar ? { file, sidecar } : { file });
      }
    }
  };
  walk(dir);
  return jobs;
}

/**
 * The day each article is merged at: its publication date, or for an undated one (a fact sheet, a
 * transcript) the latest day it states ("September 13" in a text that says "September 10 and 11,
 * 2023"), so it meets the reports of those days. Articles with neither stay undated.
 */
export function mergeDates(analyses: { article: ArticleMeta; candidates: { quote: string }[] }[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const { article, candidates } of analyses) {
    const day = article.published ?? latestStatedDate(candidates.map((c) => c.quote));
    if (day) dates.set(article.slug, day);
  }
  return dates;
}

export async function runExtraction(options: ExtractOptions): Promise<ExtractReport> {
  const started = performance.now();
  let mark = started;
  let cpuMark = process.cpuUsage();
  // The analysis processes' CPU seconds since the last stage ended (they report theirs with each article).
  let analysisProcessesCpu = 0;
  const addCpu = (seconds: number) => (analysisProcessesCpu += seconds);
  const stagesCpu = {} as Record<Stage, number>;
  const lap = (stage: Stage) => {
    const now = performance.now();
    const seconds = (now - mark) / 1000;
    mark = now;
    const cpu = process.cpuUsage(cpuMark);
    cpuMark = process.cpuUsage();
    stagesCpu[stage] = (cpu.user + cpu.system) / 1e6 + analysisProcessesCpu;
    analysisProcessesCpu = 0;
    return seconds;
  };
  const jobs = findArticles(options.seeds);
  const { slugs, warnings } = uniqueArticleSlugs(jobs.map((j) => j.file), options.seeds);
  for (const job of jobs) job.slug = slugs.get(job.file);
  const cacheDir = options.cache;
  if (cacheDir) makeFolder(cacheDir);
  const claimsDir = path.join(options.out, 'claims');
  // The entries are read first: an entry is written only while its file is as read here, so an
  // editor's save at any time during the run is kept (and taken in next run).
  // The parse cache belongs to this output folder; without a cache dir every entry is read.
  const parseCache = cacheDir ? path.join(cacheDir, `entries-${createHash('sha256').update(path.resolve(claimsDir)).digest('hex').slice(0, 12)}.json`) : undefined;
  const problems = noProblems();
  const { existing, state } = readExistingCached(claimsDir, parseCache, problems);
  addDeletedEntries(claimsDir, existing, problems.reserved);
  for (const entry of existing.values())
    for (const other of entry.data.joined ?? [])
      if (!existing.has(other) && !entry.data.aliases.includes(other))
        problems.warnings.push(`${entry.file}: joined "${other}" is no entry's id; check the spelling (the id is the file's "id:" line).`);
  const analyses = new Map<string, KeptAnalysis>();
  const errors: string[] = [];
  const pending: AnalysisJob[] = [];
  let cached = 0;
  const analysisKeys = new Map<string, string>();
  const articlesDir = path.join(options.out, 'articles');
  makeFolder(articlesDir);
  makeFolder(claimsDir);
  // The records' folder too: a run killed while writing a record leaves its temporary file there.
  const strays = removeStaleTemporaryFiles([articlesDir, claimsDir, machineDir(claimsDir), cacheDir]);
  if (strays) warnings.push(`${options.out}: removed ${strays} temporary file${strays > 1 ? 's' : ''} an interrupted run left`);
  const keep = (file: string, analysis: KeptAnalysis) => {
    // A claim is often its sentence word for word: one string then, not two equal copies.
    for (const c of analysis.candidates) if (c.claim === c.quote) c.claim = c.quote;
    analyses.set(file, analysis);
  };
  // The articles with no cached analysis are analysed first, in processes, while this one reads
  // the entries and the cached analyses: on an incremental run, that reading is most of the work.
  const cachedJobs: { job: ArticleJob; cacheFile: string }[] = [];
  for (const job of jobs) {
    let key: string | undefined;
    try {
      key = cacheDir ? analysisCacheKey(job) : undefined;
    } catch (error) {
      // The article or its sidecar cannot be read (no permission): reported, the rest processed.
      errors.push(analysisError(job.file, error));
      continue;
    }
    if (key) analysisKeys.set(job.file, key);
    const cacheFile = key ? analysisCacheFile(cacheDir!, key) : undefined;
    if (cacheFile && fs.existsSync(cacheFile)) cachedJobs.push({ job, cacheFile });
    else pending.push({ ...job, cacheFile, articlesDir });
  }
  let done = 0;
  let failedAnalyses = 0;
  const accept = (r: { file: string; analysis?: KeptAnalysis; error?: string }) => {
    done++;
    options.onProgress?.(done, pending.length);
    if (r.error || !r.analysis) {
      failedAnalyses++;
      errors.push(r.error ?? `${r.file}: could not be analysed`);
    } else keep(r.file, r.analysis);
  };
  const workers = options.workers ?? os.availableParallelism();
  const timeLimit = options.articleTimeLimit ?? defaultArticleTimeLimit;
  const analyse = async (list: AnalysisJob[]) => {
    // A process costs 0.1-0.3 s to start (it loads the analyser): in parallel only for more than a
    // handful of articles. But only a process can be stopped when an article's analysis passes the
    // time limit, so with a limit even one article is analysed in one.
    if (workers > 1 && list.length > 16) await analyseInWorkers(list, workers, accept, timeLimit, addCpu);
    else if (timeLimit > 0 && list.length > 0) await analyseInWorkers(list, 1, accept, timeLimit, addCpu);
    else if (list.length > 0) {
      // Loaded only here: when the processes analyse, the main one does without (0.13 s).
      const { createAnalyser } = await import('../article/analyse.ts');
      const analyser = createAnalyser();
      for (const job of list) {
        try {
          accept({ file: job.file, analysis: analyseJob(job, analyser) });
        } catch (error) {
          accept({ file: job.file, error: analysisError(job.file, error) });
        }
      }
    }
  };
  // Started, not awaited: the processes take it from here (results come in once this one waits;
  // nothing below throws before that).
  const analysing = analyse([...pending]);
  // A cached analysis that does not parse is removed (see `cachedAnalysis`) and its article analysed after the others.
  const damaged: AnalysisJob[] = [];
  for (const { job, cacheFile } of cachedJobs) {
    const known = cachedAnalysis(cacheFile, warnings);
    if (known) {
      try {
        keep(job.file, keepAnalysis(known, articlesDir, true));
        cached++;
      } catch (error) {
        // Its article cannot be written (disk full, no permission): reported, and not cached.
        errors.push(analysisError(job.file, error));
        fs.rmSync(cacheFile, { force: true });
      }
    } else damaged.push({ ...job, cacheFile, articlesDir });
  }
  // The analysis of new articles ran meanwhile: its time counts in this stage's CPU seconds.
  const findSeconds = lap('find');
  await analysing;
  pending.push(...damaged);
  await analyse(damaged);

  const ordered = jobs.map((j) => analyses.get(j.file)).filter((a) => a !== undefined);
  const articles = new Map<string, ArticleMeta>(ordered.map((a) => [a.article.slug, a.article]));
  const withoutUrl = ordered.filter((a) => !a.article.url).map((a) => a.article.file);
  const analyseSeconds = lap('analyse');
  const published = new Map(ordered.flatMap(({ article }) => (article.published ? [[article.slug, article.published] as const] : [])));
  const groups = applyEditorsToGroups(mergeAcrossOutlets(unifyPeople(ordered.flatMap((a) => a.candidates), published), mergeDates(ordered)), existing);
  const mergeSeconds = lap('merge');
  // With a cache, a group made of the same analysed sentences as an untouched entry is that
  // entry: only the groups an added or edited article changed are drafted and written again.
  const keyBySlug = new Map(jobs.map((j) => [analyses.get(j.file)?.article.slug, analysisKeys.get(j.file)!]));
  const { settled, signatures, open } = settleGroups(groups, state, cacheDir ? (slug) => keyBySlug.get(slug)! : undefined, cacheDir ? entryWriterVersion() : '');
  const drafts = open.map(({ group }) => draftEntry(group, articles));
  const draftSignature = new Map(drafts.map((draft, i) => [draft, open[i].signature]));
  // The drafts hold what the entries need: on a large archive the candidates, with their
  // matching keys, are most of the memory, and the ids and write stages can reuse it.
  for (const list of [groups, open, ordered]) list.length = 0;
  analyses.clear();
  const draftSeconds = lap('draft');
  const assignments = assignIds(drafts, existing, settled, problems.reserved);
  for (const { id, draft } of assignments) {
    const signature = draftSignature.get(draft);
    if (signature) signatures.set(id, signature);
  }
  const idsSeconds = lap('ids');
  const written = writeEntries(claimsDir, assignments, existing, options.date ?? runDate(), settled);
  if (parseCache) writeParseCache(parseCache, claimsDir, written, state, signatures);
  const { summary, entries } = written;
  const writeSeconds = lap('write');
  const scale = options.ratingScale ?? defaultRatingScale;
  const verdictWarnings = entries
    .filter((e) => e.verdict && !ratingFor(e.verdict, scale))
    .map((e) => `${written.files.get(e.id)}: verdict "${e.verdict}" is not on the rating scale (${scale.labels.map((l) => l.label).join(', ')}); it is published as written. Use one of those labels, or add it to the scale.`);

  const byCategory: ExtractReport['byCategory'] = {};
  const byStatus: ExtractReport['byStatus'] = {};
  for (const e of entries) {
    byCategory[e.category] = (byCategory[e.category] ?? 0) + 1;
    byStatus[e.status] = (byStatus[e.status] ?? 0) + 1;
  }
  return {
    articles: { total: jobs.length, analysed: done - failedAnalyses, cached, failed: errors.length },
    errors: [...errors, ...problems.errors],
    warnings: [...warnings, ...problems.warnings, ...written.warnings, ...verdictWarnings],
    withoutUrl,
    claims: entries.length,
    byCategory,
    byStatus,
    merges: entries.filter((e) => new Set(e.sources.map((s) => s.article)).size > 1).length,
    entries: summary,
    seconds: (performance.now() - started) / 1000,
    stages: { find: findSeconds, analyse: analyseSeconds, merge: mergeSeconds, draft: draftSeconds, ids: idsSeconds, write: writeSeconds },
    stagesCpu,
  };
}

/**
 * Entries whose files were deleted come back from the extractor's record (machine.ts): their
 * claim, if still extracted, keeps its old id, aliases and history instead of taking a new id.
 * A deleted entry that nothing extracts any more stays unpublished, its id reserved.
 */
function addDeletedEntries(claimsDir: string, existing: Map<string, ExistingEntry>, reserved: Set<string>): void {
  const known = new Set([...existing.values()].flatMap((e) => [e.data.id, ...(e.data.aliases ?? [])]));
  for (const id of recordedIds(claimsDir)) {
    if (known.has(id) || reserved.has(id)) continue;
    const record = readMachineRecord(machineRecordFile(claimsDir, id));
    if (!record) continue;
    const file = path.join(claimsDir, `${id}.md`);
    existing.set(id, { data: recordEntry(record), body: '', file, stamp: { size: 0, mtimeMs: 0 }, frozen: 'tombstone', record });
  }
}
