/**
 * The site's content read straight from the files: `content/claims/**\/*.md` (front matter and
 * the editor's Markdown body) and `content/articles/*.json`, each validated with the one schema
 * (`src/schema.ts`). Not Astro's content layer: at 17,000 entries it parsed every entry, rendered
 * every body through its own Markdown pipeline (the pages render the body themselves), wrote the
 * whole corpus as one devalue file and bundled it into a 34 MB JavaScript module that Node then
 * had to compile: about a third of the build's CPU time (README, "At 10,000 articles").
 *
 * A benchmark or a test points `CLAIMTRAIL_CONTENT` at another corpus. `npm run dev` tells the
 * build a file changed through `contentChanged` (the integration watches the folder), and the
 * next page reads the files again.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { articleEntry, claimEntry, type ArticleEntry, type ClaimEntry } from '../schema.ts';

/** The content folder: `CLAIMTRAIL_CONTENT`, else `content/` in the working directory. */
export const contentRoot = (): string => path.resolve(process.env.CLAIMTRAIL_CONTENT ?? 'content');

// Front matter as Astro's Markdown entries read it: `---` first (after a byte-order mark or blank
// lines), YAML, `---`; the body is what follows, trimmed.
const frontMatter = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** A Markdown entry's front matter (YAML, an empty object when there is none) and its body. */
export function splitEntry(text: string): { data: Record<string, unknown>; body: string } {
  const match = frontMatter.exec(text);
  if (!match) return { data: {}, body: text.trim() };
  const parsed = yaml.load(match[1]);
  return { data: parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}, body: text.slice(match.index + match[0].length).trim() };
}

export interface ContentFiles {
  claims: { data: ClaimEntry; body: string }[];
  articles: ArticleEntry[];
}

/** Files under `dir` whose name ends with `extension`, in name order; folders and files starting with a dot (the extractor's `.machine/`, editors' swap files) are not content. */
function filesIn(dir: string, extension: string, recursive: boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  const found: string[] = [];
  const walk = (folder: string) => {
    const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (recursive) walk(file);
      } else if (entry.name.endsWith(extension)) found.push(file);
    }
  };
  walk(dir);
  return found;
}

/** One line per problem, naming the file, the field and what was expected. */
function problem(file: string, root: string, error: unknown): string {
  const name = path.relative(root, file) || file;
  const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
  if (issues) return issues.map((issue) => `${name}: ${issue.path.length ? `${issue.path.map(String).join('.')}: ` : ''}${issue.message}`).join('\n');
  const yamlMark = (error as { mark?: { line: number; column: number }; reason?: string }).mark;
  if (yamlMark) return `${name}:${yamlMark.line + 1}:${yamlMark.column + 1}: ${(error as { reason?: string }).reason ?? (error as Error).message}`;
  return `${name}: ${(error as Error).message}`;
}

/**
 * Every claim entry and article under `root`, validated. An entry the schema refuses fails the
 * whole read, naming each bad file and field (a site is never built from part of its content).
 * Ids are the entry's `id` (else its file name), article slugs the article's `slug`; where two
 * files give one id the later file, in name order, is the one kept, with a warning.
 */
export function readContent(root: string = contentRoot()): ContentFiles {
  const problems: string[] = [];
  const claims = new Map<string, { data: ClaimEntry; body: string }>();
  const fileOf = new Map<string, string>();
  for (const file of filesIn(path.join(root, 'claims'), '.md', true)) {
    try {
      const { data, body } = splitEntry(fs.readFileSync(file, 'utf8'));
      const id = typeof data.id === 'string' ? data.id : path.basename(file, '.md');
      claims.set(id, { data: claimEntry.parse(data), body });
      const earlier = fileOf.get(id);
      if (earlier) console.warn(`claimtrail: warning: ${path.relative(root, earlier)} and ${path.relative(root, file)} both have the id "${id}"; the site shows ${path.relative(root, file)}. Give one of them another id.`);
      fileOf.set(id, file);
    } catch (error) {
      problems.push(problem(file, root, error));
    }
  }
  const articles = new Map<string, ArticleEntry>();
  for (const file of filesIn(path.join(root, 'articles'), '.json', false)) {
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      const id = typeof data.slug === 'string' ? data.slug : path.basename(file, '.json');
      articles.set(id, articleEntry.parse(data));
    } catch (error) {
      problems.push(problem(file, root, error));
    }
  }
  if (problems.length) {
    const shown = problems.slice(0, 20);
    throw new Error(`claimtrail: ${problems.length} content file(s) in ${root} are not valid entries:\n${shown.join('\n')}${problems.length > shown.length ? `\n… and ${problems.length - shown.length} more` : ''}`);
  }
  return { claims: [...claims.values()], articles: [...articles.values()] };
}

// Shared through globalThis: the dev server's watcher (in the integration) and the pages (in
// Vite's module runner, same process) load this module as two instances.
const versionKey = Symbol.for('claimtrail.contentVersion');
const shared = globalThis as { [versionKey]?: number };

/** How many times the content folder changed since the server started (0 in a build). */
export const contentVersion = (): number => shared[versionKey] ?? 0;

/** Said by the dev server's watcher when a content file is added, changed or removed. */
export function contentChanged(): void {
  shared[versionKey] = contentVersion() + 1;
}
