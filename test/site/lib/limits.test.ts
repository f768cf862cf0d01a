import { expect, test } from 'vitest';
import { diverseFirst, namesWithMore } from '../../../src/lib/limits';

const sources = ['RT 1', 'RT 2', 'RT 3', 'CNN 1', 'RT 4', 'BBC 1', 'CNN 2'];
const outlet = (s: string) => s.split(' ')[0]!;

test('a capped list takes one item per key first, then fills in order', () => {
  expect(diverseFirst(sources, 3, outlet)).toEqual(['RT 1', 'CNN 1', 'BBC 1']);
  expect(diverseFirst(sources, 5, outlet)).toEqual(['RT 1', 'RT 2', 'RT 3', 'CNN 1', 'BBC 1']);
});

test('a list within the cap is returned whole', () => {
  expect(diverseFirst(sources, 10, outlet)).toEqual(sources);
});

test('a long list of names is cut with a count of the rest', () => {
  expect(namesWithMore(['RT', 'CNN'], 3)).toBe('RT, CNN');
  expect(namesWithMore(['RT', 'CNN', 'BBC', 'AP', 'AFP'], 3)).toBe('RT, CNN, BBC and 2 more');
});
