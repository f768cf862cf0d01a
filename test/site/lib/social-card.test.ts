import { describe, expect, test } from 'vitest';
import { socialCardPath, wrapLines } from '../../../src/lib/social-card';

describe('social cards', () => {
  test('a 75-character title wraps into at most three lines without losing a word', () => {
    const title = 'Defense Minister Andrey Belousov was a member of the Russian delegation too';
    const lines = wrapLines(title, 60, 1080, 3);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.join(' ')).toBe(title);
  });

  test('text too long for the lines ends in an ellipsis', () => {
    const lines = wrapLines('word '.repeat(60).trim(), 60, 1080, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });

  test('a rated claim has a card of its own; the others share their category’s', () => {
    expect(socialCardPath({ id: 'a-claim', verdict: 'False', category: 'military' })).toBe('/cards/claims/a-claim.png');
    expect(socialCardPath({ id: 'a-claim', category: 'military' })).toBe('/cards/categories/military.png');
  });
});
