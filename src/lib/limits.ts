/**
 * Caps for what one claim page lists. Over-merged entries can carry thousands of sources;
 * the page stays under its 50 KB budget and links to the full list instead.
 */
import { formatNumber, t } from './format';

export const CLAIM_PAGE_LIMITS = { sources: 20, people: 20, quantities: 20, variance: 10, readings: 8, history: 20, appearances: 20 } as const;

/**
 * Up to `limit` items, taking the first of each distinct key before any repeat, so a
 * capped source list still shows every outlet it can. Order within each pass is kept.
 */
export function diverseFirst<T>(items: readonly T[], limit: number, key: (item: T) => string): T[] {
  if (items.length <= limit) return [...items];
  const picked = new Set<number>();
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (picked.size < limit && !seen.has(key(item))) {
      seen.add(key(item));
      picked.add(index);
    }
  });
  for (let index = 0; index < items.length && picked.size < limit; index++) picked.add(index);
  return [...picked].sort((a, b) => a - b).map((index) => items[index]!);
}

/** `A, B, C and 4 more` (in the interface's language): a name list that stays short however many names there are. */
export function namesWithMore(names: readonly string[], limit: number): string {
  return names.length > limit ? t.andMore(names.slice(0, limit).join(', '), formatNumber(names.length - limit)) : names.join(', ');
}

/**
 * Items per page of the long lists (a category, a person, an outlet, the articles, the people,
 * the side-by-side table), so no list page passes the 200 KB that hosts and phones handle well
 * however large the corpus: a claim row is ~0.5 KB, a person or article row ~0.2 KB, a table row
 * of the outlets page up to ~2 KB.
 */
export const LIST_PAGE_SIZE = { claims: 100, people: 400, articles: 200, matrixRows: 50 } as const;
