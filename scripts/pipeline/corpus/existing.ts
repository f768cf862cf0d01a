/**
 * The entries already on disk: what the ids stage continues and the write stage reconciles
 * with (editor fields, bodies, locked files). An entry file is an editor's file too, so a bad
 * one stops the run with its name and the field at fault.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { claimEntry, type ClaimEntry } from '../../../src/schema.ts';

export interface ExistingEntry {
  data: ClaimEntry;
  body: string;
  file: string;
}

/** The entry files of a claims folder (`<id>.md`), sorted by name; none if the folder is missing. */
export function entryFileNames(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .sort()
    .filter((name) => name.endsWith('.md'));
}

/** Parse and check one entry file. */
export function parseEntryFile(file: string): ExistingEntry {
  const parsed = matter(fs.readFileSync(file, 'utf8'));
  const result = claimEntry.safeParse(parsed.data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      `${file}: field "${issue.path.join('.')}" ${issue.message}. Fix the entry by hand (it is an editor's file) or delete it to let the extractor recreate it.`,
    );
  }
  return { data: result.data, body: parsed.content.trim(), file };
}

/** Every entry on disk, by id. */
export function readExisting(dir: string): Map<string, ExistingEntry> {
  const out = new Map<string, ExistingEntry>();
  for (const name of entryFileNames(dir)) {
    const entry = parseEntryFile(path.join(dir, name));
    out.set(entry.data.id, entry);
  }
  return out;
}
