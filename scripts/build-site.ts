/**
 * `npm run build` after the extraction: the site is built into a temporary folder beside
 * `dist/`, indexed for search there, and put in place of `dist/` only when both succeeded. A
 * failed build (a bad entry, a full disk, a name the file system refuses) leaves the last good
 * site as it was, whole, with its search index.
 *
 *   node scripts/build-site.ts [--dist DIR] [--force]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { removeStaleTemporaryFiles, temporaryFile } from './pipeline/corpus/files.ts';
import { escapeRegExp } from './pipeline/text.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, force: { type: 'boolean', default: false } } });
const dist = path.resolve(values.dist!);
const parent = path.dirname(dist);
const building = temporaryFile(parent, `${path.basename(dist)}-new`);
const replaced = temporaryFile(parent, `${path.basename(dist)}-old`);

restoreInterruptedSwap();
removeStaleTemporaryFiles([parent]);

// The tools run under this Node (the project's), not whichever `node` the shebang finds.
const bin = (pkg: string, file: string) => path.join(import.meta.dirname, '..', 'node_modules', pkg, file);
const step = (label: string, args: string[]) => {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status === 0) return;
  fs.rmSync(building, { recursive: true, force: true });
  console.error(`error: ${label} failed (exit ${result.status ?? result.signal}); ${path.relative(process.cwd(), dist) || dist} is left as it was. Fix the error above and run the build again.`);
  process.exit(1);
};

step('astro build', [bin('astro', 'bin/astro.mjs'), 'build', '--outDir', building, ...(values.force ? ['--force'] : [])]);
step('pagefind', [bin('pagefind', 'lib/runner/bin.cjs'), '--site', building, '--glob', 'claims/*/index.html']);

// Two renames: the old site is out of the way for an instant only, and a run killed in between
// is put right by the next one (`restoreInterruptedSwap`).
if (fs.existsSync(dist)) fs.renameSync(dist, replaced);
fs.renameSync(building, dist);
fs.rmSync(replaced, { recursive: true, force: true });

/** A build killed between the two renames left no `dist/` but the old site under its temporary name: put it back. */
function restoreInterruptedSwap(): void {
  if (fs.existsSync(dist)) return;
  const pattern = new RegExp(`^\\.claimtrail-\\d+-${escapeRegExp(path.basename(dist))}-old\\.tmp$`);
  const left = fs.existsSync(parent) ? fs.readdirSync(parent).find((name) => pattern.test(name)) : undefined;
  if (left) fs.renameSync(path.join(parent, left), dist);
}
