import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectCheckworthy } from '../../../scripts/pipeline/article/detect.ts';

describe('detect', () => {
  it.each([
    'Ukraine’s air defence systems destroyed 19 out of 21 drones that Russia launched overnight targeting several regions, Ukraine’s air force said on Wednesday.',
    'Putin has left the DPRK and will next head to Vietnam.',
    'North Korea has been under harsh UNSC restrictions since 2006, when the country carried out its first nuclear bomb test.',
    'Lviv city is the administrative centre of the Lviv region in western Ukraine.',
  ])('finds a factual claim: %s', (sentence) => {
    expect(detectCheckworthy(sentence).checkworthy).toBe(true);
  });

  it.each([
    'Check out our explainer on what North Korea and Russia have to offer each other:',
    'The Russian president said:',
    'Will Moscow now send more troops?',
    'A few more images from Pyongyang, where the streets were prepped in advance for Putin’s visit:',
    'Share',
  ])('passes over what is not a claim: %s', (sentence) => {
    expect(detectCheckworthy(sentence).checkworthy).toBe(false);
  });

  it('explains its decision', () => {
    expect(detectCheckworthy('Will Moscow now send more troops?').reasons).toContain('-3 question');
  });

  // A sanity anchor on spoken debate text, not a target: the detector must stay well above chance.
  // The sample lives outside the repository (../shared): without it the test is reported as skipped, never as passed.
  const csv = path.resolve(import.meta.dirname, '../../../../shared/eval/checkworthy/claimbuster-2.5xNCS-sample5000.csv');
  const missing = !fs.existsSync(csv);
  it.skipIf(missing)(`keeps precision and recall on the ClaimBuster sample above a floor${missing ? ` (SKIPPED: ${csv} not found)` : ''}`, () => {
    const rows = [...fs.readFileSync(csv, 'utf8').matchAll(/(?:^|\n)(?:"((?:[^"]|"")*)"|([^,\n]*)),(\d),(\d+)/g)].map((m) => ({
      text: (m[1] ?? m[2]).replace(/""/g, '"'),
      label: m[3] === '1',
    }));
    expect(rows.length).toBe(5000);
    let tp = 0, fp = 0, fn = 0;
    for (const r of rows) {
      const hit = detectCheckworthy(r.text).checkworthy;
      if (hit && r.label) tp++;
      else if (hit) fp++;
      else if (r.label) fn++;
    }
    expect(tp / (tp + fp)).toBeGreaterThan(0.55);
    expect(tp / (tp + fn)).toBeGreaterThan(0.6);
  });
});
