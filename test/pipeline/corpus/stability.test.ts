/**
 * One claim, one entry, whatever else the archive holds: adding articles about other events
 * never changes an existing entry. Checked both ways with the seeds and articles about other
 * events (the bench generator's rewrites of the seeds as other events on other days, always;
 * the news-dev texts too, where ../shared is present).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { runExtraction } from '../../../scripts/pipeline/run/run.ts';
import { loadSource, writeCorpus } from '../../../scripts/bench/generate-corpus.ts';
import { seedsDir } from '../helpers.ts';

const newsDev = path.resolve(import.meta.dirname, '../../../../shared/eval/news-dev');
const date = '2026-11-28';

/**
 * Extract the files of `dirs` together; the entries as written, each under what it rests on (its
 * sources) without its id: two new entries whose headlines give the same id are told apart by a
 * suffix in the order drafts are made, which is the one thing other articles may decide.
 */
async function extract(dirs: string[]): Promise<Map<string, string>> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrail-stability-'));
  const seeds = path.join(work, 'seeds');
  for (const dir of dirs) fs.cpSync(dir, seeds, { recursive: true });
  await runExtraction({ seeds, out: path.join(work, 'content'), workers: 1, date });
  const claims = path.join(work, 'content', 'claims');
  const entries = new Map(
    fs.readdirSync(claims).map((f) => {
      const text = fs.readFileSync(path.join(claims, f), 'utf8');
      const sources = (matter(text).data.sources as { article: string; quote: string; item?: string }[]).map((s) => `${s.article}|${s.quote}|${s.item ?? ''}`);
      return [sources.sort().join('\n'), text.replace(/^id: .*\n/m, '')] as const;
    }),
  );
  fs.rmSync(work, { recursive: true, force: true });
  return entries;
}

/** The news-dev texts as Markdown articles (their header lines as front matter). */
function newsDevArticles(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrail-news-dev-'));
  for (const name of fs.readdirSync(newsDev).filter((n) => /^\d{3}_.*\.txt$/.test(n))) {
    const [header, ...body] = fs.readFileSync(path.join(newsDev, name), 'utf8').split('\n\n');
    const meta = Object.fromEntries(
      header
        .split('\n')
        .map((l) => l.match(/^([a-z_]+):\s*(.*)$/))
        .filter((m): m is RegExpMatchArray => Boolean(m && m[2] && !/^not given$/i.test(m[2])))
        .map((m) => [m[1], m[2]]),
    );
    fs.writeFileSync(path.join(dir, name.replace(/\.txt$/, '.md')), matter.stringify(body.join('\n\n'), meta));
  }
  return dir;
}

/** Every entry of `alone` is in `together`, byte for byte. */
function expectKept(alone: Map<string, string>, together: Map<string, string>) {
  const changed = [...alone].filter(([key, text]) => together.get(key) !== text).map(([key]) => key);
  expect(changed).toEqual([]);
}

describe('entries do not depend on unrelated articles', () => {
  it('keeps every seed entry when articles about other events are added, and theirs when the seeds are', async () => {
    const others = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrail-others-'));
    // Rewrites of the seeds as other events on other days: look-alike sentences, other names and figures.
    writeCorpus(others, loadSource(seedsDir), 20, 7);
    const seeds = await extract([seedsDir]);
    const alone = await extract([others]);
    const together = await extract([seedsDir, others]);
    expectKept(seeds, together);
    expectKept(alone, together);
    fs.rmSync(others, { recursive: true, force: true });
  }, 180_000);

  it.skipIf(!fs.existsSync(newsDev))(`keeps every seed entry when the news-dev texts are added, and theirs${fs.existsSync(newsDev) ? '' : ` (SKIPPED: ${newsDev} not found)`}`, async () => {
    const texts = newsDevArticles();
    const seeds = await extract([seedsDir]);
    const alone = await extract([texts]);
    const together = await extract([seedsDir, texts]);
    expectKept(seeds, together);
    expectKept(alone, together);
    fs.rmSync(texts, { recursive: true, force: true });
  }, 180_000);
});
