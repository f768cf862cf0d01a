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
  // FNV-1a, as text.ts's hash32 (the site imports nothing of the pipeline): stable across runs and machines.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  const suffix = (hash >>> 0).toString(36).padStart(7, '0');
  return `${text.slice(0, max - suffix.length - 1).replace(/-+$/, '')}-${suffix}`;
}

/**
 * Order of strings by UTF-16 code units: the same on every machine. `localeCompare` without a
 * locale follows the machine's (`LANG=lt_LT.UTF-8` puts "y" right after "i"), so the output would.
 */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
