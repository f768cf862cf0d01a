import { describe, expect, test } from 'vitest';
import { highlightParagraph } from '../../../src/lib/highlight';

const text = 'The talks lasted an hour and a half. Lavrov attended. Kim waited alone.';

describe('highlightParagraph', () => {
  test('splits a paragraph into plain text and claim sentences, in order', () => {
    const { segments, unplaced } = highlightParagraph(text, [
      { quote: 'Kim waited alone.', claimId: 'kim-waited' },
      { quote: 'Lavrov attended.', claimId: 'lavrov' },
    ]);
    expect(segments).toEqual([
      { text: 'The talks lasted an hour and a half. ' },
      { text: 'Lavrov attended.', claimIds: ['lavrov'] },
      { text: ' ' },
      { text: 'Kim waited alone.', claimIds: ['kim-waited'] },
    ]);
    expect(unplaced).toEqual([]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  test('merges overlapping quotes into one highlight linked to every claim', () => {
    const { segments } = highlightParagraph(text, [
      { quote: 'The talks lasted an hour and a half.', claimId: 'duration' },
      { quote: 'an hour and a half', claimId: 'duration-figure' },
      { quote: 'The talks lasted an hour and a half.', claimId: 'duration' },
    ]);
    expect(segments[0]).toEqual({ text: 'The talks lasted an hour and a half.', claimIds: ['duration', 'duration-figure'] });
  });

  test('reports quotes it cannot find instead of dropping them', () => {
    const { segments, unplaced } = highlightParagraph(text, [{ quote: 'Not in the text.', claimId: 'missing' }, { quote: '', claimId: 'empty' }]);
    expect(segments).toEqual([{ text }]);
    expect(unplaced).toEqual(['missing', 'empty']);
  });
});
