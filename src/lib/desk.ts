/**
 * The desk's settings the reader-facing pages need, from its configuration (src/lib/config.ts):
 * its rating scale and the organisation that publishes the reviews.
 */
import { config, type ClaimtrailConfig, type RatingScale } from './config';

export type PublishingOrganisation = ClaimtrailConfig['organisation'];

export const deskRatingScale = (): RatingScale => config.ratingScale;

export const deskOrganisation = (): PublishingOrganisation => config.organisation;
