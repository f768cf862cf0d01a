import { expect, test } from 'vitest';
import { categoryLabel, statusLabel, verdictLabel } from '../../../src/lib/format';
import { labelFromKey } from '../../../src/lib/labels';

test('labels read as words, the same on pages and in search results', () => {
  expect(labelFromKey('single-source')).toBe('Single source');
  expect(statusLabel('single-source')).toBe('Single source');
  expect(verdictLabel('mostly-false')).toBe('Mostly false');
  expect(categoryLabel('munitions')).toBe('Munitions');
});
