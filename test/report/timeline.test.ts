import { describe, expect, it } from 'vitest';
import { formats, timelines } from '../../src/report/index.js';
import type { Claim, Report, TimeValue } from '../../src/types.js';
import { emptyReport } from './fixture.js';

const time = (timex: string, start: string, end: string, mod?: TimeValue['mod']): TimeValue => ({ timex, start, end, granularity: 'month', anchor: 'absolute', implied: [], ...(mod ? { mod } : {}) });
const claim = (id: string, subject: string, t?: TimeValue): Claim => ({
  id,
  doc: 'd',
  kind: 'event',
  subject,
  predicate: 'founded',
  ...(t ? { time: t } : {}),
  modality: { negated: false, hedged: false },
  evidence: { start: 0, end: 1, text: 'x', sentence: 0 },
});

describe('timelines', () => {
  const cases: [string, Claim[], string[][]][] = [
    ['orders by start, then end', [claim('b', 's', time('2016', '2016-01-01', '2016-12-31')), claim('a', 's', time('2016-03', '2016-03-01', '2016-03-31')), claim('c', 's', time('2015-12', '2015-12-01', '2015-12-31'))], [['c', 'b', 'a']]],
    ['places an open-ended "by" time at the date it names, not at the beginning of time', [claim('by', 's', time('2016-12', '0001-01-01', '2016-12-31', 'ON_OR_BEFORE')), claim('early', 's', time('2015-12-27', '2015-12-27', '2015-12-27'))], [['early', 'by']]],
    ['leaves out claims without a time', [claim('a', 's'), claim('b', 's', time('2016', '2016-01-01', '2016-12-31'))], [['b']]],
    ['makes one timeline per subject, ordered by subject id', [claim('a', 'z', time('2016', '2016-01-01', '2016-12-31')), claim('b', 'a', time('2017', '2017-01-01', '2017-12-31'))], [['b'], ['a']]],
    ['breaks ties by claim id', [claim('y', 's', time('2016', '2016-01-01', '2016-12-31')), claim('x', 's', time('2016', '2016-01-01', '2016-12-31'))], [['x', 'y']]],
  ];
  for (const [name, claims, ids] of cases) {
    it(name, () => expect(timelines({ ...emptyReport, claims }).map((t) => t.claims.map((c) => c.id))).toEqual(ids));
  }
  it('shows an open-ended time with its modifier in words in the HTML', () => {
    const report: Report = { ...emptyReport, claims: [claim('by', 's', time('2016-12', '0001-01-01', '2016-12-31', 'ON_OR_BEFORE'))] };
    expect(formats.html(report)).toContain('<time datetime="2016-12">by 2016-12</time>');
  });
  it('gives a quarter no HTML datetime', () => {
    const report: Report = { ...emptyReport, claims: [claim('q', 's', time('2022-Q2', '2022-04-01', '2022-06-30'))] };
    expect(formats.html(report)).toContain('<time>2022-Q2</time>');
  });
});
