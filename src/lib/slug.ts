/**
 * How long a name derived from user text may be on disk and in a URL. Its own module, without
 * zod: the extractor's worker threads use it and should not load the schema (schema.ts re-exports it).
 */

/**
 * Longest slug (id, article slug, outlet or person page name): a path segment stays far below the
 * file systems' 255-byte name limit even in a non-Latin script (3 bytes a character) with `.json` after it.
 */
export const maxSlugLength = 80;
/**
 * `text`, already slug-shaped, cut to `maxSlugLength` characters: a longer one keeps its start and
 * ends in a hash of the whole, so two long names that share a start still get two slugs. The one
 * rule for names derived from user text, used by the extractor and the site's page paths alike.
 */
export function boundedSlug(text: string, max = maxSlugLength): string {
  if (text.length <= max) return text;
  const suffix = slugHash(text);
  return `${text.slice(0, max - suffix.length - 1).replace(/-+$/, '')}-${suffix}`;
}

/** Seven base-36 characters of FNV-1a, as text.ts's hash32 (the site imports nothing of the pipeline): stable across runs and machines. */
export function slugHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36).padStart(7, '0');
}

/**
 * The spellings of one name that are that name: letter case, runs of spaces and how an accent is
 * encoded aside, so "Reuters", "REUTERS " and "Reuters" are one outlet. Punctuation counts:
 * "A.P." and "AP", "Le-Monde!" and "Le Monde" stay apart (they differ in more than typing).
 */
export const foldSpelling = (name: string): string => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

export interface SlugClash {
  /** The slug the names share; the first name keeps it. */
  slug: string;
  names: string[];
  /** Each name's slug, in the order of `names`. */
  slugs: string[];
}

/**
 * A page slug for each name, unique: distinct names (by `foldSpelling`) whose `slugOf` is one slug
 * ("Le Monde" and "Le-Monde!" both give `le-monde`) would share a page, one of them losing it. Of
 * such names the one that is the slug already, else the first by code-unit order of its folded
 * spelling, keeps the plain slug, and each
 * other gets a hash of its spelling appended (`le-monde-0k3x9qz`): the same names give the same
 * slugs on every build, whatever order the pages read them in. Returns the slug by folded
 * spelling, and each clash for a warning.
 */
export function uniqueSlugs(names: Iterable<string>, slugOf: (name: string) => string): { slugs: Map<string, string>; clashes: SlugClash[] } {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const key = foldSpelling(name);
    if (!byKey.has(key)) byKey.set(key, name);
  }
  const groups = new Map<string, string[]>();
  for (const key of [...byKey.keys()].sort(compareCodeUnits)) {
    const slug = slugOf(byKey.get(key)!);
    groups.set(slug, [...(groups.get(slug) ?? []), key]);
  }
  const slugs = new Map<string, string>();
  const taken = new Set(groups.keys());
  const clashes: SlugClash[] = [];
  for (const [slug, sorted] of groups) {
    // A name that is the slug already ("slavrov" beside "s.lavrov") keeps it.
    const keys = [...sorted.filter((k) => k === slug), ...sorted.filter((k) => k !== slug)];
    slugs.set(keys[0], slug);
    if (keys.length === 1) continue;
    const clash: SlugClash = { slug, names: [byKey.get(keys[0])!], slugs: [slug] };
    for (const key of keys.slice(1)) {
      let own = slug;
      // A name that is itself such a slug ("le-monde-0k3x9qz") is never taken from it.
      for (let n = 0; taken.has(own); n++) own = `${boundedSlug(slug, maxSlugLength - 8)}-${slugHash(n ? `${key}#${n}` : key)}`;
      taken.add(own);
      slugs.set(key, own);
      clash.names.push(byKey.get(key)!);
      clash.slugs.push(own);
    }
    clashes.push(clash);
  }
  return { slugs, clashes };
}

/**
 * Order of strings by UTF-16 code units: the same on every machine. `localeCompare` without a
 * locale follows the machine's (`LANG=lt_LT.UTF-8` puts "y" right after "i"), so the output would.
 */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
