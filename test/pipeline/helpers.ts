import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { readArticle, type RawArticle } from '../../scripts/pipeline/article/read/index.ts';
import { analyseArticle } from '../../scripts/pipeline/article/analyse.ts';
import type { Candidate } from '../../scripts/pipeline/model.ts';
import { runExtraction } from '../../scripts/pipeline/run/run.ts';
import { claimEntry, type ClaimEntry } from '../../src/schema.ts';

export const seedsDir = path.resolve(import.meta.dirname, '../../seeds');
export const seedFiles = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();

/** Read a seed article (with its sidecar metadata) by its three-digit prefix. */
export function seed(prefix: string): RawArticle {
  const name = seedFiles.find((f) => f.startsWith(prefix))!;
  const file = path.join(seedsDir, name);
  const sidecar = file.replace(/\.txt$/, '.yml');
  return readArticle(`seeds/${name}`, fs.readFileSync(file), { file: sidecar, text: fs.readFileSync(sidecar, 'utf8') });
}

/** The claim candidates of a seed article (with its sidecar metadata), by its three-digit prefix. */
export function seedCandidates(prefix: string): Candidate[] {
  const name = seedFiles.find((f) => f.startsWith(prefix))!;
  const file = path.join(seedsDir, name);
  const sidecar = file.replace(/\.txt$/, '.yml');
  return analyseArticle(`seeds/${name}`, fs.readFileSync(file), { file: sidecar, text: fs.readFileSync(sidecar, 'utf8') }).candidates;
}

export function seedText(prefix: string): string {
  return fs.readFileSync(path.join(seedsDir, seedFiles.find((f) => f.startsWith(prefix))!), 'utf8');
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrail-test-'));
}

/** A copy of the seed articles in a temporary folder, to add or break articles in. */
export function copySeeds(): string {
  const dir = tempDir();
  fs.cpSync(seedsDir, path.join(dir, 'seeds'), { recursive: true });
  return dir;
}

/** The entries of an output folder by file name (without `.md`): parsed, body, and the file's text. */
export function load(dir: string): Map<string, { data: ClaimEntry; body: string; raw: string }> {
  const out = new Map();
  for (const f of fs.readdirSync(path.join(dir, 'claims')).filter((name) => name.endsWith('.md'))) {
    const raw = fs.readFileSync(path.join(dir, 'claims', f), 'utf8');
    const parsed = matter(raw);
    out.set(f.replace(/\.md$/, ''), { data: claimEntry.parse(parsed.data), body: parsed.content.trim(), raw });
  }
  return out;
}

/** Every file an extraction wrote (entries, the extractor's records, cleaned articles), by path. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const sub of ['claims', 'articles'])
    for (const f of fs.readdirSync(path.join(dir, sub), { recursive: true, encoding: 'utf8' }).sort().filter((name) => /\.(md|json)$/.test(name)))
      files[`${sub}/${f}`] = fs.readFileSync(path.join(dir, sub, f), 'utf8');
  return files;
}

/** The seed articles extracted on `date` into a fresh folder, to add, edit or break things in. */
export async function extractedCopy(date: string, withCache = false) {
  const work = copySeeds();
  const paths = { seeds: path.join(work, 'seeds'), out: path.join(work, 'content'), cache: withCache ? path.join(work, 'cache') : undefined };
  await runExtraction({ seeds: paths.seeds, out: paths.out, cache: paths.cache, date });
  return paths;
}
