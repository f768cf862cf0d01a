/**
 * The entries already on disk: what the ids stage continues and the write stage reconciles
 * with (editor fields, bodies, locked files). An entry file is an editor's file too, so a bad
 * one never stops the run: it is reported with its line and left exactly as it is, and its id
 * stays taken (see `BrokenEntry`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import matter from 'gray-matter';
import { claimEntry, type ClaimEntry } from '../../../src/schema.ts';
import { FileReadError } from './files.ts';
import { editableFields, machineRecordFile, readMachineRecord, recordEntry, type MachineRecord } from './machine.ts';

export interface ExistingEntry {
  data: ClaimEntry;
  body: string;
  file: string;
  /** The file as read at the start of the run: it is written only while it is still so (an editor may save meanwhile). */
  stamp: FileStamp;
  /**
   * Left exactly as it is this run: a file that does not parse (its sources come from the
   * extractor's record of it), or a deleted entry known only from that record (`tombstone`).
   */
  frozen?: 'broken' | 'tombstone';
  /** The extractor's record of what it last wrote, loaded on first use (`machineRecordOf`). */
  record?: MachineRecord | null;
}

/** Size, modification time and (when the file was read) a hash of its bytes. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  sha256?: string;
}

export const hashBytes = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Whether a file is still as stamped: bytes when they were hashed, else size and time (what the parse cache trusts). */
export function unchangedSince(file: string, stamp: FileStamp): boolean {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat || stat.size !== stamp.size) return false;
  if (stamp.sha256) return hashBytes(fs.readFileSync(file)) === stamp.sha256;
  return stat.mtimeMs === stamp.mtimeMs;
}

/** The entry files of a claims folder (`<id>.md`), sorted by name; none if the folder is missing. */
export function entryFileNames(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .sort()
    .filter((name) => name.endsWith('.md'));
}

/** An entry file that cannot be used: what is wrong, where, and the id it holds (so no other entry takes it). */
export class BrokenEntryError extends Error {
  readonly file: string;
  readonly id: string;
  /** The front matter, when it is YAML but breaks the schema: its sources still tell which claim it is. */
  readonly data?: Record<string, unknown>;
  constructor(message: string, file: string, id: string, data?: Record<string, unknown>) {
    super(message);
    this.file = file;
    this.id = id;
    this.data = data;
  }
}

const fixAdvice = 'Fix it by hand (README, "For editors"); until then the entry is left exactly as it is and keeps its id.';

/** The line (1-based) where a top-level front-matter field starts, for messages. */
function fieldLine(raw: string, field: string | number | undefined): number {
  const lines = raw.split('\n');
  const at = field === undefined ? -1 : lines.findIndex((l) => l.startsWith(`${String(field)}:`));
  return at < 0 ? 1 : at + 1;
}

/** The id an unreadable file holds: its `id:` line if there is one, else its file name. */
function idOfRaw(raw: string, file: string): string {
  const written = /^id:\s*['"]?([a-z0-9]+(?:-[a-z0-9]+)*)['"]?\s*$/m.exec(raw)?.[1];
  return written ?? path.basename(file, '.md');
}

/** Parse and check one entry file; a bad one throws a `BrokenEntryError` naming the file and line. */
export function parseEntryFile(file: string): ExistingEntry {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    // Unreadable (no permission): left as it is and keeps its id, like a broken one.
    throw new BrokenEntryError(`${new FileReadError(file, error).message} ${fixAdvice.replace(/^Fix it by hand \([^)]*\); until then/, 'Until then')}`, file, path.basename(file, '.md'));
  }
  const stat = fs.statSync(file);
  const raw = bytes.toString('utf8');
  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by content; an editor's file is parsed fresh.
    parsed = matter(raw, {});
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    // The YAML starts after the opening `---` line, so its line n is the file's line n + 1.
    throw new BrokenEntryError(`${file}:${mark ? mark.line + 1 : 1}: front matter is not valid YAML at or just before this line (${reason}). ${fixAdvice}`, file, idOfRaw(raw, file));
  }
  const result = claimEntry.safeParse(parsed.data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new BrokenEntryError(
      `${file}:${fieldLine(raw, issue.path[0] as string)}: field "${issue.path.join('.')}" ${issue.message}. ${fixAdvice}`,
      file,
      idOfRaw(raw, file),
      parsed.data,
    );
  }
  return { data: result.data, body: parsed.content.trim(), file, stamp: { size: stat.size, mtimeMs: stat.mtimeMs, sha256: hashBytes(bytes) } };
}

/**
 * A broken file stands in the corpus as the entry the extractor last wrote (from its record, else
 * from whatever of the front matter still reads), frozen: its claim keeps its id and is not drafted
 * again under another one. Without either, only its id is reserved.
 */
export function frozenEntry(error: BrokenEntryError): ExistingEntry | undefined {
  const stat = fs.statSync(error.file);
  const stamp = { size: stat.size, mtimeMs: stat.mtimeMs };
  const record = readMachineRecord(machineRecordFile(path.dirname(error.file), error.id));
  if (record) return { data: recordEntry(record), body: '', file: error.file, stamp, frozen: 'broken', record };
  const data = error.data;
  const sources = Array.isArray(data?.sources)
    ? data.sources.filter((s): s is { article: string; quote: string; paragraph: string } => typeof s?.article === 'string' && typeof s?.quote === 'string')
    : [];
  if (!sources.length) return undefined;
  const entry = { ...data, id: error.id, sources, history: [], aliases: Array.isArray(data?.aliases) ? data.aliases : [] } as unknown as ClaimEntry;
  return { data: entry, body: '', file: error.file, stamp, frozen: 'broken', record: null };
}

/** What reading the claims folder found besides the entries: problems to report at the end. */
export interface ReadProblems {
  /** Files that could not be used, each with file, line and what to do. */
  errors: string[];
  /** Things an editor should know, that did not stop anything (a renamed file). */
  warnings: string[];
  /** Ids held by broken files of which nothing else is known: no other entry may take them. */
  reserved: Set<string>;
}

export const noProblems = (): ReadProblems => ({ errors: [], warnings: [], reserved: new Set() });

/**
 * Take one parsed or broken file into the map of entries by id. An entry is its `id`, not its
 * file name: a renamed file is that entry (said once, and written in place), and a second file
 * with an id already taken is reported and left alone.
 */
export function addExisting(out: Map<string, ExistingEntry>, problems: ReadProblems, file: string, read: () => ExistingEntry): void {
  let entry: ExistingEntry | undefined;
  try {
    entry = read();
  } catch (error) {
    if (!(error instanceof BrokenEntryError)) throw error;
    problems.errors.push(error.message);
    entry = frozenEntry(error);
    if (!entry) {
      problems.reserved.add(error.id);
      return;
    }
  }
  const id = entry.data.id;
  const other = out.get(id);
  if (other) {
    // The file named after the id is the entry; the other is reported and left as it is.
    const canonical = path.basename(file) === `${id}.md` ? file : other.file;
    const extra = canonical === file ? other.file : file;
    problems.errors.push(`${extra}: holds id "${id}", which ${canonical} holds too. Give one of them another id (or merge them by hand); until then ${extra} is left as it is.`);
    if (canonical === file) out.set(id, entry);
    return;
  }
  if (path.basename(file) !== `${id}.md`)
    problems.warnings.push(`${file}: holds entry "${id}" under another file name; it is kept and updated in place (the id, not the file name, makes the permalink).`);
  out.set(id, entry);
}

/** Every entry on disk, by id, with the problems found. */
export function readExisting(dir: string, problems: ReadProblems = noProblems()): Map<string, ExistingEntry> {
  const out = new Map<string, ExistingEntry>();
  for (const name of entryFileNames(dir)) {
    const file = path.join(dir, name);
    addExisting(out, problems, file, () => parseEntryFile(file));
  }
  return out;
}

/** The extractor's record of an entry (see machine.ts), read once; null when there is none. */
export function machineRecordOf(entry: ExistingEntry): MachineRecord | null {
  if (entry.record === undefined) entry.record = readMachineRecord(machineRecordFile(path.dirname(entry.file), entry.data.id));
  return entry.record;
}

/** How an editor names a source to keep out of an entry: its article and paragraph, `005-wire#p-3`. */
export const removalKey = (s: { article: string; paragraph: string }) => `${s.article}#${s.paragraph}`;

/**
 * The sources an editor took out of an entry: those listed in `removed_sources`, and those the
 * extractor last wrote that are gone from the file now.
 */
export function removedSources(entry: ExistingEntry): string[] {
  const listed = entry.data.removed_sources ?? [];
  // A file taken from the parse cache is as the last run saw it, and that run listed any removal:
  // no need to read the record of each of a newsroom archive's untouched entries.
  const fromParseCache = !entry.stamp.sha256;
  const record = entry.frozen || fromParseCache ? null : machineRecordOf(entry);
  if (!record || entry.data.locked) return [...listed];
  const kept = new Set(entry.data.sources.map(removalKey));
  const gone = record.sources.map(removalKey).filter((key) => !kept.has(key));
  return [...new Set([...listed, ...gone])].sort();
}

/**
 * The entry as the extractor last wrote it: the file with the recorded value of each editable field
 * (an editor's correction set aside) and without the sources an editor removed. The extractor's own
 * rules (wording, status, matching a group to this entry) work on this; the editor's values are laid
 * over the result afterwards (write.ts).
 */
export function machineView(entry: ExistingEntry): ExistingEntry {
  const record = machineRecordOf(entry);
  const removed = new Set(removedSources(entry));
  if (!record && !removed.size) return entry;
  const data = { ...entry.data, sources: entry.data.sources.filter((s) => !removed.has(removalKey(s))) };
  if (record && !entry.frozen)
    for (const field of editableFields) {
      const value = record.machine[field];
      if (value === undefined) delete (data as Partial<ClaimEntry>)[field];
      else (data as Record<string, unknown>)[field] = value;
    }
  if (!data.sources.length) data.sources = entry.data.sources;
  return { ...entry, data };
}
