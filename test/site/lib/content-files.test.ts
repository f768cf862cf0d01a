import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { contentChanged, readContent, splitEntry } from '../../../src/lib/content-files';
import { loadCorpus } from '../../../src/lib/corpus';

const fixtures = path.join(import.meta.dirname, '../fixtures/content');
const belousovFile = path.join(fixtures, 'claims', 'belousov-in-russian-delegation.md');
const belousov = fs.readFileSync(belousovFile, 'utf8');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrail-content-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A content folder holding the fixture articles and the given claim files (name → text). */
function contentWith(name: string, claims: Record<string, string>): string {
  const root = path.join(work, name);
  fs.cpSync(path.join(fixtures, 'articles'), path.join(root, 'articles'), { recursive: true });
  for (const [file, text] of Object.entries(claims)) {
    fs.mkdirSync(path.dirname(path.join(root, 'claims', file)), { recursive: true });
    fs.writeFileSync(path.join(root, 'claims', file), text);
  }
  return root;
}

const withBody = (text: string, body: string) => `${text.trimEnd()}\n\n${body}\n`;
const renamed = (text: string, id: string) => text.replace(/^id: .*$/m, `id: ${id}`);

describe('readContent', () => {
  test('reads a claim entry as written: its quotes, reviewer and people', () => {
    const { claims } = readContent(fixtures);
    const entry = claims.find((c) => c.data.id === 'belousov-in-russian-delegation')!;
    expect(entry.data.claim).toBe('Defense Minister Andrey Belousov was part of the Russian delegation at the talks in Pyongyang.');
    expect(entry.data.sources.map((s) => s.outlet)).toEqual(['RT', 'The Korea Herald']);
    expect(entry.data.sources[1]!.quote).toContain('Defense Minister Andrei Belousov, Deputy Defense Minister Aleksey Krivoruchko');
    expect(entry.data.reviewed_by).toBe('Jane Doe');
    expect(entry.data.people?.[0]).toEqual({ name: 'Andrey Belousov', slug: 'andrey-belousov', role: 'Defense Minister', country: 'Russia' });
    // The schema's defaults apply, as they did in the content collection.
    expect(entry.data.aliases).toEqual([]);
    expect(entry.body).toBe('');
  });

  test('reads the articles with their paragraphs', () => {
    const { articles } = readContent(fixtures);
    const rt = articles.find((a) => a.slug === 'rt-putin-state-visit-north-korea')!;
    expect(rt.outlet).toBe('RT');
    expect(rt.paragraphs[0]).toEqual({ id: 'p-1', text: 'Putin’s state visit to North Korea: As it happened', kind: 'heading' });
  });

  test("keeps an editor's Markdown body, trimmed, and reads entries in subfolders but not the extractor's records", () => {
    const root = contentWith('body', {
      'belousov.md': withBody(belousov, 'The Kremlin list spells it **Andrey**.'),
      'desk/lavrov-extra.md': renamed(belousov, 'lavrov-extra'),
      '.machine/stray.md': renamed(belousov, 'stray'),
      '.belousov.md.swp': 'not an entry',
    });
    const { claims } = readContent(root);
    expect(claims.map((c) => c.data.id).sort()).toEqual(['belousov-in-russian-delegation', 'lavrov-extra']);
    expect(claims.find((c) => c.data.id === 'belousov-in-russian-delegation')!.body).toBe('The Kremlin list spells it **Andrey**.');
  });

  test('two files with one id: the later is shown, and the build log says which', () => {
    const root = contentWith('twice', { 'a-belousov.md': belousov, 'b-belousov.md': belousov.replace('reviewed_by: Jane Doe', 'reviewed_by: John Roe') });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const { claims } = readContent(root);
      expect(claims.map((c) => c.data.reviewed_by)).toEqual(['John Roe']);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/a-belousov\.md and claims\/b-belousov\.md both have the id "belousov-in-russian-delegation"; the site shows claims\/b-belousov\.md/));
    } finally {
      warn.mockRestore();
    }
  });

  test('an entry the schema refuses fails the read, naming the file and the field', () => {
    const root = contentWith('refused', { 'belousov.md': belousov, 'broken.md': '---\nid: Not A Slug!\ntitle: Broken\n---\n' });
    expect(() => readContent(root)).toThrow(/broken\.md: id: expected a lowercase slug/);
    expect(() => readContent(root)).toThrow(/broken\.md: claim: /);
  });

  test('front matter that is not YAML fails the read, naming the file and the line', () => {
    const root = contentWith('yaml', { 'belousov.md': belousov.replace('title: Andrey Belousov was in the Russian delegation', 'title: "Andrey Belousov was in\n  the delegation') });
    expect(() => readContent(root)).toThrow(/belousov\.md:\d+:\d+: /);
  });
});

describe('splitEntry', () => {
  test('front matter and body, as Astro read Markdown entries', () => {
    expect(splitEntry('---\ntitle: Kim promises full support\n---\n\nThe *Herald* says so.\n')).toEqual({ data: { title: 'Kim promises full support' }, body: 'The *Herald* says so.' });
    expect(splitEntry('No front matter here.\n')).toEqual({ data: {}, body: 'No front matter here.' });
  });
});

describe('loadCorpus', () => {
  test('reads the files once, and again after the dev server says they changed', async () => {
    const root = contentWith('dev', { 'belousov.md': belousov });
    const previous = process.env.CLAIMTRAIL_CONTENT;
    process.env.CLAIMTRAIL_CONTENT = root;
    try {
      contentChanged();
      const first = await loadCorpus();
      expect([...first.claimById.keys()]).toEqual(['belousov-in-russian-delegation']);
      fs.writeFileSync(path.join(root, 'claims', 'krivoruchko.md'), renamed(belousov, 'krivoruchko-in-delegation'));
      expect(await loadCorpus()).toBe(first);
      contentChanged();
      const second = await loadCorpus();
      expect(second.claimById.get('krivoruchko-in-delegation')?.outlets).toEqual(['RT', 'The Korea Herald']);
    } finally {
      if (previous === undefined) delete process.env.CLAIMTRAIL_CONTENT;
      else process.env.CLAIMTRAIL_CONTENT = previous;
    }
  });
});
