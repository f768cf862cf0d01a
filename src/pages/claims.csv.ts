import type { APIRoute } from 'astro';
import { loadCorpus } from '../lib/corpus';
import { toCsv } from '../lib/csv';
import { absoluteUrl } from '../lib/paths';

const header = ['id', 'title', 'claim', 'category', 'status', 'verdict', 'date', 'updated', 'sources', 'outlets', 'people', 'url'];

export const GET: APIRoute = async ({ site }) => {
  const corpus = await loadCorpus();
  const rows = corpus.claims.map((claim) => [
    claim.id,
    claim.title,
    claim.claim,
    claim.category,
    claim.status,
    claim.verdict,
    claim.date,
    claim.updated,
    claim.sources.length,
    claim.outlets.join('; '),
    (claim.people ?? []).map((person) => person.name).join('; '),
    absoluteUrl(`/claims/${claim.id}/`, site),
  ]);
  return new Response(toCsv(header, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
