import { describe, expect, it } from 'vitest';
import { sourcesOf } from '../../src/resolve/index.js';
import { doc } from '../../src/testing/index.js';

const wire = 'Regulators approved the new online bank on Tuesday, clearing the way for the joint venture of three companies to start taking deposits from small businesses next month.';

const cases = [
  { name: 'unrelated articles are separate sources', docs: [doc('a', { text: wire }), doc('b', { text: 'Something else entirely about phones and their sales in the second quarter of the year.' })], same: false },
  { name: 'a copy of one wire story with a new byline is one source', docs: [doc('a', { text: wire }), doc('b', { text: `By a staff writer. ${wire}` })], same: true },
  { name: 'two articles of one outlet are one source', docs: [doc('a', { outlet: 'Alpha', text: wire }), doc('b', { outlet: 'alpha ', text: 'Different words about a different day at the bank and its customers.' })], same: true },
  { name: 'empty texts are not copies of each other', docs: [doc('a', { text: '' }), doc('b', { text: '' })], same: false },
];

describe('sourcesOf', () => {
  for (const c of cases) {
    it(c.name, () => {
      const s = sourcesOf(c.docs);
      expect(s.get('a') === s.get('b')).toBe(c.same);
    });
  }
});
