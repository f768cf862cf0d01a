/**
 * `npm run score:news-dev`: the extractor on texts about other events, scored by the strict
 * yardstick. Each text of `../shared/eval/news-dev/` (header lines `key: value`, a blank line,
 * then the text) becomes a Markdown article with those header lines as front matter; the five
 * seeds are left out, so the entries come from these texts alone. Output goes to a temporary
 * folder (or `--out DIR`, kept for reading), never to `content/`.
 *
 *   node scripts/eval/news-dev.ts [--eval DIR] [--out DIR] [--verbose] [--json]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toMarkdown } from './news-dev-article.ts';

const { values } = parseArgs({
  options: {
    eval: { type: 'string', default: '../shared/eval' },
    out: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const evalDir = path.resolve(values.eval!);
const textsDir = path.join(evalDir, 'news-dev');
if (!fs.existsSync(textsDir)) {
  console.error(`error: ${textsDir} not found; pass --eval DIR, the folder holding news-dev/ and score-strict.mjs`);
  process.exit(2);
}
const work = values.out ? path.resolve(values.out) : fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrail-news-dev-'));
const seeds = path.join(work, 'seeds');
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(seeds, { recursive: true });

for (const name of fs.readdirSync(textsDir).filter((n) => /^\d{3}_.*\.txt$/.test(n)).sort()) {
  fs.writeFileSync(path.join(seeds, name.replace(/\.txt$/, '.md')), toMarkdown(fs.readFileSync(path.join(textsDir, name), 'utf8')));
}

const node = process.execPath;
execFileSync(node, ['scripts/extract.ts', '--seeds', seeds, '--out', path.join(work, 'content'), '--no-cache', '--quiet'], { stdio: 'inherit' });
const score = [
  path.join(evalDir, 'score-strict.mjs'),
  '--gold', path.join(evalDir, 'news-dev-gold.json'),
  '--articles', textsDir,
  '--claims', path.join(work, 'content', 'claims'),
  ...(values.verbose ? ['--verbose'] : []),
  ...(values.json ? ['--json'] : []),
];
execFileSync(node, score, { stdio: 'inherit' });
if (!values.out) fs.rmSync(work, { recursive: true, force: true });
else console.log(`entries kept in ${path.join(work, 'content', 'claims')}`);
