import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseArticle, createAnalyser } from '../../../scripts/pipeline/article/analyse.ts';
import { seedFiles, seedsDir } from '../helpers.ts';

describe('analyseArticle', () => {
  it('reads words that are also names of JavaScript object properties like any other word', () => {
    // "constructor" once made every article containing it fail: a word table answered with Object's own function.
    const text =
      'The constructor said the new bridge would cost 5 million dollars and employ 300 constructor workers, the ministry said on Monday.\n\n' +
      'A Constructor Group official, Valueof Hasownproperty, told reporters the toString valueOf deal was worth 40 million euros on Tuesday.\n';
    const { candidates } = analyseArticle('wire.txt', Buffer.from(text));
    expect(candidates.map((c) => c.quote)).toHaveLength(2);
    expect(candidates[0].quantities).toContainEqual(expect.objectContaining({ value: 5e6 }));
    expect(candidates[1].quantities).toContainEqual(expect.objectContaining({ value: 4e7 }));
  });

  it('keeps what it remembers in the analyser that ran it: a fresh one starts empty and gives the same analysis', () => {
    const name = seedFiles[0];
    const file = path.join(seedsDir, name);
    const sidecar = { file: file.replace(/\.txt$/, '.yml'), text: fs.readFileSync(file.replace(/\.txt$/, '.yml'), 'utf8') };
    const used = createAnalyser();
    const first = used.analyse(`seeds/${name}`, fs.readFileSync(file), sidecar);
    expect(used.memoSize).toBeGreaterThan(100);
    const fresh = createAnalyser();
    expect(fresh.memoSize).toBe(0);
    expect(fresh.analyse(`seeds/${name}`, fs.readFileSync(file), sidecar)).toEqual(first);
    expect(first.candidates.length).toBeGreaterThan(5);
  });
});
