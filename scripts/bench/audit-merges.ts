/**
 * `node scripts/bench/audit-merges.ts [--articles 1000] [--out DIR]`: the bench corpus extracted
 * on its own (no cache), then every entry whose sources tell different stories, with the
 * sentences that were joined: what to read when the bench's "merges across different stories"
 * rises. The corpus is the bench's (same seed), so the count matches `npm run bench`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { auditMerges, loadSource, writeCorpus } from './generate-corpus.ts';
import { runExtraction } from '../pipeline/run/run.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, out: { type: 'string' } } });
const count = Number(values.articles);
const work = values.out ? path.resolve(values.out) : fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrail-audit-'));
const corpus = path.join(work, 'corpus');
const content = path.join(work, 'content');
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(corpus, { recursive: true });
const { storyOf } = writeCorpus(corpus, loadSource(path.resolve('seeds')), count);
await runExtraction({ seeds: corpus, out: content });
const claims = path.join(content, 'claims');
const audit = auditMerges(claims, storyOf);
for (const file of fs.readdirSync(claims).filter((f) => f.endsWith('.md')).sort()) {
  const entry = matter(fs.readFileSync(path.join(claims, file), 'utf8')).data as { id: string; sources: { article: string; quote: string }[] };
  const stories = new Set(entry.sources.map((s) => storyOf.get(s.article)));
  if (stories.size < 2) continue;
  console.log(`\n${entry.id} (stories ${[...stories].join(', ')})`);
  for (const s of entry.sources) console.log(`  [${storyOf.get(s.article)}] ${s.article}: ${s.quote.slice(0, 140)}`);
}
console.log(`\n${audit.multiArticle} entries merge several articles, ${audit.crossStory} across different stories; largest entry ${audit.largestEntrySources} sources`);
