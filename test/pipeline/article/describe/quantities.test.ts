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
});
