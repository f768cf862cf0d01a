import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { loadCorpus } from '../../../lib/corpus';
import { deskOrganisation, deskRatingScale } from '../../../lib/desk';
import { claimCardSvg } from '../../../lib/social-card';
import { standingOf } from '../../../lib/standing';

/** Only rated claims get a card of their own; the others share their category's. */
export const getStaticPaths = (async () => {
  const corpus = await loadCorpus();
  return corpus.claims.filter((claim) => claim.verdict).map((claim) => ({ params: { id: claim.id }, props: { id: claim.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const corpus = await loadCorpus();
  const claim = corpus.claimById.get(props.id as string)!;
  const standing = standingOf(claim, deskRatingScale());
  if (standing.kind !== 'rating') throw new Error(`cards/claims/${claim.id}.png: expected a rated claim`);
  const png = await sharp(Buffer.from(claimCardSvg(claim, standing, deskOrganisation().name))).png({ palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
