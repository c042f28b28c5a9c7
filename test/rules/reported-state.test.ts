import { describe, expect, it } from 'vitest';
import { intervalOf } from '../../src/rules/intervals.js';
import { daysApart, hasFlag, predicatesWith, reportOf, statesChange, statesTransition, type Report } from '../../src/rules/reported-state.js';
import { role, time } from '../../src/testing/index.js';
import type { Claim } from '../../src/types.js';

const published = time('2023-05-12');
const holder = (extra: Partial<Parameters<typeof role>[1]> = {}): Claim => role('ceo', { doc: 'h', subject: 'org:bank', object: 'person:rao', tense: 'present', ...extra });
const day = (iso: string) => intervalOf(time(iso)) as NonNullable<ReturnType<typeof intervalOf>>;

describe('reportOf: how a claim reports a current state', () => {
  const cases: readonly { readonly name: string; readonly claim: Claim; readonly published?: typeof published; readonly kind: Report['kind'] | undefined }[] = [
    { name: 'a present claim without a time reports the state at publication', claim: holder(), kind: 'current' },
    { name: 'a present claim dated to the publication date', claim: holder({ time: '2023-05-12' }), kind: 'current' },
    { name: 'a present claim dated within the publication month (published to the day)', claim: holder({ time: '2023-05-12' }), published: time('2023-05'), kind: 'current' },
    { name: "a present claim with a start before publication ('appointed on Thursday')", claim: holder({ time: '2023-05-11' }), kind: 'since' },
    { name: 'a past claim reports no current state', claim: holder({ tense: 'past' }), kind: undefined },
    { name: 'a future claim reports no current state', claim: holder({ tense: 'future' }), kind: undefined },
    { name: 'a hedged claim reports no current state', claim: holder({ hedged: true }), kind: undefined },
    { name: 'a negated claim reports no current state', claim: holder({ negated: true }), kind: undefined },
    { name: 'a claim dated after publication reports no current state', claim: holder({ time: '2023-09' }), kind: undefined },
    { name: 'a claim whose time is only implied reports no current state', claim: holder({ time: time('2023-05-11', { implied: ['year'] }) }), kind: undefined },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(reportOf(c.claim, c.published ?? published)?.kind).toBe(c.kind);
    });
  }
  it('an article without a publication date reports nothing current', () => {
    expect(reportOf(holder(), undefined)).toBeUndefined();
  });
});

describe('daysApart: reports of one state within the window', () => {
  const current = (iso: string): Report => ({ kind: 'current', at: day(iso) });
  const since = (start: string, pub: string): Report => ({ kind: 'since', at: day(start), until: day(pub) });
  const cases: readonly { readonly name: string; readonly earlier: Report; readonly later: Report; readonly window?: number; readonly days: number | undefined }[] = [
    { name: 'two current reports 39 days apart', earlier: current('2023-05-12'), later: current('2023-06-20'), days: 39 },
    { name: 'a start, then a current report: counted from the first article', earlier: since('2023-05-11', '2023-05-12'), later: current('2023-06-20'), days: 39 },
    { name: 'a current report inside a known term is 0 days apart', earlier: since('2023-03-01', '2023-05-12'), later: current('2023-04-01'), days: 0 },
    { name: 'reports further apart than the window', earlier: current('2023-05-12'), later: current('2023-12-01'), days: undefined },
    { name: 'a later stated start is a change, not a report of the same state', earlier: current('2023-05-12'), later: since('2023-06-01', '2023-06-20'), days: undefined },
    { name: 'a report before a stated start is before the term', earlier: since('2023-05-11', '2023-05-12'), later: current('2023-04-01'), days: undefined },
    { name: 'a start long before its article is not carried to it', earlier: since('2015-01-10', '2023-05-12'), later: current('2023-06-20'), days: undefined },
    { name: 'a window of 0 days compares nothing apart', earlier: current('2023-05-12'), later: current('2023-05-13'), window: 0, days: undefined },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(daysApart(c.earlier, c.later, c.window ?? 90)).toBe(c.days);
    });
  }
});

describe('statesChange: a sentence that speaks of a change', () => {
  const cases: readonly { readonly text: string; readonly change: boolean }[] = [
    { text: 'Acme raised its stake in the bank to 100 per cent', change: true },
    { text: 'The stake rose to 75% from 60%', change: true },
    { text: 'Acme now holds 75%', change: true },
    { text: 'Ravi Rao, who took over from Ana Ruiz, said', change: true },
    { text: 'said Ana Ruiz, the new chief executive of the bank', change: true },
    { text: 'Previously, the chief executive was Ana Ruiz', change: true },
    { text: 'Acme owns a 100 per cent stake in the bank', change: false },
    { text: 'It holds a 75% stake in the payments bank, with the rest owned by a group of insurers', change: false },
    { text: 'said Ana Ruiz, the chief executive of the bank, in an interview this week', change: false },
    { text: 'The newsletter says the chief executive is Ana Ruiz', change: false },
  ];
  for (const c of cases) {
    it(`${c.change ? 'change' : 'no change'}: '${c.text}'`, () => {
      expect(statesChange(holder({ text: c.text }))).toBe(c.change);
    });
  }
});

describe('statesTransition: a sentence that says the state is about to end or temporary', () => {
  const cases: readonly { readonly text: string; readonly transition: boolean }[] = [
    { text: 'Ravi Rao, the outgoing chief executive, said', transition: true },
    { text: 'Ana Ruiz, the interim chief executive', transition: true },
    { text: 'Ravi Rao, who will step down in June, said', transition: true },
    { text: 'Example Bank appointed Ravi Rao as its chief executive', transition: false },
    { text: 'Acme owns a 100 per cent stake in the bank', transition: false },
  ];
  for (const c of cases) {
    it(`${c.transition ? 'transition' : 'none'}: '${c.text}'`, () => {
      expect(statesTransition(holder({ text: c.text }))).toBe(c.transition);
    });
  }
});

describe('vocabulary flags', () => {
  it('stake and registered capital are functional states; revenue is not', () => {
    expect([hasFlag('stake', 'functional'), hasFlag('registered-capital', 'functional'), hasFlag('revenue', 'functional')]).toEqual([true, true, false]);
  });
  it('flows and deals are flagged, and a predicate outside the vocabulary has no flag', () => {
    expect(predicatesWith('period')).toContain('revenue');
    expect(predicatesWith('deal')).toContain('price');
    expect(hasFlag('coach', 'singleHolder')).toBe(false);
  });
});
