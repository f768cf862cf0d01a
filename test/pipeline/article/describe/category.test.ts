import { describe, expect, it } from 'vitest';
import { categorise } from '../../../../scripts/pipeline/article/describe/category.ts';
import { standaloneClaim } from '../../../../scripts/pipeline/article/describe/wording.ts';
import { headline } from '../../../../scripts/pipeline/article/describe/headline.ts';
import { claimDate } from '../../../../scripts/pipeline/article/describe/dates.ts';

describe('category', () => {
  it('puts treaty terms, munitions and other topics in their place', () => {
    expect(categorise('Putin has said the Treaty on Comprehensive Strategic Partnership envisages Russia and North Korea providing assistance to each other in the event of aggression.')).toBe('treaty');
    expect(categorise('Russia received more than 10,000 shipping containers of munitions from North Korea.')).toBe('munitions');
    expect(categorise('China accounts for more than 90% of North Korea’s trade.')).toBe('economy');
    expect(categorise('Putin has left the DPRK and will next head to Vietnam.')).toBe('event');
  });
});

describe('standalone wording', () => {
  const referents = { roles: new Map([['russian president', 'Vladimir Putin']]), pair: ['Vladimir Putin', 'Kim Jong-un'] as [string, string] };

  it('resolves pronouns and role phrases the article makes clear, and keeps the rest', () => {
    expect(standaloneClaim({ sentence: 'He also said that a new document had been prepared.', lastPerson: 'Vladimir Putin' }, referents)).toBe(
      'Vladimir Putin also said that a new document had been prepared.',
    );
    expect(standaloneClaim({ sentence: 'Ushakov said the two leaders would now discuss security face-to-face.' }, referents)).toBe(
      'Ushakov said Vladimir Putin and Kim Jong-un would now discuss security face-to-face.',
    );
    expect(
      standaloneClaim({ sentence: 'They lasted more than an hour and a half.', previous: 'The open-format negotiations between Putin and Kim have now ended, Tass news agency reports.' }, referents),
    ).toBe('The open-format negotiations between Putin and Kim lasted more than an hour and a half.');
    expect(standaloneClaim({ sentence: 'We highly appreciate your consistent and unwavering support.', quotedSpeaker: 'Vladimir Putin' }, referents)).toBe(
      'Vladimir Putin said: “We highly appreciate your consistent and unwavering support.”',
    );
  });

  it('keeps titles within 75 characters, as a headline that names who signed what', () => {
    const title = headline({
      claim: 'Following talks in Pyongyang, Russian President Vladimir Putin and North Korean leader Kim Jong-un have signed a Treaty on Comprehensive Strategic Partnership that will replace similar documents sealed back in 1961 and 2000.',
      people: [
        { name: 'Vladimir Putin', role: 'Russian President' },
        { name: 'Kim Jong-un', role: 'North Korean leader' },
      ],
    });
    expect(title.length).toBeLessThanOrEqual(75);
    expect(title).toMatch(/^(?:Vladimir )?Putin and Kim(?: Jong-un)? (?:have )?signed (?:a )?Treaty/);
    expect(title).not.toMatch(/\b(?:back|in|of)$/);
  });

  it('dates a claim from the text against the publication date', () => {
    expect(claimDate('Ukraine’s air force said on Wednesday.', '2024-06-19')).toBe('2024-06-19');
    expect(claimDate('Blinken on Tuesday local time reaffirmed it.', '2024-06-19')).toBe('2024-06-18');
    expect(claimDate('Leaders attended a reception on June 19, 2024 in Pyongyang.')).toBe('2024-06-19');
    expect(claimDate('The country has been under sanctions for years.', '2024-06-19')).toBeUndefined();
  });
});
