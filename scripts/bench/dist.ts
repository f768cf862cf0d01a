/**
 * What a static host sees of a built site: file count and size, the largest file and HTML page,
 * the URLs in the largest sitemap file and the pages under /claims/ per claim (issue 16's limits:
 * no file over 25 MiB, no HTML page over 200 KB, at most 45,000 URLs a sitemap file, one page a claim).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface DistFigures {
  files: number;
  mb: number;
  largestFile: { file: string; mb: number };
  largestHtml: { file: string; kb: number };
  sitemapFiles: number;
  maxSitemapUrls: number;
  /** HTML pages under /claims/<id>/ (alias redirects included) per claim. */
  claimPagesPerClaim: number;
}

export function distFigures(dir: string, claims: number): DistFigures {
  let files = 0;
  let bytes = 0;
  let largestFile = { file: '', bytes: 0 };
  let largestHtml = { file: '', bytes: 0 };
  let claimPages = 0;
  const sitemaps: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(dir, path.join(entry.parentPath, entry.name));
    const size = fs.statSync(path.join(dir, file)).size;
    files++;
    bytes += size;
    if (size > largestFile.bytes) largestFile = { file, bytes: size };
    if (file.endsWith('.html') && size > largestHtml.bytes) largestHtml = { file, bytes: size };
    if (/^claims\/[^/]+\/.*index\.html$/.test(file)) claimPages++;
    if (/^sitemap-\d+\.xml$/.test(file)) sitemaps.push(file);
  }
  const urls = sitemaps.map((file) => (fs.readFileSync(path.join(dir, file), 'utf8').match(/<url>/g) ?? []).length);
  return {
    files,
    mb: bytes / 2 ** 20,
    largestFile: { file: largestFile.file, mb: largestFile.bytes / 2 ** 20 },
    largestHtml: { file: largestHtml.file, kb: largestHtml.bytes / 1024 },
    sitemapFiles: sitemaps.length,
    maxSitemapUrls: Math.max(0, ...urls),
    claimPagesPerClaim: claims ? claimPages / claims : 0,
  };
}
