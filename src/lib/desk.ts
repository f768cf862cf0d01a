/**
 * The desk's settings the reader-facing pages need: its rating scale and the organisation
 * that publishes the reviews. One place, so pages read them the same way.
 */
import { defaultRatingScale, type RatingScale } from './rating';
import { siteName } from './citation';

export interface PublishingOrganisation {
  name: string;
  /** The organisation's home page; the site's home when not configured. */
  url?: string;
}

export const deskRatingScale = (): RatingScale => defaultRatingScale;

export const deskOrganisation = (): PublishingOrganisation => ({ name: siteName });
