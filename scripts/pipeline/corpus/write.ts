/**
 * Stage 8, write: reconcile each entry with what is on disk (editor fields, body and locked
 * entries survive; history grows only on a real change), render it deterministically and
 * write it atomically, touching only files whose bytes change.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { claimEntry, editorFields, type ClaimEntry, type HistoryItem } from '../../../src/schema.ts';
import { sourceKey, type ExistingEntry, type IdAssignment } from './ids.ts';
import { writeAtomic } from './files.ts';

/** The day a run is stamped with; SOURCE_DATE_EPOCH pins it for reproducible builds. */
export function runDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH ? Number(env.SOURCE_DATE_EPOCH) * 1000 : Date.now();
  return new Date(epoch).toISOString().slice(0, 10);
}

/** Field order in front matter: what a reader looks for first. */
const fieldOrder: (keyof ClaimEntry)[] = [
  'id', 'title', 'claim', 'category', 'status', 'date', 'verdict', 'reviewed_by', 'reviewed', 'claimant', 'note',
  'hidden', 'hidden_reason', 'locked', 'aliases',
  'quantities', 'people', 'attribution', 'variance', 'sources', 'history',
];

export function reconcile(assignment: IdAssignment, absorbedEntries: ExistingEntry[], date: string): { entry: ClaimEntry; body: string } {
  const { id, previous } = assignment;
  const draft = { ...assignment.draft };
  if (previous?.data.locked) return { entry: previous.data, body: previous.body };
  const aliases = [...new Set([...(previous?.data.aliases ?? []), ...assignment.absorbed, ...absorbedEntries.flatMap((e) => e.data.aliases ?? [])])].sort();
  const history: HistoryItem[] = [...(previous?.data.history ?? [])];
  if (!previous) history.push({ date, change: 'created' });
  else {
    const before = new Set(previous.data.sources.map(sourceKey));
    const after = new Set(draft.sources.map(sourceKey));
    const added = draft.sources.filter((s) => !before.has(sourceKey(s)));
    const removed = previous.data.sources.filter((s) => !after.has(sourceKey(s)));
    const names = (list: typeof added) => [...new Set(list.map((s) => s.outlet ?? s.article))].join(', ');
    if (added.length) history.push({ date, change: 'source added', detail: names(added) });
    if (removed.length) history.push({ date, change: 'source removed', detail: names(removed) });
    // Wording stays put while the sentence it came from is still a source: no churn when outlets are added.
    if (!removed.length) {
      draft.claim = previous.data.claim;
      draft.title = previous.data.title;
    }
    if (previous.data.claim !== draft.claim) history.push({ date, change: 'wording changed', detail: `was: ${previous.data.claim}` });
    if (previous.data.status !== draft.status) history.push({ date, change: 'status changed', detail: `${previous.data.status} → ${draft.status}` });
  }
  for (const other of assignment.absorbed) history.push({ date, change: 'merged', detail: `merged with ${other}` });
  const entry: ClaimEntry = { ...draft, id, aliases, history };
  for (const field of editorFields) if (field !== 'locked' && field !== 'aliases' &&  previous?.data[field] !== undefined) (entry as Record<string, unknown>)[field] = previous.data[field];
  return { entry, body: previous?.body ?? '' };
}

/** Fields in reading order, without undefined values and empty optional lists, so the YAML stays small and stable. */
function ordered(entry: ClaimEntry): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of fieldOrder) {
    const value = entry[key];
    if (value === undefined) continue;
    if (Array.isArray(value) && !value.length && key !== 'sources' && key !== 'history') continue;
    out[key] = value;
  }
  return out;
}

export function renderEntry(entry: ClaimEntry, body: string): string {
  // The JSON round trip drops undefined values nested in the entry, which YAML would print.
  const text = matter.stringify(body ? `\n${body.trim()}\n` : '', JSON.parse(JSON.stringify(ordered(entry))));
  return text.endsWith('\n') ? text : `${text}\n`;
}

interface ParsedFile {
  size: number;
  mtimeMs: number;
  data: ClaimEntry;
  body: string;
  signature?: string;
}

/**
 * The entries on disk. With `cacheFile`, a file whose size and modification time match the
 * last run's is not parsed again: on a newsroom archive most entries are untouched between runs.
 */
export function readExisting(dir: string, cacheFile?: string): Map<string, ExistingEntry> {
  const out = new Map<string, ExistingEntry>();
  if (!fs.existsSync(dir)) return out;
  const cache = readParseCache(cacheFile);
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith('.md')) continue;
    const file = path.join(dir, name);
    const stat = fs.statSync(file);
    const known = cache.get(name);
    if (known && known.parsed.size === stat.size && known.parsed.mtimeMs === stat.mtimeMs) {
      const { data, body, signature } = known.parsed;
      out.set(data.id, { data, body, file, stat, signature, cacheLine: known.line });
      continue;
    }
    const parsed = matter(fs.readFileSync(file, 'utf8'));
    const result = claimEntry.safeParse(parsed.data);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(
        `${file}: field "${issue.path.join('.')}" ${issue.message}. Fix the entry by hand (it is an editor's file) or delete it to let the extractor recreate it.`,
      );
    }
    out.set(result.data.id, { data: result.data, body: parsed.content.trim(), file, stat });
  }
  return out;
}

function readParseCache(cacheFile: string | undefined): Map<string, { parsed: ParsedFile; line: string }> {
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
  } catch {
    return new Map(); // A damaged cache only costs a full read.
  }
  return out;
}

/** Remember each entry file as written or read, and the group it was written from, for the next run's `readExisting`. */
export function writeParseCache(cacheFile: string, dir: string, result: WriteResult, existing: Map<string, ExistingEntry>, signatures: Map<string, string>): void {
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
  // One JSON line per entry, written as it goes: a newsroom archive's cache never sits in memory as one string.
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  let chunk = '';
  for (const entry of result.entries) {
    const name = `${entry.id}.md`;
    const previous = existing.get(entry.id);
    const untouched = previous?.stat && !result.written.has(entry.id);
    // An untouched entry from the same group keeps its line: most of a newsroom archive, unparsed.
    if (untouched && previous.cacheLine && previous.signature === signatures.get(entry.id)) chunk += `${previous.cacheLine}\n`;
    else {
      const stat = untouched ? previous.stat! : fs.statSync(path.join(dir, name), { throwIfNoEntry: false });
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
  fs.renameSync(tmp, cacheFile);
}

export interface WriteSummary {
  created: number;
  updated: number;
  unchanged: number;
  merged: number;
  kept: number;
}

/** The entry as it will be stored: comparing two of these tells whether a file needs rewriting. */
const storedForm = (entry: ClaimEntry, body: string) => JSON.stringify([ordered(entry), body.trim()]);

export interface WriteResult {
  summary: WriteSummary;
  /** Every entry now published, including those kept from earlier runs. */
  entries: ClaimEntry[];
  bodies: Map<string, string>;
  /** Ids whose files this run wrote. */
  written: Set<string>;
}

/** `settled`: existing entries known to be current already (see `groupSignature`); they count as unchanged. */
export function writeEntries(dir: string, assignments: IdAssignment[], existing: Map<string, ExistingEntry>, date: string, settled: Set<string> = new Set()): WriteResult {
  fs.mkdirSync(dir, { recursive: true });
  const summary: WriteSummary = { created: 0, updated: 0, unchanged: 0, merged: 0, kept: 0 };
  const entries: ClaimEntry[] = [];
  const bodies = new Map<string, string>();
  const written = new Set<string>();
  for (const assignment of assignments) {
    const absorbedEntries = assignment.absorbed.map((id) => existing.get(id)!);
    const { entry, body } = reconcile(assignment, absorbedEntries, date);
    entries.push(entry);
    if (body) bodies.set(entry.id, body);
    const previous = assignment.previous;
    // A locked entry is the editor's file, byte for byte: never re-rendered. Nor is an entry
    // whose content did not change (the editor's formatting of it stays, too).
    if (previous?.data.locked || (previous && storedForm(previous.data, previous.body) === storedForm(entry, body))) {
      summary.unchanged++;
      continue;
    }
    const checked = claimEntry.safeParse(entry);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new Error(`internal: entry ${entry.id} field "${issue.path.join('.')}" ${issue.message} (source ${entry.sources[0]?.article}, ${entry.sources[0]?.paragraph}). Please report this with the article.`);
    }
    const file = path.join(dir, `${entry.id}.md`);
    const existed = Boolean(previous) || fs.existsSync(file);
    if (writeAtomic(file, renderEntry(entry, body), existed)) {
      written.add(entry.id);
      existed ? summary.updated++ : summary.created++;
    } else summary.unchanged++;
  }
  // Folded entries live on as aliases (redirects) of the entry that absorbed them.
  const absorbed = new Set(assignments.flatMap((a) => a.absorbed));
  for (const id of absorbed) {
    fs.rmSync(path.join(dir, `${id}.md`), { force: true });
    summary.merged++;
  }
  // Entries the extractor no longer finds stay published: permalinks never break.
  const current = new Set(entries.map((e) => e.id));
  for (const [id, entry] of existing)
    if (!current.has(id) && !absorbed.has(id)) {
      entries.push(entry.data);
      if (entry.body) bodies.set(id, entry.body);
      settled.has(id) ? summary.unchanged++ : summary.kept++;
    }
  return { summary, entries, bodies, written };
}
