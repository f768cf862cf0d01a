/**
 * What a reader sees first about a claim, wherever it appears: the desk's rating when an editor
 * has given a verdict, otherwise how well it is sourced. Never both as if both were verdicts:
 * with a rating, the sourcing status is only context ("Sourcing: corroborated").
 */
import type { ClaimEntry, Status } from '../schema';
import { statusLabel, statusMeaning, t, verdictLabel } from './format';
import { ratingFor, type RatingScale } from './rating';

export type Standing =
  | {
      kind: 'rating';
      /** The scale's label, or the editor's label as written when it is not on the scale. */
      label: string;
      meaning?: string;
      /** Badge colours; a label off the scale gets the neutral grey. */
      background: string;
      foreground: string;
      onScale: boolean;
      value?: number;
    }
  | { kind: 'status'; status: Status; label: string; meaning: string };

/** Neutral colour of a verdict the scale does not know. */
export const offScaleColour = '#5c6670';

/** Black or white, whichever contrasts more with `colour` (a `#rrggbb` or `#rgb`). */
export function textOn(colour: string): string {
  const hex = colour.replace('#', '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return '#ffffff';
  const channel = (i: number) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  // Contrast with white is 1.05 / (L + 0.05), with black (L + 0.05) / 0.05.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

export function standingOf(claim: Pick<ClaimEntry, 'verdict' | 'status'>, scale: RatingScale): Standing {
  if (claim.verdict) {
    const rating = ratingFor(claim.verdict, scale);
    const background = rating?.colour ?? offScaleColour;
    return {
      kind: 'rating',
      label: rating?.label ?? verdictLabel(claim.verdict),
      ...(rating?.meaning ? { meaning: rating.meaning } : {}),
      background,
      foreground: textOn(background),
      onScale: Boolean(rating),
      ...(rating?.value !== undefined ? { value: rating.value } : {}),
    };
  }
  return { kind: 'status', status: claim.status, label: statusLabel(claim.status), meaning: statusMeaning(claim.status) };
}

/** One line for descriptions, feeds and citations: "Rated Mostly true" or "Corroborated (not yet rated)". */
export function standingPhrase(standing: Standing): string {
  return standing.kind === 'rating' ? t.standing.rated(standing.label) : t.standing.notRated(standing.label);
}

/** The rating filter's value for claims without a verdict. */
export const notRated = t.notRated;
