/**
 * The extractor's record of each entry (`content/claims/.machine/<id>.json`): what it last wrote
 * for the fields an editor may correct, which sources it listed, and what it last saw of the
 * editor's verdict and withdrawal. Comparing the entry file with this record tells an editor's
 * change from the extractor's own (a three-way merge), and a deleted entry file comes back from
 * it under its old id, aliases and history.
 *
 * Why a committed sidecar and not the cache or the front matter: a record in `.cache/` is lost on
 * a fresh clone (and every correction with it would be taken for the extractor's own value); a
 * `machine:` block in the front matter doubles what an editor reads and invites editing it. One
 * small JSON file per entry, beside it, survives clones and diffs as the entry does.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ClaimEntry, HistoryItem, Source } from '../../../src/schema.ts';

/** The extracted fields an editor may correct; a corrected one keeps the editor's value on every later run. */
export const editableFields = ['claim', 'title', 'category', 'status', 'date', 'attribution', 'people', 'quantities'] as const;
export type EditableField = (typeof editableFields)[number];

/** Editor fields kept in the record too, so a deleted entry comes back joined, without its removed sources, and still withdrawn. */
export const decisionFields = ['joined', 'removed_sources', 'hidden', 'hidden_reason'] as const;

export interface MachineRecord {
  id: string;
  /** The extractor's value of each editable field, as last drafted (an editor's value may stand in the file). */
  machine: Partial<Pick<ClaimEntry, EditableField>>;
  /** The sources as last written: a source gone from the file since was removed by an editor. */
  sources: Pick<Source, 'article' | 'paragraph' | 'quote' | 'item'>[];
  aliases: string[];
  history: HistoryItem[];
  /** The editor's decisions about what the entry holds and whether it is shown: they outlive a deleted file. */
  decisions?: Partial<Pick<ClaimEntry, (typeof decisionFields)[number]>>;
  /** The editor's work as last seen, so each change goes into the history once. */
  seen: {
    verdict?: string;
    hidden?: boolean;
    /** Per corrected field, the editor's value already on the record (its canonical JSON). */
    edited?: Partial<Record<EditableField, string>>;
  };
}

export const machineDir = (claimsDir: string) => path.join(claimsDir, '.machine');
export const machineRecordFile = (claimsDir: string, id: string) => path.join(machineDir(claimsDir), `${id}.json`);

/** A record, or null if there is none (or it does not read: it is then rebuilt from the entry). */
export function readMachineRecord(file: string): MachineRecord | null {
  try {
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as MachineRecord;
    return record && typeof record.id === 'string' && Array.isArray(record.sources) ? record : null;
  } catch {
    return null;
  }
}

/** Ids that have a record, sorted: with no entry file, these are deleted entries whose permalinks stay reserved. */
export function recordedIds(claimsDir: string): string[] {
  const dir = machineDir(claimsDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -5))
    .sort();
}

/** The entry as the record knows it: enough to match its sources and restore its id, aliases and history. */
export function recordEntry(record: MachineRecord): ClaimEntry {
  return {
    ...(record.machine as Pick<ClaimEntry, 'claim' | 'title' | 'category' | 'status'>),
    id: record.id,
    sources: record.sources.map((s) => ({ ...s })),
    aliases: [...record.aliases],
    history: [...record.history],
    ...record.decisions,
  };
}

/** Values compared as data: key order, undefined values and empty lists do not count. */
export function canonical(value: unknown): string {
  const clean = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.length ? v.map(clean) : undefined;
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, clean((v as Record<string, unknown>)[k])])
          .filter(([, x]) => x !== undefined),
      );
    return v;
  };
  return JSON.stringify(clean(value)) ?? '';
}

/** An editable field's value in a history line: the speaker for an attribution, names for people, text otherwise. */
export function describeValue(field: EditableField, value: unknown): string {
  if (value === undefined) return `${field} removed`;
  if (field === 'attribution') return `speaker: ${(value as ClaimEntry['attribution'])?.speaker ?? '(none)'}`;
  if (field === 'people') return `people: ${(value as NonNullable<ClaimEntry['people']>).map((p) => p.name).join(', ')}`;
  if (field === 'quantities') return `quantities: ${(value as NonNullable<ClaimEntry['quantities']>).map((q) => q.text).join(', ')}`;
  return `${field}: ${String(value)}`;
}
