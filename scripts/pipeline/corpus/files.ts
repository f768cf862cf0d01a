/**
 * Files written by the stages, atomically. Kept apart from `write.ts` (gray-matter, the zod
 * schema) because worker threads write articles too, and a worker is started every 500 articles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { ArticleEntry } from '../../../src/schema.ts';

/** Write through a temporary file and rename, so a crash never leaves half an entry. */
export function writeAtomic(file: string, text: string, mayExist = true): boolean {
  if (mayExist && fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return false;
  // One temporary name per folder and thread: a fresh name per file makes the file system
  // slow down with every file in a large folder (4 s instead of 0.6 s for 16,000 entries).
  const tmp = path.join(path.dirname(file), `.claimtrail-${process.pid}-${threadId}.tmp`);
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
  return true;
}

/** Write a cleaned article; one whose input is as last run (`unchanged`) is only written if missing or resized. */
export function writeArticle(dir: string, article: ArticleEntry, unchanged = false): boolean {
  const file = path.join(dir, `${article.slug}.json`);
  const text = `${JSON.stringify(article, null, 2)}\n`;
  if (unchanged && fs.statSync(file, { throwIfNoEntry: false })?.size === Buffer.byteLength(text)) return false;
  return writeAtomic(file, text);
}
