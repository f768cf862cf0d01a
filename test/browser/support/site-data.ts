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
