import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, readConfig } from '../../src/lib/desk-config';
import { defaultRatingScale } from '../../src/lib/rating';
import { mayRepublish } from '../../src/lib/republish';
import { categories } from '../../src/schema';

const root = path.resolve(import.meta.dirname, '../..');
const frConfig = path.join(root, 'test/desk/fixtures/desk-fr.json');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrail-config-'));

/** Writes a config file into the scratch folder and reads it as CLAIMTRAIL_CONFIG would. */
async function errorOf(name: string, text: string): Promise<string> {
  const file = path.join(work, name);
  fs.writeFileSync(file, text);
  try {
    await readConfig({ root, env: { CLAIMTRAIL_CONFIG: file } });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`${name} was accepted`);
}

describe("the desk's configuration", () => {
  test('the demo desk is the integration options in astro.config.mjs, with defaults filled in', async () => {
    const config = await readConfig({ root, env: {} });
    expect(config).toMatchObject({ title: 'claimtrail', language: 'en', locale: 'en-GB', site: 'https://claimtrail.example', base: '/', embeds: false });
    expect(config.organisation.name).toBe('claimtrail');
    expect(config.ratingScale).toEqual(defaultRatingScale);
    expect(config.categories.map((c) => c.key)).toEqual([...categories]);
    expect(config.republishing).toEqual({ policy: 'marked', outlets: [] });
  });

  test('CLAIMTRAIL_CONFIG names another desk; SITE and BASE still override its address', async () => {
    const config = await readConfig({ root, env: { CLAIMTRAIL_CONFIG: path.relative(root, frConfig) } });
    expect(config).toMatchObject({ title: 'Le Vérificateur', language: 'fr', locale: 'fr-FR', site: 'https://verificateur.example' });
    expect(config.ratingScale.labels.map((l) => l.label)).toEqual(['Vrai', 'Plutôt vrai', 'Trompeur', 'Plutôt faux', 'Faux']);
    expect(config.republishing.policy).toBe('none');
    const moved = await readConfig({ root, env: { CLAIMTRAIL_CONFIG: frConfig, SITE: 'https://other.example', BASE: '/verif/' } });
    expect(moved).toMatchObject({ site: 'https://other.example', base: '/verif/' });
  });

  test('a wrong field is named with its file, line and what was expected', async () => {
    const message = await errorOf(
      'wrong.json',
      ['{', '  "title": "Desk",', '  "organisation": { "name": "" },', '  "language": "French",', '  "republishing": { "policy": "sometimes" }', '}'].join('\n'),
    );
    expect(message).toContain(`${path.join(work, 'wrong.json')}:3: organisation.name: expected a non-empty text`);
    expect(message).toContain(`wrong.json:4: language: expected a language tag such as "en" or "fr"`);
    expect(message).toContain(`wrong.json:5: republishing.policy: expected one of "marked", "none", "all"`);
    expect(message).toContain('README');
  });

  test('a rating scale and categories that do not hold together are refused, field by field', async () => {
    const scale = { best: 3, worst: 1, labels: [{ label: 'True', value: 3, colour: '#000000', meaning: 'x' }, { label: 'true', value: 4, colour: 'green', meaning: 'y' }] };
    const message = await errorOf('scale.json', JSON.stringify({ ratingScale: scale, categories: [{ key: 'treaty', label: 'Treaty', description: 'Agreements.' }] }, null, 2));
    expect(message).toContain('ratingScale.labels[1].label: expected each label once; "true" repeats label 0');
    expect(message).toContain('ratingScale.labels[1].value: expected a value between worst (1) and best (3), got 4');
    expect(message).toContain('ratingScale.labels[1].colour: expected a hex colour');
    expect(message).toContain("categories: expected one entry for each of the extractor's categories; missing: munitions, delegation, military, diplomacy, economy, statement, event");
  });

  test('a module config (default export) is read too; a missing file or broken JSON says what to do', async () => {
    const file = path.join(work, 'desk.mjs');
    fs.writeFileSync(file, "export default { title: 'Module Desk', organisation: { name: 'Module Org' }, language: 'de' };\n");
    expect(await readConfig({ root, env: { CLAIMTRAIL_CONFIG: file } })).toMatchObject({ title: 'Module Desk', language: 'de', locale: 'de' });
    expect(await errorOf('broken.json', '{ "title": ')).toMatch(/broken\.json: expected JSON .*Fix the syntax/);
    await expect(readConfig({ root, env: { CLAIMTRAIL_CONFIG: path.join(work, 'absent.json') } })).rejects.toThrow(/absent\.json \(from CLAIMTRAIL_CONFIG\) does not exist/);
  });
});

describe('republishing', () => {
  const marked = { policy: 'marked' as const, outlets: ['Desk News'] };
  test("by default only an article whose metadata allows it, or the desk's own outlet, is published in full", () => {
    expect(mayRepublish({ outlet: 'RT' }, marked)).toBe(false);
    expect(mayRepublish({ outlet: 'RT', republish: false }, marked)).toBe(false);
    expect(mayRepublish({ outlet: 'RT', republish: true }, marked)).toBe(true);
    expect(mayRepublish({ outlet: 'Desk News' }, marked)).toBe(true);
  });
  test('"none" publishes no full text even where the metadata allows it; "all" publishes every article', () => {
    expect(mayRepublish({ outlet: 'Desk News', republish: true }, { policy: 'none', outlets: ['Desk News'] })).toBe(false);
    expect(mayRepublish({ outlet: 'RT' }, { policy: 'all', outlets: [] })).toBe(true);
  });
});
