/**
 * Every internal link goes through `href`, so the site works at a domain root and under a
 * sub-path (`BASE=/fact-checks/`) alike.
 */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

export const href = (path: string): string => joinBase(import.meta.env.BASE_URL ?? '/', path);

/** Absolute URL for canonical links, feeds and citations. */
export const absoluteUrl = (path: string, site: URL | string | undefined): string =>
  new URL(href(path), site ?? 'http://localhost/').href;

export const routes = {
  home: () => href('/'),
  claim: (id: string) => href(`/claims/${id}/`),
  embed: (id: string) => href(`/claims/${id}/embed/`),
  claimSources: (id: string) => href(`/claims/${id}/sources/`),
  claims: () => href('/claims/'),
  articles: () => href('/sources/'),
  article: (slug: string, paragraph?: string) => href(`/sources/${slug}/`) + (paragraph ? `#${paragraph}` : ''),
  category: (category: string) => href(`/categories/${category}/`),
  categories: () => href('/categories/'),
  person: (slug: string) => href(`/people/${slug}/`),
  people: () => href('/people/'),
  outlets: () => href('/outlets/'),
  outlet: (slug: string) => href(`/outlets/${slug}/`),
  search: (query?: string) => href('/search/') + (query ? `?q=${encodeURIComponent(query)}` : ''),
  /** A linkable filtered search; values are the labels the search filters show. */
  searchFiltered: (filters: Record<string, string>) => `${href('/search/')}?${new URLSearchParams(filters)}`,
  methodology: () => href('/methodology/'),
  changes: (page = 1) => href(page > 1 ? `/changes/${page}/` : '/changes/'),
  data: (file: 'claims.json' | 'claims.csv' | 'rss.xml') => href(`/${file}`),
};

/** Only http(s) links leave the site: a `javascript:` or `data:` URL in an entry never becomes a link. */
export function safeExternalUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
