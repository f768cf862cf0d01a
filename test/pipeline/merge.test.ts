import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseArticle, type Candidate } from '../../scripts/pipeline/analyse.ts';
import { mergeAcrossOutlets } from '../../scripts/pipeline/merge.ts';
import { seedFiles, seedsDir } from './helpers.ts';

const seedCandidates: Candidate[] = seedFiles.flatMap((name) => {
  const file = path.join(seedsDir, name);
  const sidecar = file.replace(/\.txt$/, '.yml');
  return analyseArticle(`seeds/${name}`, fs.readFileSync(file), { file: sidecar, text: fs.readFileSync(sidecar, 'utf8') }).candidates;
});
const groupWith = (groups: Candidate[][], quote: RegExp) => groups.filter((g) => g.some((c) => quote.test(c.quote)));

/** One article's candidates, as if another outlet had published the article under `slug`. */
const republished = (slug: string, from: Candidate[]) => from.map((c) => ({ ...c, article: slug }));

describe('mergeAcrossOutlets', () => {
  const groups = mergeAcrossOutlets(seedCandidates);

  it('does not chain loosely related sentences into one entry', () => {
    // "Admired Pyongyang's transformation over the past 24 years" is not the first visit in 24 years.
    const [firstVisit] = groupWith(groups, /first visit to Pyongyang in 24 years/);
    expect(firstVisit.some((c) => /admired/.test(c.quote))).toBe(false);
    // No entry collects unrelated sentences: the largest holds at most one sentence per outlet and a few restatements.
    expect(Math.max(...groups.map((g) => g.length))).toBeLessThanOrEqual(8);
  });

  it('lets a sentence that states two claims support both entries', () => {
    const twoClaims = /On Putin's first trip to the state in 24 years, the two leaders/;
    expect(groupWith(groups, twoClaims).length).toBe(2);
  });

  it('merges wire copy carried by many outlets, and stays linear: stock phrases shared by all of them make no pairs', () => {
    const wire = seedCandidates.filter((c) => c.article.startsWith('004'));
    const carried = Array.from({ length: 40 }, (_, i) => republished(`wire-${i}`, wire)).flat();
    const started = performance.now();
    const merged = mergeAcrossOutlets(carried);
    expect(performance.now() - started).toBeLessThan(2000);
    // Each claim (a sentence, or a delegation member) becomes one entry with all forty outlets.
    expect(merged.length).toBe(mergeAcrossOutlets(wire).length);
    for (const group of merged) expect(new Set(group.map((c) => c.article)).size).toBe(40);
  });

  it('gives the same groups on every run', () => {
    const again = mergeAcrossOutlets([...seedCandidates]);
    expect(again.map((g) => g.map((c) => `${c.article}:${c.order}`))).toEqual(groups.map((g) => g.map((c) => `${c.article}:${c.order}`)));
  });
});
