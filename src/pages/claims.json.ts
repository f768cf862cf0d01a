import type { APIRoute } from 'astro';
import { loadCorpus } from '../lib/corpus';
import { absoluteUrl } from '../lib/paths';

export const GET: APIRoute = async ({ site }) => {
  const corpus = await loadCorpus();
  const claims = corpus.claims.map(({ outlets, updated, body, ...entry }) => ({
    ...entry,
    url: absoluteUrl(`/claims/${entry.id}/`, site),
    outlets,
    updated,
    ...(body.trim() ? { body } : {}),
  }));
  return new Response(JSON.stringify({ count: claims.length, claims }, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
