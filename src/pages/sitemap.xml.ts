import type { APIRoute } from 'astro';
import { categories } from '../schema';
import { loadCorpus } from '../lib/corpus';
import { absoluteUrl } from '../lib/paths';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Canonical pages only: alias redirects, embeds and later pages of the changes list are left
 * out, which is why this is built from the corpus rather than from the list of built files.
 */
export const GET: APIRoute = async ({ site }) => {
  const corpus = await loadCorpus();
  const entries: { path: string; lastmod?: string }[] = [
    { path: '/' },
    { path: '/search/' },
    { path: '/claims/' },
    { path: '/sources/' },
    { path: '/categories/' },
    { path: '/people/' },
    { path: '/outlets/' },
    { path: '/methodology/' },
    { path: '/changes/' },
    ...categories.filter((c) => corpus.byCategory.get(c)?.length).map((c) => ({ path: `/categories/${c}/` })),
    ...corpus.claims.map((claim) => ({ path: `/claims/${claim.id}/`, lastmod: claim.updated })),
    ...corpus.articles.map((article) => ({ path: `/sources/${article.slug}/` })),
    ...[...corpus.people.keys()].map((slug) => ({ path: `/people/${slug}/` })),
    ...[...new Set([...corpus.outlets.values()].map((outlet) => outlet.slug))].map((slug) => ({ path: `/outlets/${slug}/` })),
  ];
  const body = entries
    .map(({ path, lastmod }) => `<url><loc>${escapeXml(absoluteUrl(path, site))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`)
    .join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
