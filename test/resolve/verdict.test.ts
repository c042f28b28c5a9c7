import { describe, expect, it } from 'vitest';
import { resolveFindings } from '../../src/resolve/index.js';
import { doc, event, money, attribute, time } from '../../src/testing/index.js';
import type { Claim, Document, Finding } from '../../src/types.js';

const story = 'The bank opened its doors to customers in the provincial capital after a long wait for approval from the regulator and months of preparation by its founders.';
const other = 'A different article entirely with its own words about the online lender and the partners who set it up and the licence it was granted.';
const third = 'Yet another text that shares nothing with the others about technology companies moving into finance through subsidiaries and joint ventures.';

function finding(sides: string[][], extra: Partial<Finding> = {}): Finding {
  return { id: 'f', rule: 'event-date-conflict', severity: 'error', message: 'm', messageId: 'disjoint', data: { a: 'A', b: 'B' }, claims: sides.flat(), sides, ...extra };
}

interface Case {
  readonly name: string;
  readonly documents: readonly Document[];
  readonly claims: readonly Claim[];
  readonly finding: Finding;
  readonly likely?: string;
  readonly why?: RegExp;
  readonly confidence?: (c: number) => boolean;
  readonly none?: boolean;
}

const d = (id: string, outlet: string, published: string, text = `${id} ${other}`) => doc(id, { outlet, published, text });
const founded = (id: string, docId: string, t: string | ReturnType<typeof time>, extra: Partial<Parameters<typeof event>[1]> = {}) => event('founded', { id, doc: docId, subject: 'org:x', time: t, ...extra });

const cases: Case[] = [
  {
    name: 'two independent sources beat one',
    documents: [d('a', 'Alpha', '2016-12'), d('b', 'Beta', '2020-04-24', third), d('c', 'Gamma', '2022-09', story)],
    claims: [founded('a1', 'a', '2015-12-27'), founded('b1', 'b', '2016'), founded('c1', 'c', '2016-12')],
    finding: finding([['a1'], ['b1', 'c1']]),
    likely: 'b1',
    why: /^B \(Beta and Gamma\) is more likely: 2 independent sources against 1/u,
  },
  {
    name: 'copies of one wire story count once',
    documents: [d('a', 'Alpha', '2016-12', story), d('b', 'Beta', '2016-12', `${story} Reporting by staff.`), d('c', 'Gamma', '2016-12', third)],
    claims: [founded('a1', 'a', '2016'), founded('b1', 'b', '2016'), founded('c1', 'c', '2015-03-02')],
    finding: finding([['a1', 'b1'], ['c1']]),
    likely: 'c1',
    why: /more specific \(a day against a year\)/u,
  },
  {
    name: 'two articles of one outlet count once',
    documents: [d('a', 'Alpha', '2016-12', story), d('b', 'Alpha', '2017-01', third), d('c', 'Gamma', '2016-12', other)],
    claims: [founded('a1', 'a', '2016'), founded('b1', 'b', '2016'), founded('c1', 'c', '2015-03-02')],
    finding: finding([['a1', 'b1'], ['c1']]),
    likely: 'c1',
  },
  {
    name: 'a day beats a year',
    documents: [d('a', 'Alpha', '2016-12', story), d('b', 'Beta', '2016-12', third)],
    claims: [founded('a1', 'a', '2015'), founded('b1', 'b', '2016-03-04')],
    finding: finding([['a1'], ['b1']]),
    likely: 'b1',
    why: /a day against a year/u,
  },
  {
    name: 'a stated month beats an implied one',
    documents: [d('a', 'Alpha', '2016-12', story), d('b', 'Beta', '2016-12', third)],
    claims: [founded('a1', 'a', time('2015-06', { implied: ['month'] })), founded('b1', 'b', '2016-03')],
    finding: finding([['a1'], ['b1']]),
    likely: 'b1',
  },
  {
    name: 'an article published soon after the event beats one years later',
    documents: [d('a', 'Alpha', '2016-02', story), d('b', 'Beta', '2022-09', third)],
    claims: [founded('a1', 'a', '2016-01'), founded('b1', 'b', '2014-01')],
    finding: finding([['a1'], ['b1']]),
    likely: 'a1',
    why: /reported within a month after the event, the other 8\.\d years after/u,
  },
  {
    name: 'a firm statement beats a hedged one',
    documents: [d('a', 'Alpha', '2016-12', story), d('b', 'Beta', '2016-12', third)],
    claims: [founded('a1', 'a', '2015', { hedged: true }), founded('b1', 'b', '2016')],
    finding: finding([['a1'], ['b1']]),
    likely: 'b1',
    why: /without hedging/u,
  },
  {
    name: 'a date after the reporting article’s own publication loses',
    documents: [d('a', 'Alpha', '2015-06', story), d('b', 'Beta', '2020-01', third)],
    claims: [founded('a1', 'a', '2016'), founded('b1', 'b', '2014')],
    finding: finding([['a1'], ['b1']]),
    likely: 'b1',
    why: /after its own article was published/u,
  },
  {
    name: 'a conversion in the same sentence that fits one side’s date corroborates it',
    documents: [d('a', 'Alpha', '2022-09', story), d('b', 'Beta', '2022-09', third)],
    claims: [
      founded('a1', 'a', '2016-01', { sentence: 4 }),
      attribute('price', { id: 'a2', doc: 'a', subject: 'org:x', object: money(600e6, 'CNY', { equivalent: money(91.2e6, 'USD') }), sentence: 4 }),
      founded('b1', 'b', '2014-02'),
    ],
    finding: finding([['a1'], ['b1']]),
    likely: 'a1',
    why: /conversion in the same sentence fits its date/u,
  },
  {
    name: 'evenly matched sides are a coin toss',
    documents: [d('a', 'Alpha', '2016-12', story), d('b', 'Beta', '2015-12', third)],
    claims: [founded('a1', 'a', '2016-06'), founded('b1', 'b', '2015-06')],
    finding: finding([['a1'], ['b1']]),
    confidence: (c) => c === 0.5,
    why: /coin toss/u,
  },
  {
    name: 'an update names the later value',
    documents: [d('a', 'Alpha', '2016-12', story), d('b', 'Beta', '2020-04', third)],
    claims: [founded('a1', 'a', '2015'), founded('b1', 'b', '2016')],
    finding: finding([['a1'], ['b1']], { severity: 'info' }),
    likely: 'b1',
    why: /different dates, so both can be right; B \(Beta\) is the later one/u,
  },
  {
    name: 'reports 15.5 and 16.4 years after the event: a lag that is no fraction of the other is no reason',
    documents: [d('a', 'Alpha', '2023-05-12', story), d('b', 'Beta', '2023-06-20', third)],
    claims: [founded('a1', 'a', '2007'), founded('b1', 'b', '2006')],
    finding: finding([['a1'], ['b1']]),
    why: /coin toss/u,
  },
  {
    name: 'a dated figure reported within a month beats one reported years after the time it describes',
    documents: [d('a', 'Alpha', '2022-04-02', story), d('b', 'Beta', '2025-06-20', third)],
    claims: [
      attribute('price', { id: 'a1', doc: 'a', subject: 'org:x', time: '2022-03', object: money(40e6, 'USD') }),
      attribute('price', { id: 'b1', doc: 'b', subject: 'org:x', time: '2022-03', object: money(15e6, 'USD') }),
    ],
    finding: finding([['a1'], ['b1']], { rule: 'figure-mismatch', messageId: 'mismatch' }),
    likely: 'a1',
    why: /reported within a month after the time it describes, the other 3\.\d years after/u,
  },
  {
    name: 'figures are weighed by how exact the figure is, not by how precise its date is',
    documents: [d('a', 'Alpha', '2016-12', story), d('b', 'Beta', '2016-12', third)],
    claims: [
      attribute('valuation', { id: 'a1', doc: 'a', subject: 'org:x', time: '2016-12-01', object: money(45e9, 'USD', { approx: 'around' }) }),
      attribute('valuation', { id: 'b1', doc: 'b', subject: 'org:x', time: '2016-12', object: money(30e9, 'USD') }),
    ],
    finding: finding([['a1'], ['b1']], { rule: 'figure-mismatch', messageId: 'mismatch' }),
    likely: 'b1',
    why: /more specific \(an exact figure against an approximate figure\)/u,
  },
  {
    name: 'a conversion beside a figure dated only by its article (open towards the past) is checked at the end month',
    documents: [d('a', 'Alpha', '2022-08-15', story), d('b', 'Beta', '2023-06-20', third)],
    claims: [
      attribute('price', { id: 'a1', doc: 'a', subject: 'org:x', time: { ...time('2022-08-15', { mod: 'ON_OR_BEFORE' }), start: '0001-01-01' }, object: money(1.2e9, 'INR', { equivalent: money(15e6, 'USD', { approx: 'around' }) }), sentence: 3 }),
      attribute('price', { id: 'b1', doc: 'b', subject: 'org:x', time: '2022-03', object: money(40e6, 'USD') }),
    ],
    finding: finding([['a1'], ['b1']], { rule: 'figure-mismatch', messageId: 'mismatch' }),
    likely: 'a1',
    why: /conversion in the same sentence fits its date/u,
  },
  {
    name: 'a one-sided finding gets no verdict',
    documents: [d('a', 'Alpha', '2016-12', story)],
    claims: [founded('a1', 'a', '2015')],
    finding: finding([['a1']]),
    none: true,
  },
  {
    name: 'a finding without sides gets no verdict',
    documents: [d('a', 'Alpha', '2016-12', story)],
    claims: [founded('a1', 'a', '2015'), founded('a2', 'a', '2016')],
    finding: { ...finding([['a1'], ['a2']]), sides: undefined },
    none: true,
  },
];

describe('resolveFindings', () => {
  for (const c of cases) {
    it(c.name, () => {
      const [out] = resolveFindings([c.finding], c.claims, c.documents);
      if (c.none) {
        expect(out?.verdict).toBeUndefined();
        return;
      }
      const v = out?.verdict;
      expect(v).toBeDefined();
      if (c.likely) expect(v?.likely).toBe(c.likely);
      if (c.why) expect(v?.why).toMatch(c.why);
      expect(v?.confidence).toBeGreaterThanOrEqual(0);
      expect(v?.confidence).toBeLessThanOrEqual(0.95);
      if (c.confidence) expect(c.confidence(v?.confidence ?? -1)).toBe(true);
      expect(v?.why.trim().split(/(?<=\.)\s/u)).toHaveLength(1);
    });
  }

  it('leaves the finding otherwise unchanged and does not mutate it', () => {
    const c = cases[0] as Case;
    const copy = JSON.stringify(c.finding);
    const [out] = resolveFindings([c.finding], c.claims, c.documents);
    expect(JSON.stringify(c.finding)).toBe(copy);
    expect({ ...out, verdict: undefined }).toEqual({ ...c.finding, verdict: undefined });
  });
});
