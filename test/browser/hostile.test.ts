import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';

/** Every element of a page as the HTML parser sees it, with the text of scripts. */
function parsedElements(html: string) {
  const found: { name: string; attrs: { name: string; value: string }[]; text: string }[] = [];
  const visit = (node: DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document']) => {
    if ('tagName' in node) {
      const text = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
      found.push({ name: node.tagName, attrs: node.attrs, text });
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
    if ('content' in node) visit(node.content as never);
  };
  visit(parse(html));
  return found;
}

let browser: Browser;
let pages: { file: string; html: string }[];

beforeAll(async () => {
  browser = await launchChromium();
  const dist = inject('hostileDistDir');
  const files = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html'));
  pages = await Promise.all(files.map(async (file) => ({ file, html: await readFile(path.join(dist, file), 'utf8') })));
});
afterAll(() => browser?.close());

describe('a build from hostile content', () => {
  test('renders the hostile article and claim (so the check below is not vacuous)', () => {
    const files = pages.map((p) => p.file);
    expect(files).toContain(path.join('claims', 'hostile-claim', 'index.html'));
    expect(files).toContain(path.join('sources', 'hostile-article', 'index.html'));
    const article = pages.find((p) => p.file.startsWith('sources'))!.html;
    expect(article).toContain('&lt;script&gt;window.__pwned');
  });

  test('no page carries a live script, event handler or javascript: URL from the content', () => {
    for (const { file, html } of pages) {
      const elements = parsedElements(html);
      expect(elements.length, file).toBeGreaterThan(10);
      for (const { name, attrs, text } of elements) {
        if (name === 'script') {
          // Inline, or the site's own bundle under _astro/ (Astro links a script once it passes 4 KB).
          expect(attrs, file).toEqual([
            { name: 'type', value: expect.stringMatching(/^(?:module|application\/ld\+json)$/) },
            ...attrs.slice(1).map(() => ({ name: 'src', value: expect.stringMatching(/^\/(?:[\w-]+\/)*_astro\/[\w.-]+\.js$/) })),
          ]);
          // JSON-LD may quote the payload as data: it must stay JSON, with no `<` to close the tag.
          if (attrs[0]!.value === 'module') expect(text, file).not.toContain('__pwned');
          else {
            expect(() => JSON.parse(text), file).not.toThrow();
            expect(text, file).not.toContain('<');
          }
        }
        expect(name, file).not.toMatch(/^(?:iframe|img|object|embed)$/);
        // The only SVG is the site's own charts, drawn at build time with these classes.
        if (name === 'svg') expect(attrs.find((a) => a.name === 'class')?.value, file).toMatch(/^(?:bars|timeline|swatch)$/);
        for (const { name: attribute, value } of attrs) {
          expect(attribute, file).not.toMatch(/^on/i);
          if (/^(?:href|src|action|formaction)$/.test(attribute)) expect(value, file).not.toMatch(/^\s*javascript:/i);
        }
      }
    }
  });

  test('in Chromium, no payload runs and the DOM holds no handler or javascript: URL', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // Pages that carry a payload (the over-merged entry's people pages carry none).
    const hostilePages = pages.filter(({ html }) => html.includes('__pwned'));
    expect(hostilePages.length).toBeGreaterThan(5);
    for (const { file } of hostilePages) {
      const url = inject('hostileSiteUrl') + file.split(path.sep).join('/').replace(/index\.html$/, '');
      // networkidle also lets an alias page finish its redirect before the DOM is inspected.
      await page.goto(url, { waitUntil: 'networkidle' });
      const found = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
        jsUrls: [...document.querySelectorAll('[href],[src],[action]')]
          .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
          .filter((value) => /^\s*javascript:/i.test(value)),
      }));
      expect({ file, ...found }).toEqual({ file, pwned: null, handlers: [], jsUrls: [] });
    }
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
