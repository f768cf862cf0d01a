/**
 * Page weight and search cost, measured on a built site: a tiny static server that counts the
 * bytes it sends (uncompressed, so an upper bound of what a gzip-serving host sends), and
 * headless Chromium typing a first query into the search page.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.xml': 'application/xml',
};

export interface CountingServer {
  url: string;
  /** Bytes and requests served since the last `reset()`. */
  sent: { bytes: number; requests: string[] };
  reset(): void;
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<CountingServer> {
  const sent = { bytes: 0, requests: [] as string[] };
  const server = http.createServer((req, res) => {
    let file = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return void res.writeHead(404).end('not found');
    const body = fs.readFileSync(file);
    sent.bytes += body.length;
    sent.requests.push(`${req.url} ${body.length}`);
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'content-length': body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    reset: () => {
      sent.bytes = 0;
      sent.requests = [];
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface PageWeight {
  pages: number;
  /** HTML plus the stylesheets each page links, in bytes: median and largest page. */
  medianBytes: number;
  maxBytes: number;
  maxPage: string;
}

/** HTML + linked CSS of every claim page (`claims/<id>/index.html`) in a built site. */
export function claimPageWeight(dist: string): PageWeight {
  const claimsDir = path.join(dist, 'claims');
  const cssCache = new Map<string, number>();
  const weights: { page: string; bytes: number }[] = [];
  for (const id of fs.readdirSync(claimsDir)) {
    const file = path.join(claimsDir, id, 'index.html');
    if (!fs.existsSync(file)) continue;
    const html = fs.readFileSync(file, 'utf8');
    if (/http-equiv="refresh"/i.test(html)) continue; // alias redirects are not claim pages
    let bytes = Buffer.byteLength(html);
    for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) {
      const href = m[1].replace(/^\//, '');
      if (!cssCache.has(href)) cssCache.set(href, fs.existsSync(path.join(dist, href)) ? fs.statSync(path.join(dist, href)).size : 0);
      bytes += cssCache.get(href)!;
    }
    weights.push({ page: `/claims/${id}/`, bytes });
  }
  if (!weights.length) throw new Error(`${claimsDir}: no claim pages found; did the Astro build succeed?`);
  weights.sort((a, b) => a.bytes - b.bytes);
  const max = weights.at(-1)!;
  return { pages: weights.length, medianBytes: weights[Math.floor(weights.length / 2)].bytes, maxBytes: max.bytes, maxPage: max.page };
}

export interface SearchCost {
  query: string;
  results: number;
  /** Bytes to load the search page itself (HTML, CSS, scripts it loads eagerly). */
  pageLoadBytes: number;
  /** Bytes fetched from typing the first query until its results are shown (Pagefind runtime, index chunks, fragments). */
  firstQueryBytes: number;
  firstQueryRequests: number;
}

export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function firstSearchCost(dist: string, query: string): Promise<SearchCost> {
  const server = await serveStatic(path.resolve(dist));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
    const pageLoadBytes = server.sent.bytes;
    server.reset();
    await page.fill('#search-query', query);
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0, undefined, { timeout: 30000 });
    await page.waitForLoadState('networkidle');
    const results = await page.locator('#search-results li').count();
    return { query, results, pageLoadBytes, firstQueryBytes: server.sent.bytes, firstQueryRequests: server.sent.requests.length };
  } finally {
    await browser.close();
    await server.close();
  }
}
