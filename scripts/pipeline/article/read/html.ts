/** Input format, a browser-saved page (`.html`, `.htm`): Readability finds the main text, metadata comes from the page's meta tags. */
import { createRequire } from 'node:module';
import { InputError, type BlockKind, type InputFormat, type RawBlock } from './input.ts';

// The parsers load on first use: a run over plain text, or one whose analyses all come from
// the cache, does not pay for them (a quarter second per process).
const require = createRequire(import.meta.url);
const parseHTML = (html: string) => (require('linkedom') as typeof import('linkedom')).parseHTML(html);
const readability = () => (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability;

const blockSelector = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,figcaption,pre,td,dd,dt';

/**
 * Bounds on a page's element tree. Parsing is linear, but finding the main text is not: 400
 * nested elements take Readability 4 s, 800 take 43 s, 2,000 minutes (and deeper ones overflow
 * the stack). News pages nest 20 to 60 deep and hold a few thousand elements.
 */
export const htmlLimits = { depth: 200, elements: 60_000 } as const;

/** Refuse a page past `htmlLimits`, measured without recursion (the tree may be 10,000 deep). */
function checkTree(file: string, root: Element): void {
  let elements = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > htmlLimits.depth)
      throw new InputError(file, undefined, `the page nests elements more than ${htmlLimits.depth} deep, deeper than any article page`, 'Save the article as plain text (.txt) or Markdown, or save the page again from the browser');
    if (++elements > htmlLimits.elements)
      throw new InputError(file, undefined, `the page has more than ${htmlLimits.elements.toLocaleString('en')} elements, more than any article page`, 'Save the article as plain text (.txt) or Markdown, or save only the article from the browser');
    for (const child of el.children) stack.push([child, depth + 1]);
  }
}

export function htmlToBlocks(html: string, file = 'HTML'): RawBlock[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  checkTree(file, document.documentElement);
  return blocksFromElements(document.body);
}

function blocksFromElements(root: Element): RawBlock[] {
  const blocks: RawBlock[] = [];
  for (const el of root.querySelectorAll(blockSelector)) {
    // Only the innermost block element speaks, so text is never taken twice.
    if (el.querySelector(blockSelector)) continue;
    const tag = el.tagName.toLowerCase();
    const kind: BlockKind = /^h\d$/.test(tag)
      ? 'heading'
      : tag === 'figcaption'
        ? 'caption'
        : el.closest('blockquote')
          ? 'quote'
          : tag === 'li'
            ? 'list-item'
            : 'text';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ index: blocks.length + 1, text, kind });
  }
  return blocks;
}

function metaFromHtml(document: Document): Record<string, unknown> {
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  return {
    title: meta('meta[property="og:title"]') ?? document.querySelector('title')?.textContent?.trim(),
    outlet: meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]'),
    author: meta('meta[name="author"]') ?? meta('meta[property="article:author"]'),
    published: meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
    url: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]'),
  };
}

/** A browser-saved page: Readability finds the main text; nav, ads and scripts are left behind. */
export function readHtml(file: string, html: string): { data: Record<string, unknown>; blocks: RawBlock[] } {
  const { document } = parseHTML(html);
  checkTree(file, document.documentElement);
  // A page's own canonical link may be relative or odd; unlike an editor's `url`, it is dropped, not an error.
  const data = Object.fromEntries(Object.entries(metaFromHtml(document)).filter(([k, v]) => v && (k !== 'url' || /^https?:\/\/\S+$/.test(String(v)))));
  for (const el of document.querySelectorAll('script,style,noscript,template,iframe,nav,footer,aside,form,button,svg'))
    el.remove();
  const Readability = readability();
  const main = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  const blocks = main?.content ? htmlToBlocks(main.content) : blocksFromElements(document.body);
  if (!blocks.length) throw new InputError(file, undefined, 'no article text found in the HTML page', 'Save the page as "Web page, complete" or paste the text into a .txt file');
  if (!data.title && main?.title) data.title = main.title;
  if (!data.author && main?.byline) data.author = main.byline;
  if (!data.outlet && main?.siteName) data.outlet = main.siteName;
  return { data, blocks };
}

export const htmlFormat: InputFormat = {
  extensions: ['.html', '.htm'],
  read: readHtml,
};
