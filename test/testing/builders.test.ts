import { describe, expect, it } from 'vitest';
import { attribute, count, doc, entity, event, money, percent, role, time } from '../../src/testing/index.js';

describe('time', () => {
  const table = [
    ['2016', '2016-01-01', '2016-12-31', 'year'],
    ['2016-02', '2016-02-01', '2016-02-29', 'month'],
    ['2015-12-27', '2015-12-27', '2015-12-27', 'day'],
    ['2022-Q2', '2022-04-01', '2022-06-30', 'quarter'],
    ['2022-H2', '2022-07-01', '2022-12-31', 'half'],
    ['201X', '2010-01-01', '2019-12-31', 'decade'],
  ] as const;
  for (const [timex, start, end, granularity] of table) {
    it(`builds ${timex}`, () => expect(time(timex)).toMatchObject({ timex, start, end, granularity, anchor: 'absolute', implied: [] }));
  }
  for (const bad of ['16', '2016-13-x', 'June 2016', '2022-Q5', '']) {
    it(`refuses '${bad}'`, () => expect(() => time(bad)).toThrow(/not a TIMEX3 value/u));
  }
  it('keeps a modifier and implied parts', () => {
    expect(time('2016', { mod: 'BEFORE', implied: ['month'], anchor: 'publication' })).toMatchObject({ mod: 'BEFORE', implied: ['month'], anchor: 'publication' });
  });
});

describe('figures', () => {
  it('money with an equivalent', () => {
    expect(money(3e9, 'CNY', { equivalent: money(432e6, 'USD', { approx: 'around' }) })).toEqual({
      kind: 'money', value: 3e9, low: 3e9, high: 3e9, unit: 'CNY', equivalent: { kind: 'money', value: 432e6, low: 432e6, high: 432e6, unit: 'USD', approx: 'around' },
    });
  });
  it('a percentage with bounds', () => expect(percent(30, { low: 29.5, high: 30.5 })).toMatchObject({ kind: 'percent', unit: '%', low: 29.5, high: 30.5 }));
  it('a count with its noun', () => expect(count(100e6, 'registered users')).toMatchObject({ kind: 'count', unit: 'count', noun: 'registered users' }));
});

describe('claims', () => {
  it('derives the same id from the same spec', () => {
    expect(event('founded', { doc: 'a', subject: 'org:x', time: '2015' }).id).toBe(event('founded', { doc: 'a', subject: 'org:x', time: '2015' }).id);
  });
  it('derives different ids from different specs', () => {
    expect(event('founded', { doc: 'a', subject: 'org:x', time: '2015' }).id).not.toBe(event('founded', { doc: 'a', subject: 'org:x', time: '2016' }).id);
  });
  it('builds a role with evidence whose text matches its offsets', () => {
    const c = role('chairman', { id: 'r', doc: 'a', subject: 'org:x', object: 'person:y', tense: 'past', text: 'Previously, the chairman was Y.' });
    expect(c).toMatchObject({ id: 'r', kind: 'role', predicate: 'chairman', tense: 'past', modality: { negated: false, hedged: false } });
    expect(c.evidence.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  });
  it('builds a negated, hedged, attributed attribute', () => {
    const c = attribute('stake', { doc: 'a', subject: 'org:x', qualifier: 'org:y', object: percent(29.5), negated: true, hedged: true, attributedTo: 'org:z', sentence: 4 });
    expect(c).toMatchObject({ kind: 'attribute', qualifier: 'org:y', modality: { negated: true, hedged: true, attributedTo: 'org:z' }, evidence: { sentence: 4 } });
  });
  it('builds documents and entities', () => {
    expect(doc('a', { outlet: 'Alpha', published: '2016-12' })).toEqual({ id: 'a', text: '', outlet: 'Alpha', published: '2016-12' });
    expect(entity('person:y', 'Yan')).toEqual({ id: 'person:y', name: 'Yan', type: 'person', aliases: [] });
  });
});
