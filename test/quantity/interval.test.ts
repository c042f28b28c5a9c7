/** Implied precision and qualifiers, as intervals. */
import { describe, expect, it } from 'vitest';
import { intervalOf, precisionOf, QUALIFIERS_BEFORE } from '../../src/quantity/interval.js';

describe('implied precision', () => {
  const cases: ReadonlyArray<readonly [name: string, decimals: number, magnitude: number, exact: boolean, half: number]> = [
    ['7 billion covers 6.95..7.05 billion', 0, 1e9, false, 0.05e9],
    ['93.196 million is exact to the thousand', 3, 1e6, false, 500],
    ['6.97 billion is exact to ten million', 2, 1e9, false, 5e6],
    ['43.08% is exact to the hundredth', 2, 1, false, 0.005],
    ['30,000 yuan is exact to the unit', 0, 1, false, 0.5],
    ['a whole count is exact', 0, 1, true, 0],
  ];
  for (const [name, decimals, magnitude, exact, half] of cases) {
    it(name, () => expect(precisionOf(decimals, magnitude, exact)).toBeCloseTo(half, 6));
  }
});

describe('qualifiers', () => {
  const q = (phrase: string) => QUALIFIERS_BEFORE.get(phrase);
  const cases: ReadonlyArray<readonly [phrase: string, value: number, low: number, high: number]> = [
    ['over', 90, 90, Number.MAX_VALUE],
    ['more than', 3000, 3000, Number.MAX_VALUE],
    ['at least', 20, 20, Number.MAX_VALUE],
    ['upwards of', 2e9, 2e9, Number.MAX_VALUE],
    ['just over', 100, 100, 110],
    ['under', 5, 0, 5],
    ['less than', 2, 0, 2],
    ['just under', 3e9, 2.7e9, 3e9],
    ['up to', 30000, 0, 30000],
    ['as much as', 1e6, 0, 1e6],
    ['around', 432, 388.8, 475.2],
    ['about', 100, 90, 110],
    ['roughly', 45, 40.5, 49.5],
    ['in the region of', 75, 67.5, 82.5],
    ['nearly', 40, 36, 40],
    ['almost', 500, 450, 500],
  ];
  for (const [phrase, value, low, high] of cases) {
    it(`${phrase} ${value}`, () => {
      const [lo, hi] = intervalOf(value, 0, q(phrase));
      expect(lo).toBeCloseTo(low, 6);
      expect(hi).toBeCloseTo(high, 6);
    });
  }

  it('without a qualifier the interval is the precision', () => {
    expect(intervalOf(7e9, 0.05e9, undefined)).toEqual([6.95e9, 7.05e9]);
  });

  it('up to a negative figure spans to zero', () => {
    expect(intervalOf(-5, 0, q('up to'))).toEqual([-5, 0]);
  });
});
