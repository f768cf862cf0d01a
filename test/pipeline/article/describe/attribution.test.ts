import { describe, expect, it } from 'vitest';
import { findAttribution } from '../../../../scripts/pipeline/article/describe/attribution.ts';

describe('attribution', () => {
  it('keeps the speaker apart from the channel that carried the words', () => {
    expect(findAttribution('Wednesday’s agenda includes a gala concert, Russia’s Interfax news agency quoted Putin’s foreign policy adviser Yuri Ushakov as saying.')).toEqual({
      kind: 'reported',
      via: ['Russia’s Interfax news agency'],
      speaker: 'Putin’s foreign policy adviser Yuri Ushakov',
    });
    expect(findAttribution('The negotiations between Putin and Kim have now ended, Tass news agency reports.')).toEqual({ kind: 'reported', via: ['Tass news agency'] });
  });

  it('reads "according to" statements and direct quotes', () => {
    expect(findAttribution('Russia received more than 10,000 containers from North Korea, according to the United States statement In February.')?.speaker).toBe('the United States statement');
    const quote = findAttribution('“According to objective control data, the combat exercise was completed successfully,” Interfax said, citing the fleet statement.');
    expect(quote).toEqual({ kind: 'quote', via: ['Interfax'], speaker: 'the fleet statement' });
  });

  it('resolves pronouns through the resolver it is given', () => {
    expect(findAttribution('The agreement is not directed against any particular state, he added.', (p) => (p === 'he' ? 'Yury Ushakov' : p))?.speaker).toBe('Yury Ushakov');
  });

  it('finds no attribution where the outlet speaks for itself', () => {
    expect(findAttribution('Lviv city is the administrative centre of the Lviv region in western Ukraine.')).toBeUndefined();
  });
});
