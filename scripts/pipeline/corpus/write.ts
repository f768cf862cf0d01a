/**
 * Stage 8, write: reconcile each entry with what is on disk (editor fields, body and locked
 * entries survive; a field an editor corrected keeps the editor's value; history grows only on a
 * real change), render it deterministically and write it atomically, touching only files whose
 * bytes change and only while they are as read at the start of the run.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { claimEntry, editorFields, type ClaimEntry, type HistoryItem } from '../../../src/schema.ts';
import { sourceKey, type IdAssignment } from './ids.ts';
import { machineRecordOf, machineView, removalKey, removedSources, unchangedSince, type ExistingEntry } from './existing.ts';
import { writeAtomic } from './files.ts';
import { canonical, decisionFields, describeValue, editableFields, machineDir, machineRecordFile, type MachineRecord } from './machine.ts';
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

export interface Reconciled {
  entry: ClaimEntry;
  body: string;
  /** The extractor's record to keep beside the entry; none for a locked or broken file (left as it is). */
  record?: MachineRecord;
}

export function reconcile(assignment: IdAssignment, absorbedEntries: ExistingEntry[], date: string): Reconciled {
  const { id } = assignment;
  const onDisk = assignment.previous;
  const draft = { ...assignment.draft };
  if (onDisk?.data.locked || onDisk?.frozen === 'broken') return { entry: onDisk.data, body: onDisk.body };
  // The extractor's own rules below work on what it last wrote; the editor's corrections are laid over after.
  const previous = onDisk && machineView(onDisk);
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
    // A sentence is added or removed, not the item or clause it is read for (a sentence now read as two claims).
    const sentence = (s: { article: string; quote: string }) => sourceKey({ article: s.article, quote: s.quote });
    const before = new Set(previous.data.sources.map(sentence));
    const after = new Set(draft.sources.map(sentence));
    const added = draft.sources.filter((s) => !before.has(sentence(s)));
    const removed = previous.data.sources.filter((s) => !after.has(sentence(s)));
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
  // An id among the entry's aliases already was folded in before: a run killed after writing this
  // entry and before removing the folded file leaves it, and the fold is on record once.
  const folded = new Set(previous?.data.aliases ?? []);
  for (const other of assignment.absorbed) if (!folded.has(other)) history.push({ date, change: 'merged', detail: `merged with ${other}` });
  const { wordings: _wordings, ...content } = draft;
  const entry: ClaimEntry = { ...content, id, aliases, history };
  for (const field of editorFields) if (field !== 'locked' && field !== 'aliases' && previous?.data[field] !== undefined) (entry as Record<string, unknown>)[field] = previous.data[field];
  const record = machineRecord(entry);
  if (onDisk) applyEditorWork(entry, onDisk, record, (previous?.data.history ?? []).length, date);
  return { entry, body: previous?.body ?? '', record };
}

/** What to keep of an entry the extractor just made: its own values, before any editor's correction. */
function machineRecord(entry: ClaimEntry): MachineRecord {
  const machine: MachineRecord['machine'] = {};
  for (const field of editableFields) if (entry[field] !== undefined) (machine as Record<string, unknown>)[field] = entry[field];
  return { id: entry.id, machine, sources: [], aliases: [], history: [], seen: {} };
}

/**
 * The three-way merge: a field whose value in the file differs from what the extractor last wrote
 * there was corrected by an editor and keeps the editor's value (the extractor's own new value is
 * still recorded, for the day the editor reverts). Sources an editor removed stay out; a verdict,
 * a withdrawal and each correction go into the history once. `since`: history lines before this
 * index were there already.
 */
function applyEditorWork(entry: ClaimEntry, onDisk: ExistingEntry, record: MachineRecord, since: number, date: string): void {
  const last = onDisk.frozen ? null : machineRecordOf(onDisk);
  const seen = last?.seen ?? seenInHistory(onDisk.data);
  const added: HistoryItem[] = [];
  const edited: NonNullable<MachineRecord['seen']['edited']> = {};
  if (last)
    for (const field of editableFields) {
      const current = onDisk.data[field];
      if (canonical(current) === canonical(last.machine[field])) continue;
      if (current === undefined) delete entry[field];
      else (entry as Record<string, unknown>)[field] = current;
      edited[field] = canonical(current);
      if (seen.edited?.[field] !== edited[field]) added.push({ date, change: 'edited by editor', detail: describeValue(field, current) });
    }
  // The extractor's own wording and status changes do not concern a field the editor now owns.
  const owned = (item: HistoryItem) => (item.change === 'wording changed' && edited.claim) || (item.change === 'status changed' && edited.status);
  entry.history = [...entry.history.slice(0, since), ...entry.history.slice(since).filter((item) => !owned(item))];

  const removed = removedSources(onDisk);
  const listed = new Set(onDisk.data.removed_sources ?? []);
  const newlyRemoved = removed.filter((key) => !listed.has(key));
  if (newlyRemoved.length) added.push({ date, change: 'source removed', detail: `by editor: ${newlyRemoved.join(', ')}` });
  if (removed.length) {
    entry.removed_sources = removed;
    const out = new Set(removed);
    const kept = entry.sources.filter((s) => !out.has(removalKey(s)));
    if (kept.length) entry.sources = kept;
  } else delete entry.removed_sources;

  // A verdict is dated from its review; a withdrawal from the run that first sees it. A line the
  // editor already wrote for it (the history's last of its kind says the same) is not repeated.
  const lastOf = (...kinds: HistoryItem['change'][]) => onDisk.data.history.findLast((h) => kinds.includes(h.change));
  const verdictLine = lastOf('verdict set', 'verdict changed');
  const verdictWritten = verdictLine && entry.verdict && (verdictLine.detail ?? '').replace(/^.*→\s*/, '').startsWith(entry.verdict);
  const shownLine = lastOf('hidden', 'shown again');
  const shownWritten = shownLine && (shownLine.change === 'hidden') === Boolean(entry.hidden);
  if (entry.verdict && entry.verdict !== seen.verdict && !verdictWritten) {
    const by = entry.reviewed_by ? ` (${entry.reviewed_by})` : '';
    added.push(seen.verdict
      ? { date: entry.reviewed ?? date, change: 'verdict changed', detail: `${seen.verdict} → ${entry.verdict}${by}` }
      : { date: entry.reviewed ?? date, change: 'verdict set', detail: `${entry.verdict}${by}` });
  }
  if (Boolean(entry.hidden) !== Boolean(seen.hidden) && !shownWritten)
    added.push(entry.hidden ? { date, change: 'hidden', ...(entry.hidden_reason ? { detail: entry.hidden_reason } : {}) } : { date, change: 'shown again' });
  entry.history = [...entry.history, ...added];
  record.seen = {
    ...(entry.verdict ? { verdict: entry.verdict } : {}),
    ...(entry.hidden ? { hidden: true } : {}),
    ...(Object.keys(edited).length ? { edited } : {}),
  };
}

/**
 * Without a record (an entry from before records, or a hand-made one), what the history already
 * says of the verdict and the withdrawal counts as seen, so a line an editor wrote is not repeated.
 */
function seenInHistory(entry: ClaimEntry): MachineRecord['seen'] {
  const lines = entry.history;
  const reviewed = lines.some((h) => h.change === 'verdict set' || h.change === 'verdict changed');
  const lastShown = lines.findLast((h) => h.change === 'hidden' || h.change === 'shown again');
  return { ...(reviewed && entry.verdict ? { verdict: entry.verdict } : {}), ...(lastShown?.change === 'hidden' ? { hidden: true } : {}) };
}

/** The record as stored: the extractor's values, the sources, aliases and history now written (for a deleted file's return). */
function storedRecord(record: MachineRecord, entry: ClaimEntry): string {
  const full: MachineRecord = {
    ...record,
    sources: entry.sources.map((s) => ({ article: s.article, paragraph: s.paragraph, quote: s.quote, ...(s.item ? { item: s.item } : {}) })),
    aliases: entry.aliases,
    history: entry.history,
  };
  const decisions = Object.fromEntries(decisionFields.filter((field) => entry[field] !== undefined).map((field) => [field, entry[field]]));
  if (Object.keys(decisions).length) full.decisions = decisions;
  // One line per field and per source or history line: small, and a diff shows what moved.
  const line = ([key, value]: [string, unknown]) =>
    `${JSON.stringify(key)}: ${Array.isArray(value) && value.length ? `[\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]` : JSON.stringify(value)}`;
  return `{\n${Object.entries(full).map(line).join(',\n')}\n}\n`;
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
  /** Every entry now published, including those kept from earlier runs (not broken files, not deleted ones). */
  entries: ClaimEntry[];
  bodies: Map<string, string>;
  /** The file of each published entry (`<id>.md`, or the name an editor gave it). */
  files: Map<string, string>;
  /** Ids whose files this run wrote. */
  written: Set<string>;
  /** Files an editor saved while the run went on: left as saved, taken in next run. */
  warnings: string[];
}

/**
 * `settled`: existing entries known to be current already (see `groupSignature`); they count as unchanged.
 * An entry file is written only while its bytes are those read at the start of the run: an editor
 * who saves meanwhile keeps the saved file, and the next run takes it in.
 */
export function writeEntries(dir: string, assignments: IdAssignment[], existing: Map<string, ExistingEntry>, date: string, settled: Set<string> = new Set()): WriteResult {
  fs.mkdirSync(dir, { recursive: true });
  const summary: WriteSummary = { created: 0, updated: 0, unchanged: 0, merged: 0, kept: 0 };
  const entries: ClaimEntry[] = [];
  const bodies = new Map<string, string>();
  const files = new Map<string, string>();
  const written = new Set<string>();
  const warnings: string[] = [];
  const savedMeanwhile = (file: string) =>
    warnings.push(`${file}: changed while the extractor ran; the saved file is kept as it is and taken in on the next run.`);
  // `mayExist`: false for an entry created this run, whose record cannot be there yet (saves a read
  // per new entry). The records' folder is made on the first record, not for each (17,000 on a cold run).
  let recordsFolder = false;
  const writeRecord = (id: string, text: string, mayExist: boolean) => {
    if (!recordsFolder) fs.mkdirSync(machineDir(dir), { recursive: true });
    recordsFolder = true;
    writeAtomic(machineRecordFile(dir, id), text, mayExist);
  };
  const publish = (entry: ClaimEntry, body: string, file: string) => {
    entries.push(entry);
    if (body) bodies.set(entry.id, body);
    files.set(entry.id, file);
  };
  for (const assignment of assignments) {
    const absorbedEntries = assignment.absorbed.map((id) => existing.get(id)!);
    const { entry, body, record } = reconcile(assignment, absorbedEntries, date);
    const previous = assignment.previous;
    const live = previous && !previous.frozen ? previous : undefined;
    // A renamed file is that entry: it is written where the editor put it (unless the id moves, below).
    const file = live && !assignment.renamedFrom ? live.file : path.join(dir, `${entry.id}.md`);
    if (previous?.frozen === 'broken') continue;
    publish(entry, body, file);
    // A locked entry is the editor's file, byte for byte: never re-rendered. Nor is an entry
    // whose content did not change (the editor's formatting of it stays, too).
    if (previous?.data.locked) {
      summary.unchanged++;
      continue;
    }
    if (live && !unchangedSince(live.file, live.stamp)) {
      savedMeanwhile(live.file);
      summary.unchanged++;
      continue;
    }
    const recordText = record && storedRecord(record, entry);
    if (live && !assignment.renamedFrom && storedForm(live.data, live.body) === storedForm(entry, body)) {
      if (recordText) writeRecord(entry.id, recordText, true);
      summary.unchanged++;
      continue;
    }
    const checked = claimEntry.safeParse(entry);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new Error(`internal: entry ${entry.id} field "${issue.path.join('.')}" ${issue.message} (source ${entry.sources[0]?.article}, ${entry.sources[0]?.paragraph}). Please report this with the article.`);
    }
    // A file that appeared since the start of the run is someone's: it is not overwritten.
    if ((!live || assignment.renamedFrom) && fs.existsSync(file)) {
      savedMeanwhile(file);
      summary.unchanged++;
      continue;
    }
    if (writeAtomic(file, renderEntry(entry, body), Boolean(live) && !assignment.renamedFrom)) {
      written.add(entry.id);
      live ? summary.updated++ : summary.created++;
    } else summary.unchanged++;
    if (recordText) writeRecord(entry.id, recordText, Boolean(previous) && !assignment.renamedFrom);
  }
  // Folded entries live on as aliases (redirects) of the entry that absorbed them; so do ids an entry moved from.
  const absorbed = new Set(assignments.flatMap((a) => (a.renamedFrom ? [...a.absorbed, a.renamedFrom] : a.absorbed)));
  for (const id of absorbed) {
    const entry = existing.get(id)!;
    if (!entry.frozen && !unchangedSince(entry.file, entry.stamp)) {
      savedMeanwhile(entry.file);
      continue;
    }
    if (!entry.frozen) fs.rmSync(entry.file, { force: true });
    fs.rmSync(machineRecordFile(dir, id), { force: true });
    summary.merged++;
  }
  // Entries the extractor no longer finds stay published: permalinks never break. A broken file
  // stays as it is, unpublished here; a deleted entry stays reserved by its record.
  const current = new Set(entries.map((e) => e.id));
  for (const [id, entry] of existing)
    if (!current.has(id) && !absorbed.has(id) && !entry.frozen) {
      publish(entry.data, entry.body, entry.file);
      if (settled.has(id)) {
        summary.unchanged++;
        continue;
      }
      summary.kept++;
      // Entries written before records were kept get one, so a deletion can be undone from it.
      if (!entry.data.locked && !fs.existsSync(machineRecordFile(dir, id))) {
        const record = machineRecord(entry.data);
        record.seen = { ...(entry.data.verdict ? { verdict: entry.data.verdict } : {}), ...(entry.data.hidden ? { hidden: true } : {}) };
        writeRecord(id, storedRecord(record, entry.data), false);
      }
    }
  return { summary, entries, bodies, files, written, warnings: [...new Set(warnings)] };
}
