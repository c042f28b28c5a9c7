import { describe, expect, it } from 'vitest';
import { SentenceDates, sentenceMentions } from '../../src/time/sentence-dates.js';
import { parseTimes } from '../../src/time/index.js';

describe('SentenceDates', () => {
  const cases: { name: string; sentence: string; count: number }[] = [
    { name: 'a sentence with no date', sentence: 'The bank said it was pleased.', count: 0 },
    { name: 'a sentence with a full date', sentence: 'It opened on 27 December 2015.', count: 1 },
    { name: 'a month joined to its year', sentence: 'It opened in January, 1997.', count: 1 },
  ];
  for (const c of cases) {
    it(`${c.name}: the same mentions as a fresh parse, read once`, () => {
      const dates = new SentenceDates();
      const first = dates.mentionsOf(c.sentence);
      expect(first).toEqual(sentenceMentions(c.sentence));
      expect(first).toHaveLength(c.count);
      expect(dates.mentionsOf(c.sentence)).toBe(first);
    });
  }

  it('parseTimes gives the same values with and without shared dates, whatever the reference', () => {
    const text = 'Acme was founded in 2010. Last year it opened in May. On Thursday it said so.';
    const dates = new SentenceDates();
    for (const reference of [undefined, '2016-12-28', '2019']) {
      expect(parseTimes(text, { reference, dates })).toEqual(parseTimes(text, { reference }));
    }
  });
});
