/**
 * Social cards (`og:image`): 1200 × 630 PNGs drawn as SVG at build time and rasterised with
 * sharp (already installed with Astro; prebuilt, no browser). To keep the build fast there is
 * one card per rated claim and one per category, which unrated claims share.
 */
import type { Category } from '../schema';
import { categoryLabel, plural, t } from './format';
import type { Claim } from './index-corpus';
import type { Standing } from './standing';
import { namesWithMore } from './limits';

export const cardSize = { width: 1200, height: 630 } as const;

/** Site-relative path of a claim's card. */
export const socialCardPath = (claim: Pick<Claim, 'id' | 'verdict' | 'category'>): string =>
  claim.verdict ? `/cards/claims/${claim.id}.png` : `/cards/categories/${claim.category}.png`;

export const categoryCardPath = (category: Category): string => `/cards/categories/${category}.png`;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Greedy word wrap by an average glyph width (a bold sans averages about 0.6 em; 0.64 leaves room for capitals); the last
 * line ends in an ellipsis when the text does not fit.
 */
export function wrapLines(text: string, fontSize: number, width: number, maxLines: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (fontSize * 0.64)));
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.length > perLine ? `${words[i]!.slice(0, perLine - 1)}…` : words[i]!;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      const last = lines[maxLines - 1]!;
      lines[maxLines - 1] = `${last.length >= perLine ? last.slice(0, perLine - 1) : last}…`;
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const font = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

function frame(siteName: string, inner: string): string {
  const { width, height } = cardSize;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="#ffffff"/>
<rect width="${width}" height="14" fill="#0b57d0"/>
<text x="60" y="84" font-family="${font}" font-size="30" font-weight="700" fill="#50555e">${escapeXml(siteName)}</text>
${inner}
</svg>`;
}

function badge(x: number, y: number, label: string, background: string, foreground: string): string {
  const width = Math.round(label.length * 40 * 0.62 + 56);
  return `<rect x="${x}" y="${y}" width="${width}" height="72" rx="36" fill="${background}"/>
<text x="${x + width / 2}" y="${y + 50}" text-anchor="middle" font-family="${font}" font-size="40" font-weight="700" fill="${foreground}">${escapeXml(label)}</text>`;
}

const titleBlock = (lines: string[], top: number, size: number) =>
  lines.map((line, i) => `<text x="60" y="${top + i * Math.round(size * 1.2)}" font-family="${font}" font-size="${size}" font-weight="700" fill="#1b1d21">${escapeXml(line)}</text>`).join('\n');

/** A rated claim: its title, its rating in the scale's colour, and the outlets reporting it. */
export function claimCardSvg(claim: Pick<Claim, 'title' | 'outlets'>, standing: Extract<Standing, { kind: 'rating' }>, siteName: string): string {
  const lines = wrapLines(claim.title, 60, 1080, 3);
  const outlets = t.cards.reportedBy(namesWithMore(claim.outlets, 3));
  return frame(
    siteName,
    `${titleBlock(lines, 190, 60)}
${badge(60, 440, standing.label, standing.background, standing.foreground)}
<text x="60" y="580" font-family="${font}" font-size="30" fill="#50555e">${escapeXml(wrapLines(outlets, 30, 1080, 1)[0] ?? '')}</text>`,
  );
}

/** A category: what unrated claims in it share. */
export function categoryCardSvg(category: Category, claimCount: number, siteName: string): string {
  return frame(
    siteName,
    `${titleBlock([t.cards.categoryTitle(categoryLabel(category))], 250, 72)}
<text x="60" y="340" font-family="${font}" font-size="40" fill="#1b1d21">${escapeXml(t.cards.traced(plural(claimCount, t.nouns.claim)))}</text>
<text x="60" y="395" font-family="${font}" font-size="40" fill="#1b1d21">${escapeXml(t.cards.reported)}</text>
<text x="60" y="580" font-family="${font}" font-size="30" fill="#50555e">${escapeXml(t.cards.footer)}</text>`,
  );
}
