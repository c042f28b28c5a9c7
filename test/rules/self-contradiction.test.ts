import { describe, it } from 'vitest';
import rule from '../../src/rules/builtin/self-contradiction.js';
import { doc, entity, event, RuleTester, time } from '../../src/testing/index.js';
import type { Claim } from '../../src/types.js';

const tester = new RuleTester({ describe, it });
const documents = [doc('a', { outlet: 'Alpha', published: '2022-09' }), doc('b', { outlet: 'Beta', published: '2020' })];
const entities = [entity('org:acme', 'Acme'), entity('org:other', 'Other Co')];
const founded = (id: string, d: string, t: string) => event('founded', { id, doc: d, subject: 'org:acme', time: t });

/** An event claim whose evidence is a sentence and whose time is the given words in it, as extraction gives them. */
function sentence(id: string, d: string, predicate: string, text: string, words: string, timex: string): Claim {
  const base = event(predicate, { id, doc: d, subject: 'org:acme', text });
  const at = text.indexOf(words);
  return { ...base, evidence: { ...base.evidence, start: 100, end: 100 + text.length }, time: { ...time(timex, { anchor: 'publication' }), span: { start: 100 + at, end: 100 + at + words.length, text: words } } };
}
const dec = [doc('d', { outlet: 'Delta', published: '2016-12' })];

/** An approval whose evidence is only the clause with its date, at its place in the article's text. */
function clause(): Claim {
  const text = 'The application was approved in June last year';
  const base = event('approved', { id: 'c1', doc: 'd', subject: 'org:acme', text });
  const at = text.indexOf('June last year');
  return { ...base, evidence: { ...base.evidence, start: 0, end: text.length }, time: { ...time('2015-06', { anchor: 'publication' }), span: { start: at, end: at + 14, text: 'June last year' } } };
}

tester.run(rule, {
  valid: [
    { name: "approved in June, 'so they have been preparing for six months' in a December article", documents: dec, entities, claims: [sentence('a1', 'd', 'approved', 'The application was approved in June, so they have been preparing for the launch for six months.', 'June', '2016-06')] },
    { name: "a length not linked to the event ('and has been profitable for three years')", documents: dec, entities, claims: [sentence('a1', 'd', 'founded', 'Acme was founded in 2010 and has been profitable for three years.', '2010', '2010')] },
    { name: 'a length in the past perfect does not run to the article’s date', documents: dec, entities, claims: [sentence('a1', 'd', 'approved', 'It was approved in June 2015, so they had been preparing for six months before that.', 'June 2015', '2015-06')] },
    { name: "'for about a year' counted from a date a year back", documents: dec, entities, claims: [sentence('a1', 'd', 'launched', 'It launched in late 2015, so it has been operating for a year.', 'late 2015', '2015')] },
    { name: 'a length before the date is not counted from it', documents: dec, entities, claims: [sentence('a1', 'd', 'approved', 'After preparing for six months, so to speak, it was approved in June 2015.', 'June 2015', '2015-06')] },
    { name: 'a launch after the founding', documents, entities, claims: [founded('f1', 'a', '2013'), event('launched', { id: 'l1', doc: 'a', subject: 'org:acme', object: 'App', time: '2015' })] },
    { name: 'a launch in the founding year', documents, entities, claims: [founded('f1', 'a', '2013'), event('launched', { id: 'l1', doc: 'a', subject: 'org:acme', object: 'App', time: '2013-02' })] },
    { name: 'an approval may come before the founding', documents, entities, claims: [founded('f1', 'a', '2016-12'), event('approved', { id: 'p1', doc: 'a', subject: 'org:acme', time: '2015-06' })] },
    { name: 'a launch before the founding given by another article is not this rule’s', documents, entities, claims: [founded('f1', 'a', '2013'), event('launched', { id: 'l1', doc: 'b', subject: 'org:acme', object: 'App', time: '2010' })] },
    { name: 'another subject’s launch', documents, entities, claims: [founded('f1', 'a', '2013'), event('launched', { id: 'l1', doc: 'a', subject: 'org:other', object: 'App', time: '2010' })] },
    { name: 'an approximate launch date overlapping the founding', documents, entities, claims: [founded('f1', 'a', '2013'), event('launched', { id: 'l1', doc: 'a', subject: 'org:acme', object: 'App', time: time('2012', { mod: 'APPROX' }) })] },
  ],
  invalid: [
    {
      name: "approved 'in June last year, so they have been preparing for six months' in a December article",
      documents: dec,
      entities,
      claims: [sentence('a1', 'd', 'approved', 'The application was approved as early as in June last year, so they have been preparing for the official launch for six months.', 'June last year', '2015-06')],
      findings: [{ messageId: 'durationMismatch', severity: 'warning', sides: [['a1']], message: "Acme approved: Delta dates it June 2015, but the same sentence counts 'for six months' from it up to the article's date, which puts it around June 2016" }],
    },
    {
      name: 'the length read from the article when the evidence is only the clause of the date',
      documents: [doc('d', { outlet: 'Delta', published: '2016-12', text: 'The application was approved in June last year, so they have been preparing for six months. Next sentence for 5 years.' })],
      entities,
      claims: [clause()],
      findings: [{ messageId: 'durationMismatch', data: { phrase: 'for six months', timeB: 'June 2016' } }],
    },
    {
      name: "founded in 2010, 'since then it has grown for two years' in 2016",
      documents: dec,
      entities,
      claims: [sentence('a1', 'd', 'founded', 'Acme was founded in 2010 and since then it has operated for 2 years without a loss.', '2010', '2010')],
      findings: [{ messageId: 'durationMismatch', data: { timeB: 'December 2014' } }],
    },
    {
      name: 'a rename before the founding in the same article',
      documents,
      entities,
      claims: [founded('f1', 'a', '2013'), event('renamed', { id: 'r1', doc: 'a', subject: 'org:acme', object: 'Acme Pay', time: '2011' })],
      findings: [{ messageId: 'beforeOrigin', severity: 'warning', sides: [['r1'], ['f1']], message: 'Acme: Alpha dates its rename to 2011, before it was founded (2013 in the same article)' }],
    },
    {
      name: 'an opening a year before the founding',
      documents,
      entities,
      claims: [founded('f1', 'b', '2016-12'), event('opened', { id: 'o1', doc: 'b', subject: 'org:acme', time: '2015-12' })],
      findings: [{ messageId: 'beforeOrigin', data: { what: 'opening', timeA: 'December 2015', timeB: 'December 2016' } }],
    },
  ],
});
