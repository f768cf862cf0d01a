/**
 * The Pagefind filter contract, in one place: which filters a claim page declares, with which
 * values, and which the search page offers. Values are the labels readers see ("Single source",
 * the desk's category names, outlet names, the rating's label), so a shared search link reads as
 * it looks: `/search/?status=Single+source&rating=Not+rated` (in the interface's language). Import-free apart from types, so
 * the browser search script can import `searchFilterKeys` too.
 */
import type { Category, Status } from '../schema';

/** Filter names, in the order the search page shows them; also the URL parameters of a search. */
export const searchFilterKeys = ['rating', 'status', 'category', 'outlet', 'person', 'month'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];

/** What one claim page declares to Pagefind (rendered as `<meta data-pagefind-filter>` by the claim page). */
export function claimFilterValues(
  claim: { category: Category; status: Status; outlets: readonly string[]; people?: readonly { name: string }[] },
  labels: { category: (category: Category) => string; status: (status: Status) => string },
  /** The claim's rating label, or the interface's "Not rated" (`notRated`), and its month. */
  extra: { rating: string; month: string },
): Record<SearchFilterKey, string[]> {
  return {
    rating: [extra.rating],
    status: [labels.status(claim.status)],
    category: [labels.category(claim.category)],
    outlet: [...claim.outlets],
    person: [...new Set((claim.people ?? []).map((person) => person.name))],
    month: [extra.month],
  };
}
