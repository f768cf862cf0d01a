/**
 * Stage 8, write: reconcile each entry with what is on disk (editor fields, body and locked
 * entries survive; history grows only on a real change), render it deterministically and
 * write it atomically, touching only files whose bytes change.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { claimEntry, editorFields, type ClaimEntry, type HistoryItem } from '../../../src/schema.ts';
import { sourceKey, type IdAssignment } from './ids.ts';
import type { ExistingEntry } from './existing.ts';
import { writeAtomic } from './files.ts';
import { wordingKey } from './draft.ts';

/** The day a run is stamped with; SOURCE_DATE_EPOCH pins it for reproducible builds. */
export function runDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH ? Number(env.SOURCE_DATE_EPOCH) * 1000 : Date.now();
  return new Date(epoch).toISOString().slice(0, 10);
}

/** Field order in front matter: what a reader looks for first, then the editor's fields, then the evidence. */
const fieldOrder: (keyof ClaimEntry)[] = [
  'id', 'title', 'claim', 'category', 'status', 'date', ...editorFields,
  'quantities', 'people', 'attribution', 'variance', 'sources', 'history',
];

export function reconcile(assignment: IdAssignment, absorbedEntries: ExistingEntry[], date: string): { entry: ClaimEntry; body: string } {
  const { id, previous } = assignment;
  const draft = { ...assignment.draft };
  if (previous?.data.locked) return { entry: previous.data, body: previous.body };
  const aliases = [
    ...new Set([
      ...(previous?.data.aliases ?? []),
      ...assignment.absorbed,
      ...(assignment.renamedFrom ? [assignment.renamedFrom] : []),
      ...absorbedEntries.flatMap((e) => e.data.aliases ?? []),
    ]),
  ].sort();
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
    // Wording stays put while it is still the wording of one of the entry's sentences: no churn
    // when outlets are added, but a better wording rule reaches every entry.
    if (!removed.length && draft.wordings?.includes(wordingKey(previous.data))) {
      draft.claim = previous.data.claim;
      draft.title = previous.data.title;
    }
    if (previous.data.claim !== draft.claim) history.push({ date, change: 'wording changed', detail: `was: ${previous.data.claim}` });
    if (previous.data.status !== draft.status) history.push({ date, change: 'status changed', detail: `${previous.data.status} → ${draft.status}` });
  }
  for (const other of assignment.absorbed) history.push({ date, change: 'merged', detail: `merged with ${other}` });
  const { wordings: _wordings, ...content } = draft;
  const entry: ClaimEntry = { ...content, id, aliases, history };
  for (const field of editorFields) if (field !== 'locked' && field !== 'aliases' && previous?.data[field] !== undefined) (entry as Record<string, unknown>)[field] = previous.data[field];
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
  // Folded entries live on as aliases (redirects) of the entry that absorbed them; so do ids an entry moved from.
  const absorbed = new Set(assignments.flatMap((a) => (a.renamedFrom ? [...a.absorbed, a.renamedFrom] : a.absorbed)));
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
