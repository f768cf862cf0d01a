import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ClaimEntry } from '../../../src/schema';

export type PublishedClaim = ClaimEntry & { url: string; outlets: string[]; updated: string };

export interface ExportIndex {
  count: number;
  parts: { claims: number; ndjson: string; csv: string }[];
}

/** The site-relative file of an export part's absolute URL, inside `distDir`. */
export const distFile = (distDir: string, url: string) => path.join(distDir, decodeURIComponent(new URL(url).pathname));

/** The built site's own data export (claims.json and the NDJSON parts it names): tests pick their claims from it, so they follow the corpus. */
export async function publishedClaims(distDir: string): Promise<PublishedClaim[]> {
  const index = JSON.parse(await readFile(path.join(distDir, 'claims.json'), 'utf8')) as ExportIndex;
  const parts = await Promise.all(index.parts.map((part) => readFile(distFile(distDir, part.ndjson), 'utf8')));
  return parts.flatMap((text) => text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as PublishedClaim));
}

/** Site-relative path of a claim (`claims/<id>/`), to join with a test server URL. */
export const claimPath = (id: string) => `claims/${id}/`;

/** The delegation claim naming Sergey Lavrov, which the search acceptance test looks for. */
export function lavrovClaim(claims: readonly PublishedClaim[]): PublishedClaim {
  const named = (claim: PublishedClaim) =>
    (claim.people ?? []).some((person) => /lavrov/i.test(person.name)) || /lavrov/i.test(`${claim.title} ${claim.claim}`);
  const claim = claims.find((c) => c.category === 'delegation' && named(c) && /lavrov/i.test(c.title + c.claim)) ?? claims.find((c) => c.category === 'delegation' && named(c));
  if (!claim) throw new Error('the corpus has no delegation claim naming Sergey Lavrov');
  return claim;
}

/** Entries an editor withdrew (`hidden: true`), read from the content the README build used. */
export async function withdrawnEntries(contentDir: string): Promise<ClaimEntry[]> {
  const { readdir } = await import('node:fs/promises');
  const matter = (await import('gray-matter')).default;
  const files = await readdir(path.join(contentDir, 'claims'));
  const entries = await Promise.all(files.map(async (file) => matter(await readFile(path.join(contentDir, 'claims', file), 'utf8')).data as ClaimEntry));
  return entries.filter((entry) => entry.hidden);
}

/**
 * Delegation members whose surname no one else in the corpus shares, with the claims naming
 * them: what a reader typing only the surname expects first.
 */
export function delegationMembers(claims: readonly PublishedClaim[]): { surname: string; country: string; claimIds: string[] }[] {
  const surname = (name: string) => name.trim().split(/\s+/).at(-1)!;
  const namesBySurname = new Map<string, Set<string>>();
  for (const person of claims.flatMap((c) => c.people ?? [])) {
    const key = surname(person.name).toLowerCase();
    // Spellings of one name ("Andrey"/"Andrei Belousov") share an initial; other people need not.
    namesBySurname.set(key, (namesBySurname.get(key) ?? new Set()).add(person.name.trim().charAt(0).toLowerCase()));
  }
  const members = new Map<string, { surname: string; country: string; claimIds: string[] }>();
  for (const claim of claims.filter((c) => c.category === 'delegation')) {
    for (const person of claim.people ?? []) {
      const key = surname(person.name).toLowerCase();
      if (!person.country || namesBySurname.get(key)!.size > 1 || key.length < 4) continue;
      members.set(key, { surname: surname(person.name), country: person.country, claimIds: [] });
    }
  }
  for (const member of members.values()) {
    const key = member.surname.toLowerCase();
    member.claimIds = claims.filter((c) => (c.people ?? []).some((p) => surname(p.name).toLowerCase() === key)).map((c) => c.id);
  }
  return [...members.values()].sort((a, b) => a.surname.localeCompare(b.surname));
}
