/**
 * The entry parse cache: one JSON line per entry file with its size, modification time, parsed
 * content and the signature of the group it was written from. A file whose size and time match
 * the last run's is not parsed again: on a newsroom archive most entries are untouched between runs.
 * What the cache knows of a file stays here, beside the entries (`EntryCacheState`), not in them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ClaimEntry } from '../../../../src/schema.ts';
import { addExisting, entryFileNames, noProblems, parseEntryFile, type ExistingEntry, type ReadProblems } from '../../corpus/existing.ts';
import type { WriteResult } from '../../corpus/write.ts';
import { FileWriteError, temporaryFile } from '../../corpus/files.ts';

interface ParsedFile {
  size: number;
  mtimeMs: number;
  data: ClaimEntry;
  body: string;
  signature?: string;
}

/** What the cache knows of one entry file as read this run. */
export interface EntryCacheState {
  /** Size and modification time when read, to tell later whether the file was touched. */
  stat: { size: number; mtimeMs: number };
  /** `groupSignature` of the group the file was last written from, while the file is untouched since. */
  signature?: string;
  /** The entry's line in the parse cache, written again as it is while nothing changes. */
  cacheLine?: string;
}

/**
 * The entries on disk, by id, and for each what the cache knows of its file. A file that does not
 * read is in `problems` (and stands in `existing` frozen, see `addExisting`), never in the cache.
 */
export function readExistingCached(dir: string, cacheFile: string | undefined, problems: ReadProblems = noProblems()): { existing: Map<string, ExistingEntry>; state: Map<string, EntryCacheState> } {
  const existing = new Map<string, ExistingEntry>();
  const state = new Map<string, EntryCacheState>();
  const names = entryFileNames(dir);
  const cache = names.length ? readParseCache(cacheFile, problems.warnings) : new Map();
  for (const name of names) {
    const file = path.join(dir, name);
    const stat = fs.statSync(file);
    const known = cache.get(name);
    if (known && known.parsed.size === stat.size && known.parsed.mtimeMs === stat.mtimeMs) {
      const { data, body, signature } = known.parsed;
      addExisting(existing, problems, file, () => ({ data, body, file, stamp: { size: stat.size, mtimeMs: stat.mtimeMs } }));
      if (existing.get(data.id)?.file === file) state.set(data.id, { stat, signature, cacheLine: known.line });
      continue;
    }
    addExisting(existing, problems, file, () => parseEntryFile(file));
  }
  for (const [id, entry] of existing) if (!entry.frozen && !state.has(id)) state.set(id, { stat: entry.stamp });
  return { existing, state };
}

function readParseCache(cacheFile: string | undefined, warnings: string[]): Map<string, { parsed: ParsedFile; line: string }> {
  const out = new Map<string, { parsed: ParsedFile; line: string }>();
  if (!cacheFile || !fs.existsSync(cacheFile)) return out;
  const bytes = fs.readFileSync(cacheFile);
  try {
    for (let start = 0; start < bytes.length; ) {
      const end = bytes.indexOf(10, start);
      const line = bytes.toString('utf8', start, end < 0 ? bytes.length : end);
      const [name, parsed] = JSON.parse(line) as [string, ParsedFile];
      out.set(name, { parsed, line });
      start = end < 0 ? bytes.length : end + 1;
    }
  } catch (error) {
    // A damaged cache only costs a full read; it is written anew at the end of the run.
    warnings.push(`${cacheFile}: the entry cache is damaged (${(error as Error).message}); every entry was read from its file instead`);
    fs.rmSync(cacheFile, { force: true });
    return new Map();
  }
  return out;
}

/** Remember each entry file as written or read, and the group it was written from, for the next run's `readExistingCached`. */
export function writeParseCache(cacheFile: string, dir: string, result: WriteResult, state: Map<string, EntryCacheState>, signatures: Map<string, string>): void {
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
  // One JSON line per entry, written as it goes: a newsroom archive's cache never sits in memory as one string.
  const tmp = temporaryFile(path.dirname(cacheFile), 'entries');
  try {
    writeLines(tmp, dir, result, state, signatures);
    fs.renameSync(tmp, cacheFile);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw new FileWriteError(cacheFile, error);
  }
}

function writeLines(tmp: string, dir: string, result: WriteResult, state: Map<string, EntryCacheState>, signatures: Map<string, string>): void {
  const fd = fs.openSync(tmp, 'w');
  let chunk = '';
  for (const entry of result.entries) {
    const file = result.files.get(entry.id)!;
    const name = path.basename(file);
    const previous = state.get(entry.id);
    const untouched = previous?.stat && !result.written.has(entry.id);
    // An untouched entry from the same group keeps its line: most of a newsroom archive, unparsed.
    if (untouched && previous.cacheLine && previous.signature === signatures.get(entry.id)) chunk += `${previous.cacheLine}\n`;
    else {
      const stat = untouched ? previous.stat : fs.statSync(file, { throwIfNoEntry: false });
      if (!stat) continue;
      const parsed: ParsedFile = { size: stat.size, mtimeMs: stat.mtimeMs, data: entry, body: result.bodies.get(entry.id) ?? '', signature: signatures.get(entry.id) };
      chunk += `${JSON.stringify([name, parsed])}\n`;
    }
    if (chunk.length > 1 << 20) {
      fs.writeSync(fd, chunk);
      chunk = '';
    }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
}
