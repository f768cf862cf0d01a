/**
 * The source files a module runs: itself and every project file it imports, followed import
 * by import. A cache keyed by their hash is invalidated by any change to the code that made it,
 * including a module added later (a hand-kept list of file names would miss it).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Static `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')` with a relative path.
const importSpecifier = /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** The project files `file` imports (relative specifiers only; packages are not followed), resolved to absolute paths. */
export function localImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(importSpecifier)) {
    const spec = m[1] ?? m[2] ?? m[3];
    const resolved = path.resolve(path.dirname(file), spec);
    if (!fs.existsSync(resolved)) throw new Error(`${file}: imports "${spec}", which is not a file (${resolved}). Fix the import path.`);
    out.push(resolved);
  }
  return [...new Set(out)];
}

/** `entry` and every project file it reaches through imports, sorted. */
export function sourceFiles(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of localImports(file)) visit(next);
  };
  visit(path.resolve(entry));
  return [...seen].sort();
}

const hashes = new Map<string, string>();
/**
 * Hash of the sources behind `entries` (paths relative to the project, and contents), worked
 * out on first use: a run without a cache never reads them.
 */
export function sourceHash(entries: string[]): string {
  const cacheKey = entries.join('\u0000');
  const known = hashes.get(cacheKey);
  if (known) return known;
  const root = path.resolve(import.meta.dirname, '../../../..');
  const hash = createHash('sha256');
  for (const file of [...new Set(entries.flatMap(sourceFiles))].sort()) hash.update(`${path.relative(root, file)}\u0000`).update(fs.readFileSync(file));
  const digest = hash.digest('hex');
  hashes.set(cacheKey, digest);
  return digest;
}
