import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { claimEntry } from '../../../src/schema';
import { historySentence, type HistoryContext } from '../../../src/lib/history-words';

const root = path.resolve(import.meta.dirname, '../../..');
/** A real entry of the demo corpus, as the extractor wrote it. */
const entry = (id: string) => claimEntry.parse(matter(readFileSync(path.join(root, 'content/claims', `${id}.md`), 'utf8')).data);
const context = (outletsNow: string[], titles: Record<string, string> = {}): HistoryContext => ({
  outletsNow,
  outletOfArticle: () => undefined,
  titleOf: (id) => titles[id],
});

describe('history lines in words', () => {
  test('a dropped sentence from an outlet still listed does not read as that outlet removed', () => {
    const claim = entry('kim-jong-un-personally-greeted-putin-upon-his-arrival');
    const removed = claim.history.find((item) => item.change === 'source removed')!;
    const outlets = [...new Set(claim.sources.map((s) => s.outlet!))];
    const sentence = historySentence(removed, context(outlets));
    for (const outlet of removed.detail!.split(', ')) {
      if (outlets.includes(outlet)) expect(sentence).toContain(`A sentence from ${outlet} no longer counts as a source`);
      else expect(sentence).toContain(`The report by ${outlet} was removed as a source.`);
    }
  });

  test('an outlet name with a comma inside brackets stays one outlet', () => {
    const sentence = historySentence({ date: '2024-06-20', change: 'source added', detail: 'RT, The Korea Herald (via The Star, ANN)' }, context([]));
    expect(sentence).toBe('Reports by RT and The Korea Herald (via The Star, ANN) were added as sources.');
  });

  test('a merge names the other entry by its title, never by its id', () => {
    const claim = entry('kim-jong-un-personally-greeted-putin-upon-his-arrival');
    const merged = claim.history.find((item) => item.change === 'merged');
    const item = merged ?? { date: '2024-06-20', change: 'merged' as const, detail: 'merged with kim-greets-putin' };
    const other = item.detail!.replace('merged with ', '');
    expect(historySentence(item, context([], { [other]: 'Kim greets Putin at the airport' }))).toBe('Merged with the entry “Kim greets Putin at the airport”.');
    // An absorbed entry no longer has a page of its own: say so, without its id.
    const unnamed = historySentence(item, context([]));
    expect(unnamed).not.toContain(other);
    expect(unnamed).toContain('its old address now leads here');
  });

  test('status changes use the labels readers see', () => {
    expect(historySentence({ date: '2024-06-21', change: 'status changed', detail: 'single-source → attributed' }, context([]))).toBe(
      'Status changed from Single source to Attributed.',
    );
  });
});
