/**
 * The site's one URL module. `paths` are site-relative (no base path): what canonical URLs,
 * the sitemap and the `path` of a page take. `routes` are the links pages print (base path
 * included, so the site works at a domain root and under a sub-path alike). `absoluteUrl`
 * makes either absolute for canonical links, feeds, exports and citations. No other module
 * spells out a page's address.
 */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

export const href = (path: string): string => joinBase(import.meta.env.BASE_URL ?? '/', path);

/** Absolute URL of a site-relative path, for canonical links, feeds, exports and citations. */
export const absoluteUrl = (path: string, site: URL | string | undefined): string =>
  new URL(href(path), site ?? 'http://localhost/').href;

/** A list page's path: page 1 is the list's own address, later pages `<list>/<n>/`. */
const paged = (list: string, page = 1) => (page > 1 ? `${list}${page}/` : list);

/** Site-relative paths of every kind of page. */
export const paths = {
  home: () => '/',
  claims: (page = 1) => paged('/claims/', page),
  claim: (id: string) => `/claims/${id}/`,
  embed: (id: string) => `/claims/${id}/embed/`,
  articles: (page = 1) => paged('/sources/', page),
  article: (slug: string) => `/sources/${slug}/`,
  categories: () => '/categories/',
  category: (category: string, page = 1) => paged(`/categories/${category}/`, page),
  people: (page = 1) => paged('/people/', page),
  person: (slug: string, page = 1) => paged(`/people/${slug}/`, page),
  outlets: (page = 1) => paged('/outlets/', page),
  outlet: (slug: string, page = 1) => paged(`/outlets/${slug}/`, page),
  search: () => '/search/',
  methodology: () => '/methodology/',
  changes: (page = 1) => paged('/changes/', page),
  /** Files at the site's root: the exports, the feed, the sitemap index. */
  data: (file: string) => `/${file}`,
  /** Part n of the claims export (`claims.json` indexes them). */
  exportPart: (part: number, format: 'ndjson' | 'csv') => `/data/claims-${part}.${format}`,
  favicon: () => '/favicon.svg',
};

export const routes = {
  home: () => href(paths.home()),
  claim: (id: string) => href(paths.claim(id)),
  embed: (id: string) => href(paths.embed(id)),
  claims: (page = 1) => href(paths.claims(page)),
  articles: (page = 1) => href(paths.articles(page)),
  article: (slug: string, paragraph?: string) => href(paths.article(slug)) + (paragraph ? `#${paragraph}` : ''),
  category: (category: string, page = 1) => href(paths.category(category, page)),
  categories: () => href(paths.categories()),
  person: (slug: string, page = 1) => href(paths.person(slug, page)),
  people: (page = 1) => href(paths.people(page)),
  outlets: (page = 1) => href(paths.outlets(page)),
  outlet: (slug: string, page = 1) => href(paths.outlet(slug, page)),
  search: (query?: string) => href(paths.search()) + (query ? `?q=${encodeURIComponent(query)}` : ''),
  /** A linkable filtered search; values are the labels the search filters show. */
  searchFiltered: (filters: Record<string, string>) => `${href(paths.search())}?${new URLSearchParams(filters)}`,
  methodology: () => href(paths.methodology()),
  changes: (page = 1) => href(paths.changes(page)),
  data: (file: string) => href(paths.data(file)),
};

/**
 * What the sitemap lists: every built HTML page except those that are not pages of their own
 * (embeds, which carry `noindex`; alias pages, which forward to a claim and carry `noindex`).
 * The sitemap integration asks this of each built page with the page's HTML.
 */
export const inSitemap = (html: string): boolean => !/<meta name="robots" content="noindex"/.test(html);

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
