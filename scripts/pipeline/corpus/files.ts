/**
 * Files written by the stages, atomically. Kept apart from `write.ts` (gray-matter, the zod
 * schema) because worker threads write articles too, and a worker is started every 500 articles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { ArticleEntry } from '../../../src/schema.ts';

/** Temporary files of an atomic write: `.claimtrail-<pid>-<what>.tmp`, beside the file they become. */
const temporaryName = /^\.claimtrail-(\d+)-[^/]*\.tmp$/;
export const temporaryFile = (dir: string, what: string | number = threadId, pid = process.pid) => path.join(dir, `.claimtrail-${pid}-${what}.tmp`);

/** What to do about a file system error, by its code. */
const advice: Record<string, string> = {
  ENOSPC: 'The disk is full: free some space and run again (nothing was half-written)',
  EDQUOT: 'The disk quota is used up: free some space and run again (nothing was half-written)',
  EACCES: 'Permission denied: make the folder writable (chmod u+w) or run as its owner',
  EPERM: 'Permission denied: make the folder writable (chmod u+w) or run as its owner',
  EROFS: 'The file system is read-only: write the output to another folder (--out DIR)',
  ENAMETOOLONG: 'The name is longer than the file system allows: please report this with the article',
};

/** What to do about a file that cannot be read, by the error's code. */
const readAdvice: Record<string, string> = {
  EACCES: 'Permission denied: make it readable (chmod a+r) or run as its owner',
  EPERM: 'Permission denied: make it readable (chmod a+r) or run as its owner',
  ENOENT: 'It was moved or deleted during the run: run again',
  EISDIR: 'It is a folder, not a file: rename it',
  EIO: 'The disk could not read it: check the disk, then run again',
};

/** A file or folder that could not be read, as one line naming it and what to do; the cause is kept. */
export class FileReadError extends Error {
  constructor(file: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException).code ?? '';
    super(`${file}: could not be read (${code || (cause as Error).message}). ${readAdvice[code] ?? 'Check the file and the disk, then run again'}.`, { cause });
    this.name = 'FileReadError';
  }
}

/** `read(file)`, with a failure as a `FileReadError` naming the file. */
export function reading<T>(file: string, read: (file: string) => T): T {
  try {
    return read(file);
  } catch (error) {
    throw new FileReadError(file, error);
  }
}

/** Make a folder the run writes into; one it may not make is a `FileWriteError` naming it. */
export function makeFolder(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    // An existing folder this user may not write into fails at the first file; say so now, naming the folder.
    fs.accessSync(dir, fs.constants.W_OK | fs.constants.X_OK);
  } catch (error) {
    throw new FileWriteError(dir, error);
  }
}

/** A file system error as one line naming the file, what failed and what to do; the cause is kept. */
export class FileWriteError extends Error {
  constructor(file: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException).code ?? '';
    super(`${file}: could not be written (${code || (cause as Error).message}). ${advice[code] ?? 'Check the folder and the disk, then run again'}.`, { cause });
    this.name = 'FileWriteError';
  }
}

/** Write through a temporary file and rename, so a crash never leaves half an entry. */
export function writeAtomic(file: string, text: string, mayExist = true): boolean {
  if (mayExist && fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return false;
  // One temporary name per folder and thread: a fresh name per file makes the file system
  // slow down with every file in a large folder (4 s instead of 0.6 s for 16,000 entries).
  const tmp = temporaryFile(path.dirname(file));
  try {
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw new FileWriteError(file, error);
  }
  return true;
}

/**
 * Remove the temporary files a killed run left in `dirs`. Only those of processes no longer
 * running: another extraction writing into the same folder keeps its own.
 */
export function removeStaleTemporaryFiles(dirs: (string | undefined)[]): number {
  let removed = 0;
  for (const dir of dirs) {
    if (!dir || !fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      const pid = Number(name.match(temporaryName)?.[1]);
      if (!pid || pid === process.pid || isRunning(pid)) continue;
      // A folder too: the build's site in the making (scripts/build-site.ts).
      fs.rmSync(path.join(dir, name), { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Write a cleaned article; one whose input is as last run (`unchanged`) is only written if missing or resized. */
export function writeArticle(dir: string, article: ArticleEntry, unchanged = false): boolean {
  const file = path.join(dir, `${article.slug}.json`);
  const text = `${JSON.stringify(article, null, 2)}\n`;
  if (unchanged && fs.statSync(file, { throwIfNoEntry: false })?.size === Buffer.byteLength(text)) return false;
  return writeAtomic(file, text);
}
