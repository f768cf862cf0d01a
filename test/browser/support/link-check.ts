import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

const attributeUrls = /\s(?:href|src|action)="([^"]*)"/g;
const refreshUrl = /http-equiv="refresh" content="\d+;\s*url=([^"]+)"/g;
const ids = /\sid="([^"]+)"/g;

const decodeEntities = (text: string) =>
  text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/**
 * Every internal link and anchor in a built site must resolve. The site is meant to be
 * served with `dir` at `base`, so a link that forgets the base is reported as broken.
 */
export async function checkLinks(dir: string, base: string): Promise<{ pages: number; links: number; broken: BrokenLink[] }> {
  const files = new Set((await listFiles(dir)).map((file) => path.relative(dir, file).split(path.sep).join('/')));
  const htmlFiles = [...files].filter((file) => file.endsWith('.html'));
  const idCache = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    let found = idCache.get(file);
    if (!found) {
      const html = await readFile(path.join(dir, file), 'utf8');
      found = new Set([...html.matchAll(ids)].map((m) => decodeEntities(m[1]!)));
      idCache.set(file, found);
    }
    return found;
  };

  const broken: BrokenLink[] = [];
  let links = 0;
  for (const page of htmlFiles) {
    const html = await readFile(path.join(dir, page), 'utf8');
    const pageUrl = new URL(`http://site.test${base}${page.replace(/(^|\/)index\.html$/, '$1')}`);
    const urls = [...html.matchAll(attributeUrls), ...html.matchAll(refreshUrl)].map((m) => decodeEntities(m[1]!));
    for (const raw of urls) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw) && !raw.startsWith('http://site.test')) continue; // leaves the site
      links++;
      const url = new URL(raw, pageUrl);
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, link: raw, reason: `outside the base ${base}` });
        continue;
      }
      const relative = decodeURIComponent(url.pathname.slice(base.length));
      const target = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
      if (!files.has(target)) {
        broken.push({ page, link: raw, reason: `no file ${target}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !(await idsOf(target)).has(fragment)) {
        broken.push({ page, link: raw, reason: `no id "${fragment}" in ${target}` });
      }
    }
  }
  return { pages: htmlFiles.length, links, broken };
}
