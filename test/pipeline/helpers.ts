import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readArticle, type RawArticle } from '../../scripts/pipeline/article/read/index.ts';

export const seedsDir = path.resolve(import.meta.dirname, '../../seeds');
export const seedFiles = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();

/** Read a seed article (with its sidecar metadata) by its three-digit prefix. */
export function seed(prefix: string): RawArticle {
  const name = seedFiles.find((f) => f.startsWith(prefix))!;
  const file = path.join(seedsDir, name);
  const sidecar = file.replace(/\.txt$/, '.yml');
  return readArticle(`seeds/${name}`, fs.readFileSync(file), { file: sidecar, text: fs.readFileSync(sidecar, 'utf8') });
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
