/**
 * `npm run add -- <url or file>` against a local web server serving a real seed article as a
 * news page (never the internet): the page lands in seeds/ with its metadata, and the
 * extractor reads it as an article with that title, outlet, author, date and address.
 */
import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readPageMetadata } from '../../scripts/add.ts';
import { runExtraction } from '../../scripts/pipeline/run/run.ts';
import { articleEntry } from '../../src/schema';
import { projectRoot, run } from '../browser/support/build-site';

const seedsDir = path.join(projectRoot, 'seeds');
const rtText = fs.readFileSync(path.join(seedsDir, fs.readdirSync(seedsDir).find((f) => f.startsWith('001') && f.endsWith('.txt'))!), 'utf8');
const [headline, ...paragraphs] = rtText.split('\n').filter((line) => line.trim());
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** RT's report as its web page would carry it: Open Graph, a relative canonical link, JSON-LD. */
const rtPage = `<!doctype html><html lang="en"><head>
<title>${escape(headline!)} — RT World News</title>
<meta property="og:title" content="${escape(headline!)}">
<meta property="og:site_name" content="RT">
<link rel="canonical" href="/russia/599552-putin-north-korea-visit/">
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'RT' }, { '@type': 'NewsArticle', headline, datePublished: '2024-06-19T05:12:00+03:00', author: [{ '@type': 'Person', name: 'RT staff' }], publisher: { '@type': 'Organization', name: 'RT' } }] })}</script>
</head><body><nav><a href="/">Home</a> <a href="/news/">News</a></nav>
<article><h1>${escape(headline!)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</article>
<footer>© RT</footer></body></html>`;

let server: Server;
let origin: string;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrail-add-'));

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url?.startsWith('/russia/599552-putin-north-korea-visit/')) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(rtPage);
    } else response.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(work, { recursive: true, force: true });
});

describe('npm run add', () => {
  test('saves a page from its address with its metadata, and the extractor reads it as that article', async () => {
    const seeds = path.join(work, 'seeds');
    const { code, output } = await run('npm', ['run', 'add', '--', `${origin}/russia/599552-putin-north-korea-visit/?utm_source=feed`, '--seeds', seeds]);
    expect(code, output).toBe(0);
    const saved = fs.readdirSync(seeds).sort();
    expect(saved).toHaveLength(2);
    const [page, sidecar] = [saved.find((f) => f.endsWith('.html'))!, saved.find((f) => f.endsWith('.json'))!];
    expect(page.replace(/\.html$/, '')).toBe(sidecar.replace(/\.json$/, ''));
    expect(page.startsWith('2024-06-19-putins-state-visit-to-north-korea')).toBe(true);
    expect(fs.readFileSync(path.join(seeds, page), 'utf8')).toBe(rtPage);
    expect(JSON.parse(fs.readFileSync(path.join(seeds, sidecar), 'utf8'))).toEqual({
      title: headline,
      outlet: 'RT',
      author: 'RT staff',
      published: '2024-06-19',
      url: `${origin}/russia/599552-putin-north-korea-visit/`,
    });

    const out = path.join(work, 'content');
    const report = await runExtraction({ seeds, out, date: '2024-06-20' });
    expect(report.errors).toEqual([]);
    expect(report.claims).toBeGreaterThan(10);
    const [articleFile] = fs.readdirSync(path.join(out, 'articles'));
    const article = articleEntry.parse(JSON.parse(fs.readFileSync(path.join(out, 'articles', articleFile!), 'utf8')));
    expect(article).toMatchObject({ title: headline, outlet: 'RT', author: 'RT staff', published: '2024-06-19', url: `${origin}/russia/599552-putin-north-korea-visit/` });
    // The page's navigation and footer are not article text.
    expect(article.paragraphs.map((p) => p.text)).not.toContain('© RT');
  });

  test('a second copy gets its own name; --republish is recorded; a saved .html file works as an address does', async () => {
    const seeds = path.join(work, 'seeds-file');
    const saved = path.join(work, 'rt.html');
    fs.writeFileSync(saved, rtPage);
    expect((await run('npm', ['run', 'add', '--', saved, '--seeds', seeds, '--republish'])).code).toBe(0);
    expect((await run('npm', ['run', 'add', '--', saved, '--seeds', seeds])).code).toBe(0);
    const sidecars = fs.readdirSync(seeds).filter((f) => f.endsWith('.json')).sort();
    expect(sidecars).toEqual(['2024-06-19-putins-state-visit-to-north-korea-as-it-happened-2.json', '2024-06-19-putins-state-visit-to-north-korea-as-it-happened.json']);
    const first = JSON.parse(fs.readFileSync(path.join(seeds, sidecars[1]!), 'utf8'));
    expect(first).toMatchObject({ outlet: 'RT', republish: true });
    // No address to resolve the relative canonical link against: no url rather than a wrong one.
    expect(first.url).toBeUndefined();
  });

  test('a missing page or file fails with the address, the reason and what to do', async () => {
    const missing = await run('npm', ['run', 'add', '--', `${origin}/no-such-page/`, '--seeds', path.join(work, 'none')]);
    expect(missing.code).not.toBe(0);
    expect(missing.output).toContain(`${origin}/no-such-page/: the server answered 404`);
    expect(missing.output).toContain('save the page from a browser');
    const noFile = await run('npm', ['run', 'add', '--', path.join(work, 'absent.html'), '--seeds', path.join(work, 'none')]);
    expect(noFile.output).toContain('absent.html: no such file');
  });

  test('metadata from JSON-LD alone, when a page has no Open Graph tags', () => {
    const html = `<html><head><title>Site | Headline</title><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Kim promises Putin full support', datePublished: '2024-06-20', author: { name: 'Jane Doe' }, publisher: { name: 'The Korea Herald' }, url: 'https://www.koreaherald.com/view.php?ud=1' })}</script></head><body></body></html>`;
    expect(readPageMetadata(html)).toEqual({ title: 'Kim promises Putin full support', outlet: 'The Korea Herald', author: 'Jane Doe', published: '2024-06-20', url: 'https://www.koreaherald.com/view.php?ud=1' });
  });
});
