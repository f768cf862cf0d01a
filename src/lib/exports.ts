/**
 * The claims export, within static hosts' file limits (25 MiB a file on common hosts): the
 * claims as NDJSON (one JSON object a line) and CSV, cut into numbered parts of at most
 * `EXPORT_PART_BYTES` of NDJSON each, the CSV parts holding the same claims; `claims.json`
 * is a small index naming the parts. The split is decided once per build from the serialised
 * claims, so every part endpoint agrees on it.
 */
import type { Claim, Corpus } from './index-corpus';

/** A part's NDJSON stays under this; a CSV part (a summary row per claim) is far smaller. */
export const EXPORT_PART_BYTES = 8 * 1024 * 1024;

export const csvHeader = ['id', 'title', 'claim', 'category', 'status', 'verdict', 'date', 'updated', 'sources', 'outlets', 'people', 'url'];

export interface ExportPart {
  /** 1-based: `claims-<n>.ndjson`, `claims-<n>.csv`. */
  number: number;
  claims: Claim[];
  /** The NDJSON lines of this part, each ending in a newline. */
  lines: string[];
  bytes: number;
}

/** The published form of a claim: the entry, its permalink, outlets, last update and any editor's text. */
export function exportedClaim({ outlets, updated, body, ...entry }: Claim, url: string) {
  return { ...entry, url, outlets, updated, ...(body.trim() ? { body } : {}) };
}

const parts = new WeakMap<Corpus, Map<number, ExportPart[]>>();

/** The claims in parts, in id order; `urlOf` gives a claim's absolute permalink. */
export function exportParts(corpus: Corpus, urlOf: (id: string) => string, partBytes = EXPORT_PART_BYTES): ExportPart[] {
  const cached = parts.get(corpus)?.get(partBytes);
  if (cached) return cached;
  const result: ExportPart[] = [];
  let current: ExportPart | undefined;
  for (const claim of corpus.claims) {
    const line = `${JSON.stringify(exportedClaim(claim, urlOf(claim.id)))}\n`;
    const bytes = Buffer.byteLength(line);
    if (!current || (current.bytes + bytes > partBytes && current.claims.length > 0)) {
      current = { number: result.length + 1, claims: [], lines: [], bytes: 0 };
      result.push(current);
    }
    current.claims.push(claim);
    current.lines.push(line);
    current.bytes += bytes;
  }
  if (result.length === 0) result.push({ number: 1, claims: [], lines: [], bytes: 0 });
  parts.set(corpus, (parts.get(corpus) ?? new Map()).set(partBytes, result));
  return result;
}
