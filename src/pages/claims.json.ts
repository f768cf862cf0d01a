import type { APIRoute } from 'astro';
import { config } from '../lib/config';
import { loadCorpus } from '../lib/corpus';
import { csvHeader, exportParts } from '../lib/exports';
import { absoluteUrl, paths } from '../lib/paths';

/** The index of the claims export: how many claims, and the files that hold them (see lib/exports.ts). */
export const GET: APIRoute = async ({ site }) => {
  const corpus = await loadCorpus();
  const parts = exportParts(corpus, (id) => absoluteUrl(paths.claim(id), site));
  const index = {
    title: config.title,
    publisher: config.organisation.name,
    count: corpus.claims.length,
    format: 'Each NDJSON file holds one claim per line, as in content/claims/ plus url, outlets and updated; each CSV file a summary row per claim, with a header.',
    csvColumns: csvHeader,
    parts: parts.map((part) => ({
      claims: part.claims.length,
      first: part.claims[0]?.id,
      last: part.claims.at(-1)?.id,
      ndjson: absoluteUrl(paths.exportPart(part.number, 'ndjson'), site),
      csv: absoluteUrl(paths.exportPart(part.number, 'csv'), site),
    })),
  };
  return new Response(`${JSON.stringify(index, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
