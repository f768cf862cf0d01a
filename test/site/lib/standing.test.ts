import { describe, expect, test } from 'vitest';
import { defaultRatingScale } from '../../../src/lib/rating';
import { offScaleColour, standingOf, standingPhrase, textOn } from '../../../src/lib/standing';

/** WCAG contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  };
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}

describe('what a reader sees first about a claim', () => {
  test('a verdict on the scale shows the scale’s label, colour and meaning, whatever the case or hyphens the editor wrote', () => {
    const standing = standingOf({ verdict: 'mostly-true', status: 'corroborated' }, defaultRatingScale);
    expect(standing).toMatchObject({ kind: 'rating', label: 'Mostly true', background: '#4d8c2a', onScale: true, value: 4 });
    expect(standingPhrase(standing)).toBe('Rated Mostly true');
  });

  test('a verdict off the scale is published as written, in the neutral colour', () => {
    const standing = standingOf({ verdict: 'Needs context', status: 'single-source' }, defaultRatingScale);
    expect(standing).toMatchObject({ kind: 'rating', label: 'Needs context', background: offScaleColour, onScale: false });
    expect(standing).not.toHaveProperty('value');
  });

  test('without a verdict, the sourcing status, said to be unrated', () => {
    const standing = standingOf({ status: 'attributed' }, defaultRatingScale);
    expect(standing).toMatchObject({ kind: 'status', label: 'Attributed' });
    expect(standingPhrase(standing)).toBe('Attributed, not rated');
  });

  test('every badge of the default scale has readable text (WCAG AA, 4.5:1)', () => {
    for (const { label, colour } of [...defaultRatingScale.labels, { label: 'off the scale', colour: offScaleColour }]) {
      expect({ label, ratio: contrast(colour, textOn(colour)) >= 4.5 }).toEqual({ label, ratio: true });
    }
  });
});
