import { describe, expect, test } from 'vitest';
import { textDirective, textFragmentUrl } from '../../../src/lib/text-fragment';

describe('text fragments', () => {
  test('a short quote is matched whole, with directive syntax characters encoded', () => {
    expect(textDirective('Kim Jong-un met Putin, briefly & warmly.')).toBe('text=Kim%20Jong%2Dun%20met%20Putin%2C%20briefly%20%26%20warmly.');
  });

  test('a long quote uses its first and last five words', () => {
    const quote = 'Representing Russia are Foreign Minister Sergey Lavrov, Defense Minister Andrey Belousov, among other top officials.';
    expect(textDirective(quote)).toBe('text=Representing%20Russia%20are%20Foreign%20Minister,Belousov%2C%20among%20other%20top%20officials.');
  });

  test('keeps an existing fragment and replaces an existing directive', () => {
    expect(textFragmentUrl('https://example.org/live#post-3', 'Putin arrived')).toBe('https://example.org/live#post-3:~:text=Putin%20arrived');
    expect(textFragmentUrl('https://example.org/a#:~:text=old', 'new words')).toBe('https://example.org/a#:~:text=new%20words');
    expect(textFragmentUrl('https://example.org/a', '   ')).toBe('https://example.org/a');
  });
});
