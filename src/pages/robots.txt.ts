import type { APIRoute } from 'astro';
import { absoluteUrl, paths } from '../lib/paths';

// Embeds and alias redirects carry `noindex` themselves; crawlers get the sitemap here.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(paths.data('sitemap-index.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
