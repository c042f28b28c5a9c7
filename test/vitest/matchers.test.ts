import { describe, expect, it } from 'vitest';
import { corroborateMatchers, type ClaimPattern, type ConflictPattern } from '../../src/vitest/index.js';
import { emptyReport, fixtureReport } from '../report/fixture.js';

const report = fixtureReport();

describe('toContainClaim', () => {
  const present: [string, ClaimPattern][] = [
    ['by predicate and a year holding a month', { predicate: 'founded', time: '2015' }],
    ['by the exact month', { predicate: 'founded', time: '2015-12', doc: 'harbor-daily-2019-03' }],
    ['by subject name, ignoring case', { subject: 'northwind bank', predicate: 'founded', time: '2016' }],
    ['by subject alias', { subject: 'the lender', predicate: 'licensed' }],
    ['by subject RegExp', { subject: /^Northwind/u, predicate: 'ceo' }],
    ['by object person name', { predicate: 'ceo', object: 'John Roe' }],
    ['by a figure within its range, with unit', { predicate: 'stake', object: 30, unit: '%' }],
    ['by qualifier name', { predicate: 'stake', qualifier: 'Port Holdings', object: 25 }],
    ['by a piece of the quote across white space', { quote: 'SET UP in   late 2015' }],
    ['by modality', { predicate: 'founded', negated: false, hedged: false }],
  ];
  const absent: [string, ClaimPattern][] = [
    ['a year no claim lies within', { predicate: 'founded', time: '2017' }],
    ['a year that only overlaps a claim, not holds it', { predicate: 'ceo', time: '2018-06' }],
    ['a figure outside every range', { predicate: 'stake', object: 29 }],
    ['a figure in the wrong unit', { predicate: 'stake', object: 30, unit: 'USD' }],
    ['the wrong document', { predicate: 'licensed', doc: 'harbor-daily-2019-03' }],
    ['a person who holds no role', { predicate: 'ceo', object: 'Port Holdings' }],
    ['a negated claim when none is', { negated: true }],
    ['a predicate nothing has', { predicate: 'renamed' }],
    ['a malformed date', { predicate: 'founded', time: 'December 2015' }],
  ];
  for (const [name, pattern] of present) it(`finds a claim ${name}`, () => expect(report).toContainClaim(pattern));
  for (const [name, pattern] of absent) it(`finds no claim with ${name}`, () => expect(report).not.toContainClaim(pattern));
  it('works on an array of claims (ids only, no entity names)', () => {
    expect(report.claims).toContainClaim({ subject: 'org:northwind-bank', predicate: 'founded', time: '2016' });
    expect(report.claims).not.toContainClaim({ subject: 'Northwind Bank' });
  });
  it('explains a miss with the closest claims', () => {
    const r = corroborateMatchers.toContainClaim(report, { predicate: 'founded', time: '2017' });
    expect(r.pass).toBe(false);
    expect(r.message()).toMatch(/expected a claim matching \{"predicate":"founded","time":"2017"\} among 9 claims; closest:\n {2}c-c-founded \[coastal-review-2020-06-01\] org:northwind-bank founded @2016/u);
  });
  it('says so when no claim has the predicate', () => {
    expect(corroborateMatchers.toContainClaim(report, { predicate: 'renamed' }).message()).toContain("none has predicate 'renamed'");
  });
  it('rejects something that is not a report', () => {
    expect(() => expect({ findings: [] }).toContainClaim({})).toThrow(/expects a corroborate Report or an array of claims/u);
  });
});

describe('toHaveConflict', () => {
  const present: [string, ConflictPattern][] = [
    ['any conflict at all', {}],
    ['by rule', { rule: 'event-date-conflict' }],
    ['by subject name and predicate', { subject: 'Northwind Bank', predicate: 'founded' }],
    ['by both documents', { docs: ['harbor-daily-2019-03', 'coastal-review-2020-06-01'], predicate: 'ceo' }],
    ['by pieces of both quotes', { quotes: ['founded in December 2015', /Founded in 2016/u] }],
    ['an info finding when asked for by severity', { rule: 'figure-conflict', severity: 'info' }],
    ['with a list of severities', { predicate: 'stake', severity: ['warning', 'info'] }],
  ];
  const absent: [string, ConflictPattern][] = [
    ['an info finding by default (a note is not a conflict)', { rule: 'figure-conflict' }],
    ['a rule that found nothing', { rule: 'unit-mismatch' }],
    ['a document on no side', { predicate: 'ceo', docs: ['ledger'] }],
    ['a quote on no side', { quotes: ['banking licence'] }],
    ['the wrong severity', { rule: 'event-date-conflict', severity: 'warning' }],
  ];
  for (const [name, pattern] of present) it(`finds ${name}`, () => expect(report).toHaveConflict(pattern));
  for (const [name, pattern] of absent) it(`does not count ${name}`, () => expect(report).not.toHaveConflict(pattern));
  it('finds nothing in an empty report', () => expect(emptyReport).not.toHaveConflict());
  it('lists the findings on a miss', () => {
    const r = corroborateMatchers.toHaveConflict(report, { rule: 'nope' });
    expect(r.message()).toContain('among 3 findings:\n  error event-date-conflict f-founded-date: Northwind Bank founded');
  });
  it('names the matching finding when .not fails', () => {
    const r = corroborateMatchers.toHaveConflict(report, { predicate: 'ceo' });
    expect(r.pass).toBe(true);
    expect(r.message()).toContain('but f-ceo-holder matches');
  });
  it('rejects something that is not a report', () => {
    expect(() => expect([]).toHaveConflict()).toThrow(/expects a corroborate Report/u);
  });
});
