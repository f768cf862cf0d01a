/**
 * Stage 1, read, what every input format shares: strict decoding, the raw block, metadata from
 * front matter or a sidecar, the article's slug. Bad input throws an `InputError` that names the
 * file, the line, what was expected and what to do.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import matter from 'gray-matter';
import type { InputMeta } from '../../model.ts';
import { articleSlug, cleanDerived, compareCodeUnits } from '../../text.ts';
import { isoDate, isoDay } from '../../lexicon/calendar.ts';
import { boundedSlug } from '../../../../src/lib/slug.ts';

export { articleSlug };

export const maxInputBytes = 5 * 1024 * 1024;
/** Metadata is a few lines: a sidecar or front matter past this is not metadata. */
export const maxMetadataBytes = 64 * 1024;
/**
 * YAML aliases (`*name`) a metadata block may use. Each may stand for a list of aliases, so a
 * few lines can expand to a billion values (9-15 s and 1.6 GB a file); metadata needs none.
 */
export const maxYamlAliases = 10;
const yamlAlias = /(?:^|[\s,[{:-])\*[^\s,[\]{}]+/g;
export const sidecarExtensions = ['.yml', '.yaml', '.json'] as const;

export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  constructor(file: string, line: number | undefined, problem: string, fix: string) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}. ${fix}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
  }
}

export type BlockKind = 'text' | 'heading' | 'quote' | 'list-item' | 'caption';

export interface RawBlock {
  /** 1-based position among the file's blocks: the stable paragraph anchor `p-<index>`. */
  index: number;
  text: string;
  kind: BlockKind;
}

export interface RawArticle {
  file: string;
  slug: string;
  hash: string;
  meta: InputMeta;
  blocks: RawBlock[];
}

/** Editors paste metadata from many tools: each field accepts its usual synonyms. */
const metaSynonyms: Record<keyof InputMeta, string[]> = {
  title: ['title', 'headline', 'name'],
  outlet: ['outlet', 'source', 'publisher', 'publication', 'site', 'site_name', 'sitename', 'newspaper'],
  author: ['author', 'authors', 'byline', 'by', 'creator'],
  published: ['published', 'date', 'pubdate', 'pub_date', 'published_at', 'publishedat', 'date_published', 'datepublished', 'created'],
  url: ['url', 'link', 'canonical', 'source_url', 'href', 'permalink'],
  republish: ['republish', 'republishable'],
};


/**
 * Each article's slug, unique: files whose names give the same slug (`a b.txt`, `a-b.txt`,
 * `sub/a-b.txt`, `x.txt` beside `x.md`) would share one page and one cleaned copy. Of such files,
 * the one whose name is the slug already (`a-b.txt`), then the one nearest the top of the folder, then the
 * first by path (in code-unit order) keeps the plain slug and each
 * other gets a hash of its path appended, with a warning. Worked out from the whole list, before
 * any article is analysed, so it never depends on which worker finishes first.
 */
export function uniqueArticleSlugs(files: string[], root: string): { slugs: Map<string, string>; warnings: string[] } {
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const slug = articleSlug(file);
    groups.set(slug, [...(groups.get(slug) ?? []), file]);
  }
  const slugs = new Map<string, string>();
  const taken = new Set(groups.keys());
  const warnings: string[] = [];
  for (const [slug, group] of [...groups].sort(([a], [b]) => compareCodeUnits(a, b))) {
    const [first, ...others] = group
      .map((file) => ({ file, path: relative(file), named: Number(path.basename(file).replace(/\.[^.]+$/, '') !== slug) }))
      .sort((a, b) => a.named - b.named || a.path.split('/').length - b.path.split('/').length || compareCodeUnits(a.path, b.path));
    slugs.set(first.file, slug);
    for (const other of others) {
      let unique = '';
      for (let n = 0; !unique || taken.has(unique); n++) unique = boundedSlug(`${slug}-${shortPathHash(other.path + (n ? `#${n}` : ''))}`);
      taken.add(unique);
      slugs.set(other.file, unique);
      warnings.push(`${other.file}: its name gives the slug "${slug}", as ${first.file} does; it is published as "${unique}". Rename one of the files to choose its page name`);
    }
  }
  return { slugs, warnings };
}

const shortPathHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);

/** Stateless outside streaming: one decoder serves every file. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode bytes strictly: empty, binary, non-UTF-8 and huge files are refused with a reason. */
export function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes.length > maxInputBytes)
    throw new InputError(
      file,
      undefined,
      `file is ${(bytes.length / 1048576).toFixed(1)} MB, more than the ${maxInputBytes / 1048576} MB an article may be`,
      'Split it into one file per article, or remove embedded data',
    );
  if (bytes.includes(0))
    throw new InputError(file, undefined, 'file is binary (it contains NUL bytes), expected UTF-8 text', 'Save the article as .txt, .md or .html');
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8Line(bytes);
    throw new InputError(file, at, 'text is not valid UTF-8', 'Re-save the file with UTF-8 encoding');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new InputError(file, undefined, 'file is empty', 'Add the article text or delete the file');
  return text;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}

/** Parse YAML front matter; a YAML error becomes an InputError with the file's own line number. */
export function parseFrontMatter(file: string, text: string, lineOffset = 0): { data: Record<string, unknown>; content: string } {
  const yaml = text.match(/^---[^\n]*\n([\s\S]*?)\n---/)?.[1] ?? '';
  if (yaml.length > maxMetadataBytes)
    throw new InputError(file, undefined, `the metadata is ${Math.round(yaml.length / 1024)} KB, more than the ${maxMetadataBytes / 1024} KB metadata may be`, 'Keep only title, outlet, author, published and url in it');
  const aliases = yaml.match(yamlAlias)?.length ?? 0;
  if (aliases > maxYamlAliases)
    throw new InputError(file, undefined, `the metadata uses ${aliases} YAML aliases (*name), more than the ${maxYamlAliases} allowed: aliases can expand to billions of values`, 'Write each value out instead of referring to an anchor (&name)');
  try {
    const parsed = matter(text);
    return { data: parsed.data as Record<string, unknown>, content: parsed.content };
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    throw new InputError(
      file,
      mark ? mark.line + 1 + lineOffset : 1,
      `front matter is not valid YAML (${reason})`,
      'Fix the YAML between the --- lines, e.g. `title: "A headline: with a colon"` needs quotes',
    );
  }
}

/** Parse a sidecar (`<article>.yml` or `.json`) holding the article's metadata. */
export function parseSidecar(file: string, text: string): Record<string, unknown> {
  // Editors' tools save a byte order mark at the start; YAML would make it part of the first key.
  text = text.replace(/^\uFEFF/, '');
  if (text.length > maxMetadataBytes)
    throw new InputError(file, undefined, `metadata file is ${Math.round(text.length / 1024)} KB, more than the ${maxMetadataBytes / 1024} KB metadata may be`, 'Keep only title, outlet, author, published and url in it');
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      throw new InputError(file, undefined, `metadata is not valid JSON (${(error as Error).message})`, 'Fix the JSON or use YAML');
    }
  }
  return parseFrontMatter(file, `---\n${text}\n---\n`, -1).data;
}

/** Normalise a date written by any of the usual tools to `YYYY-MM-DD`, or throw. */
export function normaliseDate(value: unknown, file: string, line?: number): string {
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return isoDate(value);
  const text = String(value).trim();
  const iso = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})/);
  if (iso) return isoDay(iso[1], +iso[2], +iso[3]);
  const dmy = text.match(/^(\d{1,2})[/.](\d{1,2})[/.](\d{4})/);
  if (dmy) return isoDay(dmy[3], +dmy[2], +dmy[1]);
  const parsed = Date.parse(`${text.replace(/(\d)(st|nd|rd|th)\b/, '$1').replace(/,(?=\s*\d{1,2}:)/, '')} UTC`);
  if (!Number.isNaN(parsed)) {
    return isoDate(new Date(parsed));
  }
  throw new InputError(file, line, `"${text}" is not a date`, 'Write the date as YYYY-MM-DD, e.g. published: 2024-06-19');
}

function lineOfKey(raw: string, key: string): number | undefined {
  const lines = raw.split('\n');
  const i = lines.findIndex((l) => new RegExp(`^\\s*${key}\\s*:`, 'i').test(l));
  return i >= 0 ? i + 1 : undefined;
}

/** Pick metadata out of front matter or a sidecar, accepting synonyms; `raw` is for line numbers. */
export function metaFromData(data: Record<string, unknown>, file: string, raw = ''): InputMeta {
  const lower = new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase(), [k, v] as const]));
  const meta: InputMeta = {};
  for (const field of Object.keys(metaSynonyms) as (keyof InputMeta)[]) {
    const hit = metaSynonyms[field].map((k) => lower.get(k)).find((v) => v && v[1] != null && v[1] !== '');
    if (!hit) continue;
    const [key, value] = hit;
    if (field === 'published') meta.published = normaliseDate(value, file, lineOfKey(raw, key));
    else if (field === 'republish') {
      const answer = String(value).trim().toLowerCase();
      if (!['true', 'false', 'yes', 'no'].includes(answer))
        throw new InputError(file, lineOfKey(raw, key), `${key} "${String(value)}" is neither true nor false`, 'Write republish: true only for the desk’s own or openly licensed articles, or leave it out');
      meta.republish = answer === 'true' || answer === 'yes';
    }
    else if (field === 'author' && Array.isArray(value)) meta.author = value.map(String).join(', ');
    else if (field === 'url') {
      const url = String(value).trim();
      if (!/^https?:\/\/\S+$/.test(url))
        throw new InputError(file, lineOfKey(raw, key), `${key} "${url}" is not a web address`, 'Give the full address starting with https://');
      meta.url = url;
    } else meta[field] = cleanDerived(String(value)).trim();
  }
  return meta;
}

/**
 * Text formats that may open with YAML front matter (`---` lines): its fields, and the blocks
 * `toBlocks` makes of the rest. Front matter with no text after it is refused.
 */
export function withFrontMatter(file: string, text: string, toBlocks: (content: string) => RawBlock[]): { data: Record<string, unknown>; blocks: RawBlock[] } {
  const hasFrontMatter = /^---\s*\n/.test(text);
  const parsed = hasFrontMatter ? parseFrontMatter(file, text) : { data: {}, content: text };
  const blocks = toBlocks(parsed.content);
  if (!blocks.length) throw new InputError(file, undefined, 'the article has front matter but no text', 'Add the article text below the closing ---');
  return { data: parsed.data, blocks };
}

/** One input format: the file name endings it reads, and how it reads a decoded file into metadata and blocks. */
export interface InputFormat {
  extensions: readonly string[];
  read(file: string, text: string): { data: Record<string, unknown>; blocks: RawBlock[] };
}
