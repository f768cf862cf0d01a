import { describe, expect, it } from 'vitest';
import { findDelegationMembers, findPeople, nameKey } from '../../../../scripts/pipeline/article/describe/people.ts';

describe('people', () => {
  it('reads a delegation list into one member each, with role and side', () => {
    const members = findDelegationMembers(
      'Representing Russia are Foreign Minister Sergey Lavrov, Defense Minister Andrey Belousov, presidential foreign affairs aide Yury Ushakov, spokesperson Dmitry Peskov and ambassador Aleksandr Matsegora, among other top officials.',
      '',
      new Map(),
    );
    expect(members.map((m) => [m.name, m.role, m.country])).toEqual([
      ['Sergey Lavrov', 'Foreign Minister', 'Russia'],
      ['Andrey Belousov', 'Defense Minister', 'Russia'],
      ['Yury Ushakov', 'presidential foreign affairs aide', 'Russia'],
      ['Dmitry Peskov', 'spokesperson', 'Russia'],
      ['Aleksandr Matsegora', 'ambassador', 'Russia'],
    ]);
  });

  it('takes the side from the sentence before when the list does not say it', () => {
    const members = findDelegationMembers(
      'Among the delegation are Russian Deputy Prime Minister Alexander Novak, the point man for the energy sector; Minister of Natural Resources and Environment Alexander Kozlov; Head of the Roscosmos State Space Corporation Yuri Borisov; and Russian Railways CEO Oleg Belozerov.',
      'The Russian delegation includes high-ranking officials from a broader range of sectors.',
      new Map(),
    );
    expect(members.map((m) => m.name)).toEqual(['Alexander Novak', 'Alexander Kozlov', 'Yuri Borisov', 'Oleg Belozerov']);
    expect(members.every((m) => m.country === 'Russia')).toBe(true);
    expect(members[2].role).toBe('Head of the Roscosmos State Space Corporation');
  });

  it('does not read a mention of delegations as a list of members', () => {
    expect(findDelegationMembers('Talks between Russian President Vladimir Putin and North Korean Supreme Leader Kim Jong-un, involving both countries’ delegations, have concluded in Pyongyang.', '', new Map())).toEqual([]);
  });

  it('matches names across transliterations', () => {
    expect(nameKey('Andrey Belousov')).toBe(nameKey('Andrei Belousov'));
    expect(nameKey('Yuri Ushakov')).toBe(nameKey('Yury Ushakov'));
    expect(nameKey('Kim Jong-un')).toBe(nameKey('Kim Jong Un'));
    expect(nameKey('Aleksandr Matsegora')).toBe(nameKey('Alexander Matsegora'));
    expect(nameKey('Kim Jong-un')).not.toBe(nameKey('Kim Tok-hun'));
  });

  it('finds people by title, apposition and reporting verb, but not places', () => {
    const found = (s: string) => findPeople(s).map((p) => [p.name, p.role]);
    expect(found('A Russian drone damaged windows, Lviv Mayor Andriy Sadovyi wrote on the Telegram messaging app.')).toEqual([['Andriy Sadovyi', 'Lviv Mayor']]);
    expect(found('Lin Jian, a spokesperson for Beijing’s foreign ministry, told reporters that China welcomes the visit.')).toEqual([
      ['Lin Jian', 'spokesperson for Beijing’s foreign ministry'],
    ]);
    expect(found('The ceremony took place at Kim Il Sung Square in Pyongyang.')).toEqual([]);
  });
});
