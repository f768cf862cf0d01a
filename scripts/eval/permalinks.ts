/**
 * `npm run check:permalinks -- <git revision>`: every permalink published at that revision (an
 * entry's id and its aliases) must still lead somewhere, and to the claim it was cited for. For
 * each one it finds the entry now holding it (as its id or an alias) and checks that entry still
 * carries one of the sentences the old entry quoted. Prints the ones that are lost or that land on
 * an unrelated claim, and exits 1 if there are any.
 *
 * `--repair` gives each lost permalink to the entry that now quotes the sentence it was about, as
 * an alias (an editor field: the extractor keeps it and the site redirects it). A lost permalink
 * whose sentence no entry quotes any more (a passage no longer taken for a claim) is only reported.
 *
 *   node scripts/eval/permalinks.ts [revision] [--claims DIR] [--repair]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { sourceKey } from '../pipeline/corpus/ids.ts';
import { slugify } from '../pipeline/text.ts';

const { values, positionals } = parseArgs({ options: { claims: { type: 'string', default: 'content/claims' }, repair: { type: 'boolean', default: false } }, allowPositionals: true });
const revision = positionals[0] ?? 'HEAD';
const claimsDir = values.claims!;
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 28 });

interface Entry {
  id: string;
  title: string;
  aliases?: string[];
  sources: { article: string; quote: string; item?: string }[];
}

const now = new Map<string, Entry>();
const fileOf = new Map<Entry, string>();
for (const name of fs.readdirSync(claimsDir).filter((f) => f.endsWith('.md'))) {
  const entry = matter(fs.readFileSync(path.join(claimsDir, name), 'utf8')).data as Entry;
  fileOf.set(entry, path.join(claimsDir, name));
  for (const id of [entry.id, ...(entry.aliases ?? [])]) now.set(id, entry);
}
/**
 * The entry now quoting the sentence the old entry was about: the source whose words its id or
 * title was made from (ids were once a sentence's first words), else its only source.
 */
function holderOf(old: Entry, id: string): Entry | undefined {
  const words = (text: string) => slugify(text, 9);
  const lead = old.sources.find((s) => id.replace(/-\d+$/, '') === words(s.quote) || words(old.title.replace(/…$/, '')).startsWith(words(s.quote).split('-').slice(0, 5).join('-')));
  const sentence = lead ?? (old.sources.length === 1 ? old.sources[0] : undefined);
  if (!sentence) return undefined;
  // One sentence may back several entries (a delegation’s members): the one whose id shares most words with the old id and title.
  const oldWords = new Set([...id.split('-'), ...slugify(old.title, 30).split('-')]);
  const shared = (entry: Entry) => entry.id.split('-').filter((w) => oldWords.has(w)).length;
  const holders = [...fileOf.keys()].filter((entry) => entry.sources.some((s) => sourceKey(s) === sourceKey(sentence)));
  return holders.sort((a, b) => shared(b) - shared(a) || (a.id < b.id ? -1 : 1))[0];
}
let repaired = 0;

const published = git('ls-tree', '--name-only', `${revision}:${claimsDir}`).split('\n').filter((f) => f.endsWith('.md'));
let kept = 0;
const problems: string[] = [];
for (const name of published) {
  const old = matter(git('show', `${revision}:${claimsDir}/${name}`)).data as Entry;
  // A sentence the old entry quoted whole may now be read for one of its clauses or items: the
  // entry still quotes it (an old item, though, must be the same item).
  const quoted = new Set(old.sources.map(sourceKey));
  const quotes = (s: Entry['sources'][number]) => quoted.has(sourceKey(s)) || quoted.has(sourceKey({ article: s.article, quote: s.quote }));
  for (const id of [old.id, ...(old.aliases ?? [])]) {
    const entry = now.get(id);
    const holder = !entry && values.repair ? holderOf(old, id) : undefined;
    if (holder) {
      const file = fileOf.get(holder)!;
      const parsed = matter(fs.readFileSync(file, 'utf8'));
      parsed.data.aliases = [...(parsed.data.aliases ?? []), id];
      fs.writeFileSync(file, matter.stringify(parsed.content, parsed.data));
      holder.aliases = parsed.data.aliases;
      now.set(id, holder);
      repaired++;
      console.log(`repaired: /claims/${id}/ (was "${old.title}") is now an alias of ${holder.id}`);
      kept++;
    } else if (!entry) problems.push(`lost: /claims/${id}/ (was "${old.title}") has no entry and no alias`);
    else if (!entry.sources.some(quotes)) problems.push(`unrelated: /claims/${id}/ (was "${old.title}") now leads to ${entry.id} ("${entry.title}"), which quotes none of its sentences`);
    else kept++;
  }
}
for (const p of problems) console.log(p);
console.log(`${kept} of ${kept + problems.length} permalinks published at ${revision} lead to their claim${repaired ? ` (${repaired} repaired as aliases; run the extractor to tidy the files)` : ''}`);
process.exit(problems.length ? 1 : 0);
