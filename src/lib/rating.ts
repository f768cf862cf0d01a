/**
 * The desk's rating scale: the labels editors write as `verdict`, each with its value for
 * ClaimReview's `ratingValue`, a colour and a one-line meaning. The scale itself is configuration
 * (the default below is what the demo uses); these helpers take it as an argument so the
 * extractor, the site and the tests share them. Import-free, so the browser bundle can use it.
 */
export interface RatingLabel {
  /** What editors write and readers see: "Mostly true", "Accurate". */
  label: string;
  /** Position on the scale for ClaimReview's `ratingValue`; none for labels off the scale ("Unproven"). */
  value?: number;
  /** CSS colour of the label's badge (text on it is white or black, whichever contrasts more). */
  colour: string;
  /** One line a reader sees beside the label. */
  meaning: string;
}

export interface RatingScale {
  /** `ratingValue` of the best and worst label (ClaimReview's `bestRating`, `worstRating`). */
  best: number;
  worst: number;
  labels: RatingLabel[];
}

export const defaultRatingScale: RatingScale = {
  best: 5,
  worst: 1,
  labels: [
    { label: 'True', value: 5, colour: '#1a7f37', meaning: 'Accurate, and nothing significant is missing.' },
    { label: 'Mostly true', value: 4, colour: '#4d8c2a', meaning: 'Accurate, but needs clarification or extra context.' },
    { label: 'Misleading', value: 3, colour: '#b35c00', meaning: 'Partly accurate, but leaves a false impression.' },
    { label: 'Mostly false', value: 2, colour: '#c4391d', meaning: 'Contains some truth, but the main point is wrong.' },
    { label: 'False', value: 1, colour: '#a4001d', meaning: 'Not accurate.' },
    { label: 'Unproven', colour: '#5c6670', meaning: 'The evidence available does not settle it either way.' },
  ],
};

/** Labels compare without case, accents, hyphens or spacing: `mostly-true` is `Mostly true`. */
export const foldLabel = (label: string): string =>
  label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s_-]+/g, ' ').trim();

/** The scale's label for an editor's verdict, or undefined when the verdict is not on the scale. */
export function ratingFor(verdict: string, scale: RatingScale = defaultRatingScale): RatingLabel | undefined {
  const key = foldLabel(verdict);
  return scale.labels.find((l) => foldLabel(l.label) === key);
}
