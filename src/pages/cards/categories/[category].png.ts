import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { categories, type Category } from '../../../schema';
import { loadCorpus } from '../../../lib/corpus';
import { deskOrganisation } from '../../../lib/desk';
import { categoryCardSvg } from '../../../lib/social-card';

export const getStaticPaths = (async () => {
  const corpus = await loadCorpus();
  return categories.filter((c) => corpus.byCategory.get(c)?.length).map((category) => ({ params: { category }, props: { category } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const corpus = await loadCorpus();
  const category = props.category as Category;
  const svg = categoryCardSvg(category, corpus.byCategory.get(category)?.length ?? 0, deskOrganisation().name);
  const png = await sharp(Buffer.from(svg)).png({ palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
