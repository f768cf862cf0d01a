/**
 * The Pagefind filter contract, in one place: which filters a claim page declares, with which
 * values, and which the search page offers. Values are the labels readers see ("Single source",
 * the desk's category names, outlet names), so a shared search link reads as it looks:
 * `/search/?status=Single+source`. Import-free apart from label helpers, so the browser search
 * script can import `searchFilterKeys` too.
 */
import type { Category, Status } from '../schema';

/** Filter names, in the order the search page shows them; also the URL parameters of a search. */
export const searchFilterKeys = ['category', 'status', 'outlet'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];

export const searchFilterLegends: Record<SearchFilterKey, string> = { category: 'Category', status: 'Status', outlet: 'Outlet' };

/** What one claim page declares to Pagefind (rendered as `<meta data-pagefind-filter>` by the claim page). */
export function claimFilterValues(
  claim: { category: Category; status: Status; outlets: readonly string[] },
  labels: { category: (category: Category) => string; status: (status: Status) => string },
): Record<SearchFilterKey, string[]> {
  return { category: [labels.category(claim.category)], status: [labels.status(claim.status)], outlet: [...claim.outlets] };
}
