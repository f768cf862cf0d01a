import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../../../scripts/pipeline/article/describe/quantities.ts';

describe('quantities', () => {
  it('reads munitions figures with qualifier and what they count', () => {
    const q = extractQuantities(
      'Russia received more than 10,000 shipping containers – the equivalent of… 260,000 metric tons Munitions or munitions-related materials – from North Korea since September.',
    );
    expect(q[0]).toMatchObject({ value: 10000, unit: 'container', qualifier: 'more than', counts: 'shipping containers' });
    expect(q[1]).toMatchObject({ value: 260000, unit: 'ton' });
  });

  it('reads parts of a whole, durations, percentages, distances and money', () => {
    expect(extractQuantities('Air defences destroyed 19 out of 21 drones that Russia launched.')[0]).toMatchObject({ value: 19, of: 21, unit: 'drone' });
    expect(extractQuantities('They lasted more than an hour and a half.')[0]).toMatchObject({ value: 1.5, unit: 'hour', qualifier: 'more than' });
    expect(extractQuantities('China accounts for more than 90% of North Korea’s trade.')[0]).toMatchObject({ value: 90, unit: 'percent' });
    expect(extractQuantities('They fired missiles a distance of about 170 km (106 miles) at a target.')).toEqual([
      { value: 170, unit: 'km', qualifier: 'about', text: '170 km' },
    ]);
    expect(extractQuantities('Companies will invest US$8.5bil in the energy transition.')[0]).toMatchObject({ value: 8.5e9, unit: 'USD' });
    expect(extractQuantities('Russian forces have fired at least 10 North Korean-made missiles.')[0]).toMatchObject({ value: 10, qualifier: 'at least', unit: 'missile' });
  });

  it('leaves years, times, dates and phrases like "one-on-one" or "the two leaders" alone', () => {
    expect(extractQuantities('The treaty replaces documents sealed back in 1961 and 2000.')).toEqual([]);
    expect(extractQuantities('The agenda includes one-on-one discussions between the two leaders on June 19 at 07:38.')).toEqual([]);
  });

  it('counts the whole noun phrase: a name with its "and" and initials, up to the verb (news-dev 302, 304, 306)', () => {
    expect(extractQuantities('On February 8, two U.S. Agency for International Development Urban Search and Rescue teams arrived in Incirlik to help with rescue and recovery efforts after the devastating earthquakes in Türkiye.')).toEqual([
      { value: 2, unit: 'team', text: 'two U.S. Agency for International Development Urban Search and Rescue teams', counts: 'U.S. Agency for International Development Urban Search and Rescue teams' },
    ]);
    const mobilized = extractQuantities('Under President Biden’s leadership, the Biden-Harris Administration has mobilized 1,500 federal personnel, more than 540 Urban Search and Rescue personnel and three Disaster Survivor Assistance Strike Teams to support states in the path of Hurricane Idalia.');
    expect(mobilized.map((q) => q.text)).toEqual(['1,500 federal personnel', '540 Urban Search and Rescue personnel', 'three Disaster Survivor Assistance Strike Teams']);
    expect(mobilized[2]).toMatchObject({ value: 3, unit: 'team' });
    expect(extractQuantities('More than a dozen federal agencies and departments have been mobilized across the Biden-Harris Administration.')[0]).toMatchObject({ value: 12, qualifier: 'more than', text: 'a dozen federal agencies' });
  });

  it('reads a magnitude as a measure of the earthquake, and a duration without the words after it (news-dev 300, 301, 303)', () => {
    const magnitude = { value: 7.8, unit: 'magnitude', counts: 'earthquake' };
    expect(extractQuantities('On February 6, a magnitude 7.8 earthquake struck central southern Türkiye, close to the Syrian border, followed by dozens of violent aftershocks.')).toEqual([{ ...magnitude, text: 'magnitude 7.8 earthquake' }]);
    expect(extractQuantities('The magnitude 7.8 earthquake resulted from strike-slip faulting at shallow depth.')).toEqual([{ ...magnitude, text: 'magnitude 7.8 earthquake' }]);
    expect(extractQuantities('President Biden directed U.S. officials to provide “any and all needed assistance” after the 7.8 magnitude earthquake leveled buildings and killed thousands of people.')).toEqual([{ ...magnitude, text: '7.8 magnitude earthquake' }]);
    expect(extractQuantities('The earthquake was followed 11 minutes later by a magnitude 6.7 aftershock.')).toEqual([
      { value: 11, unit: 'minute', text: '11 minutes' },
      { value: 6.7, unit: 'magnitude', text: 'magnitude 6.7 aftershock', counts: 'aftershock' },
    ]);
  });

  it('leaves a date written with a slash alone (news-dev 310)', () => {
    expect(extractQuantities('Afterwards, President Zelenskyy, Secretary Austin, and Chairman of the Joint Chiefs of Staff Gen. Milley participated in a wreath-laying ceremony at the Pentagon\'s 9/11 Memorial.')).toEqual([]);
  });
});
