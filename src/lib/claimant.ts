/**
 * Who made a claim: the editor's `claimant` when set, else the speaker the extractor read from
 * the attribution. ClaimReview needs it typed as a person or an organisation.
 */
import type { ClaimEntry } from '../schema';

export interface Claimant {
  name: string;
  type: 'Person' | 'Organization';
}

// Words that name a body rather than a person: "the Kremlin", "KCNA", "the US State Department".
const organisationWords =
  /\b(ministry|ministries|department|agency|government|office|kremlin|council|committee|parliament|army|military|forces|command|news|media|press|tass|kcna|yonhap|reuters|ria|white house|pentagon|embassy|union|nations|party|organi[sz]ation|institute|bank|company|corporation|group|service|staff|administration|authorities|commission|bureau|assembly|navy|union)\b/i;

export function claimantOf(claim: Pick<ClaimEntry, 'claimant' | 'attribution' | 'people'>): Claimant | undefined {
  const name = (claim.claimant ?? claim.attribution?.speaker)?.trim();
  if (!name) return undefined;
  const named = (claim.people ?? []).some((person) => person.name === name);
  // An all-capitals acronym (KCNA, TASS) is an organisation; a named person is a person.
  const type = !named && (organisationWords.test(name) || /^[A-Z]{2,}$/.test(name)) ? 'Organization' : 'Person';
  return { name, type };
}
