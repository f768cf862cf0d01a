import { describe, expect, it } from 'vitest';
import { articleEntry, claimEntry } from '../../src/schema.ts';

const entry = {
  id: 'putin-arrives-in-pyongyang',
  title: 'Putin arrives in Pyongyang',
  claim: 'Putin arrived in Pyongyang.',
  category: 'event',
  status: 'single-source',
  sources: [{ article: '000-guardian', quote: 'Putin arrived in Pyongyang.', paragraph: 'p-1' }],
  history: [{ date: '2024-06-19', change: 'created' }],
};

describe('the content schema', () => {
  it('accepts a plain entry', () => {
    expect(claimEntry.safeParse(entry).success).toBe(true);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/a', '/relative/path'])('refuses the link %s on a source and an article', (url) => {
    const source = claimEntry.safeParse({ ...entry, sources: [{ ...entry.sources[0], url }] });
    expect(source.success).toBe(false);
    const article = articleEntry.safeParse({ slug: '000-guardian', file: 'seeds/a.txt', title: 'A', hash: '0', paragraphs: [], url });
    expect(article.success).toBe(false);
  });

  it('keeps ids, aliases and article slugs to URL-safe slugs, as permalinks are built from them', () => {
    expect(claimEntry.safeParse({ ...entry, aliases: ['old-id-2'] }).success).toBe(true);
    expect(claimEntry.safeParse({ ...entry, aliases: ['../../etc/passwd'] }).success).toBe(false);
    expect(claimEntry.safeParse({ ...entry, id: 'Has Spaces' }).success).toBe(false);
    expect(articleEntry.safeParse({ slug: 'a/b', file: 'seeds/a.txt', title: 'A', hash: '0', paragraphs: [] }).success).toBe(false);
  });
});
