import { describe, expect, it } from 'vitest';
import { roundingOf, rangeOf } from '../../src/rules/figures.js';
import { dayOf, disjoint, intervalOf } from '../../src/rules/intervals.js';
import { describeQuantity, describeTime } from '../../src/rules/describe.js';
import { count, money, percent, time } from '../../src/testing/index.js';

const iso = (day: number) => (Number.isFinite(day) ? new Date(day * 86_400_000).toISOString().slice(0, 10) : String(day));

describe('intervalOf', () => {
  const table: [string, ReturnType<typeof time>, string, string][] = [
    ['a year', time('2016'), '2016-01-01', '2016-12-31'],
    ['an implied day widens to its month', time('2016-03-04', { implied: ['day'] }), '2016-03-01', '2016-03-31'],
    ['an implied month widens to its year', time('2016-03', { implied: ['month'] }), '2016-01-01', '2016-12-31'],
    ['BEFORE ends the day before', time('2016', { mod: 'BEFORE' }), '-Infinity', '2015-12-31'],
    ['ON_OR_BEFORE ends on the last day', time('2016', { mod: 'ON_OR_BEFORE' }), '-Infinity', '2016-12-31'],
    ['AFTER starts the day after', time('2016', { mod: 'AFTER' }), '2017-01-01', 'Infinity'],
    ['APPROX widens a month by a month', time('2016-06', { mod: 'APPROX' }), '2016-05-01', '2016-07-31'],
    ['EARLY keeps the whole interval', time('2017', { mod: 'EARLY' }), '2017-01-01', '2017-12-31'],
    ['ON_OR_AFTER a year is open-ended', time('2012', { mod: 'ON_OR_AFTER' }), '2012-01-01', 'Infinity'],
    ['ON_OR_AFTER a year, held as of a later day, ends that day', { ...time('2012', { mod: 'ON_OR_AFTER' }), end: '2019-07-02' }, '2012-01-01', '2019-07-02'],
  ];
  for (const [name, t, start, end] of table) {
    it(name, () => {
      const i = intervalOf(t);
      expect([iso(i?.start ?? NaN), iso(i?.end ?? NaN)]).toEqual([start, end]);
    });
  }
  it('an implied year makes a date uncomparable', () => expect(intervalOf(time('2016-03', { implied: ['year'] }))).toBeUndefined());
  it('adjacent years are disjoint, overlapping ones not', () => {
    const [a, b, c] = [intervalOf(time('2015')), intervalOf(time('2016')), intervalOf(time('2016-12'))];
    expect(a && b && disjoint(a, b)).toBe(true);
    expect(b && c && disjoint(b, c)).toBe(false);
  });
  it('reads ISO days', () => expect(dayOf('1970-01-02')).toBe(1));
});

describe('figures', () => {
  const rounding: [number, number][] = [
    [6.97e9, 5e6],
    [0.9, 0.05],
    [29.5, 0.05],
    [7e9, 0.35e9],
    [30, 1.5],
    [4830, 5],
    [0, 0],
  ];
  for (const [value, half] of rounding) it(`${value} may hide ±${half}`, () => expect(roundingOf(value)).toBeCloseTo(half, 6));
  it('keeps the quantity stage’s own interval', () => expect(rangeOf(percent(30, { low: 29, high: 31 }))).toEqual({ low: 29, high: 31 }));
  it("'over' opens the top", () => expect(rangeOf(count(3000, 'x', { approx: 'over' })).high).toBe(Infinity));
  it("'up to' opens the bottom", () => expect(rangeOf(money(30000, 'CNY', { approx: 'up-to' })).low).toBe(0));
  it("'about' is at least ±5%", () => expect(rangeOf(percent(30, { approx: 'around' }))).toEqual({ low: 28.5, high: 31.5 }));
  it('a count with its units digit is exact', () => expect(rangeOf(count(6, 'partners'))).toEqual({ low: 6, high: 6 }));
});

describe('describe', () => {
  const times: [ReturnType<typeof time>, string][] = [
    [time('2015-12-27'), '27 December 2015'],
    [time('2016-12'), 'December 2016'],
    [time('2016'), '2016'],
    [time('2022-Q2'), 'Q2 2022'],
    [time('201X'), 'the 2010s'],
    [time('2016', { mod: 'BEFORE' }), 'before 2016'],
  ];
  for (const [t, text] of times) it(`says ${t.timex}${t.mod ? ` ${t.mod}` : ''} as '${text}'`, () => expect(describeTime(t)).toBe(text));
  const figures: [ReturnType<typeof money>, string][] = [
    [money(3e9, 'CNY'), 'CNY 3 billion'],
    [money(93.196e6, 'CNY'), 'CNY 93.196 million'],
    [percent(29.5), '29.5%'],
    [count(3000, 'businesses', { approx: 'over' }), 'over 3,000 businesses'],
    [money(432e6, 'USD', { approx: 'around' }), 'about USD 432 million'],
  ];
  for (const [q, text] of figures) it(`says '${text}'`, () => expect(describeQuantity(q)).toBe(text));
});
