import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../../lib/corpus';
import { toCsv } from '../../lib/csv';
import { csvHeader, exportParts } from '../../lib/exports';
import { absoluteUrl, paths } from '../../lib/paths';

export const getStaticPaths = (async () => {
  const corpus = await loadCorpus();
  return exportParts(corpus, (id) => absoluteUrl(paths.claim(id), import.meta.env.SITE)).map((part) => ({ params: { part: String(part.number) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const corpus = await loadCorpus();
  const part = exportParts(corpus, (id) => absoluteUrl(paths.claim(id), site))[Number(params.part) - 1]!;
  const rows = part.claims.map((claim) => [
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
    absoluteUrl(paths.claim(claim.id), site),
  ]);
  return new Response(toCsv(csvHeader, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
