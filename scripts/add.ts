/**
 * `npm run add -- <url or file> [--seeds DIR] [--republish]`: saves an article into `seeds/`
 * with its metadata beside it, ready for the extractor (and `npm run dev`, which picks it up).
 *
 * A web page (an http(s) address, or a saved `.html` file) is kept as `<slug>.html`, and what its
 * markup says about it (title, outlet, author, date, canonical address: Open Graph, article:*,
 * JSON-LD NewsArticle, <link rel="canonical">) goes into the sidecar `<slug>.json`, where an
 * editor can correct it. `--republish` records that the desk may publish the full text (its own
 * article, an open licence); without it the site shows only the quoted sentences.
 * A `.txt` or `.md` file is copied as it is (its metadata is in its front matter or sidecar).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { slug as githubSlug } from 'github-slugger';
import { parseHTML } from 'linkedom';

export interface PageMetadata {
  title?: string;
  outlet?: string;
  author?: string;
  /** `YYYY-MM-DD`. */
  published?: string;
  url?: string;
}

/** The JSON-LD objects of a page, flattened out of arrays and `@graph`s. */
function jsonLdNodes(document: Document): Record<string, unknown>[] {
  const nodes: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      nodes.push(value as Record<string, unknown>);
      if ('@graph' in value) visit((value as { '@graph': unknown })['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is the page's problem; the other sources of metadata still count.
    }
  }
  return nodes;
}

const nameOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || undefined;
  if (value && typeof value === 'object' && 'name' in value) return nameOf((value as { name: unknown }).name);
  return undefined;
};

/** `2024-06-19T08:00:00+09:00` → `2024-06-19`, the day as the page states it; anything else is left out. */
const isoDay = (value: string | undefined) => /^(\d{4}-\d{2}-\d{2})/.exec(value?.trim() ?? '')?.[1];

/** What a news page's markup says about it. `pageUrl` resolves a relative canonical link. */
export function readPageMetadata(html: string, pageUrl?: string): PageMetadata {
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const article = jsonLdNodes(document).find((node) => /(?:News)?Article|BlogPosting|Report/.test(String(node['@type'])));
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]') ?? (typeof article?.url === 'string' ? article.url : undefined);
  let url: string | undefined;
  try {
    url = canonical ? new URL(canonical, pageUrl).href : pageUrl;
  } catch {
    url = pageUrl;
  }
  return {
    title: meta('meta[property="og:title"]') ?? nameOf(article?.headline) ?? document.querySelector('title')?.textContent?.trim(),
    outlet: meta('meta[property="og:site_name"]') ?? nameOf(article?.publisher) ?? meta('meta[name="application-name"]'),
    author: meta('meta[name="author"]') ?? nameOf(article?.author) ?? meta('meta[property="article:author"]'),
    published: isoDay(meta('meta[property="article:published_time"]') ?? (article?.datePublished as string | undefined) ?? meta('meta[name="date"]') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined),
    url: url && /^https?:\/\//.test(url) ? url : undefined,
  };
}

/** A file name for the article: its date and title, made unique in `dir`. */
function freeStem(dir: string, metadata: PageMetadata, fallback: string): string {
  const base = [metadata.published, githubSlug(metadata.title ?? fallback).slice(0, 60).replace(/-+$/, '')].filter(Boolean).join('-') || 'article';
  let stem = base;
  for (let n = 2; fs.readdirSync(dir).some((f) => f.startsWith(`${stem}.`)); n++) stem = `${base}-${n}`;
  return stem;
}

/** Fetches or reads the article and writes it (and its sidecar) into `seedsDir`; returns the files written. */
export async function addArticle(source: string, { seedsDir = 'seeds', republish = false }: { seedsDir?: string; republish?: boolean } = {}): Promise<string[]> {
  fs.mkdirSync(seedsDir, { recursive: true });
  const isUrl = /^https?:\/\//i.test(source);
  let html: string;
  let pageUrl: string | undefined;
  if (isUrl) {
    const response = await fetch(source, { headers: { 'User-Agent': 'claimtrail-add (+https://github.com/claimtrail)', Accept: 'text/html' } });
    if (!response.ok) throw new Error(`${source}: the server answered ${response.status} ${response.statusText}; check the address, or save the page from a browser and add the file.`);
    html = await response.text();
    pageUrl = response.url || source;
  } else {
    if (!fs.existsSync(source)) throw new Error(`${source}: no such file; give a web address (https://...) or the path of a saved .html, .txt or .md file.`);
    const extension = path.extname(source).toLowerCase();
    if (extension === '.txt' || extension === '.md') {
      const target = path.join(seedsDir, path.basename(source));
      if (fs.existsSync(target)) throw new Error(`${target} exists already; rename the file or remove the old one.`);
      fs.copyFileSync(source, target);
      return [target];
    }
    if (extension !== '.html' && extension !== '.htm') throw new Error(`${source}: expected a .html, .txt or .md file (or a web address).`);
    html = fs.readFileSync(source, 'utf8');
  }
  const metadata = readPageMetadata(html, pageUrl);
  if (!metadata.title) throw new Error(`${source}: the page has no title (no <title>, og:title or headline); save it as a .txt file with the headline on its first line instead.`);
  const stem = freeStem(seedsDir, metadata, path.basename(source, path.extname(source)));
  const page = path.join(seedsDir, `${stem}.html`);
  const sidecar = path.join(seedsDir, `${stem}.json`);
  const fields = Object.fromEntries(Object.entries({ ...metadata, ...(republish ? { republish: true } : {}) }).filter(([, value]) => value !== undefined));
  // Sidecar first: the extractor (and a running `npm run dev`) then sees the page with its metadata.
  fs.writeFileSync(sidecar, `${JSON.stringify(fields, null, 2)}\n`);
  fs.writeFileSync(page, html);
  return [page, sidecar];
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { seeds: { type: 'string', default: 'seeds' }, republish: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) {
    console.error('usage: npm run add -- <url or file> [more...] [--seeds DIR] [--republish]');
    process.exit(2);
  }
  for (const source of positionals) {
    try {
      const files = await addArticle(source, { seedsDir: values.seeds!, republish: values.republish! });
      console.log(`added ${source} → ${files.join(', ')}`);
      if (files[1]) console.log(`  ${fs.readFileSync(files[1], 'utf8').trim().replace(/\n/g, '\n  ')}`);
    } catch (error) {
      console.error(`error: ${(error as Error).message}`);
      process.exitCode = 1;
    }
  }
}
