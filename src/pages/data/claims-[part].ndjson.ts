import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../../lib/corpus';
import { exportParts } from '../../lib/exports';
import { absoluteUrl, paths } from '../../lib/paths';

export const getStaticPaths = (async () => {
  const corpus = await loadCorpus();
  return exportParts(corpus, (id) => absoluteUrl(paths.claim(id), import.meta.env.SITE)).map((part) => ({ params: { part: String(part.number) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const corpus = await loadCorpus();
  const part = exportParts(corpus, (id) => absoluteUrl(paths.claim(id), site))[Number(params.part) - 1]!;
  return new Response(part.lines.join(''), { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
};
