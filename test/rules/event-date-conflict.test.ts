import { describe, it } from 'vitest';
import rule from '../../src/rules/builtin/event-date-conflict.js';
import { doc, entity, event, RuleTester, time } from '../../src/testing/index.js';

const tester = new RuleTester({ describe, it });
const documents = [doc('a', { outlet: 'Alpha', published: '2016-12' }), doc('b', { outlet: 'Beta', published: '2020-04-24' }), doc('c', { outlet: 'Gamma', published: '2022-09' })];
const entities = [entity('org:bank', 'Example Bank'), entity('org:acme', 'Acme'), entity('org:acme-new', 'Acme Digital', { aliases: ['Acme Digits'] })];
const founded = (id: string, d: string, t: string | ReturnType<typeof time>, extra: Partial<Parameters<typeof event>[1]> = {}) =>
  event('founded', { id, doc: d, subject: 'org:bank', time: t, ...extra });

tester.run(rule, {
  valid: [
    { name: 'two dates in one sentence are a range or a change, not a contradiction', documents, entities, claims: [founded('a1', 'a', '2015', { sentence: 3 }), founded('a2', 'a', '2016', { sentence: 3 })] },
    { name: 'the same year at two granularities agrees (2016 contains December 2016)', documents, entities, claims: [founded('a1', 'b', '2016'), founded('c1', 'c', '2016-12')] },
    { name: 'a single claim has nothing to disagree with', documents, entities, claims: [founded('a1', 'a', '2015-12-27')] },
    { name: 'an approval and an opening are different milestones', documents, entities, claims: [event('approved', { id: 'x', doc: 'a', subject: 'org:bank', time: '2015-06' }), event('opened', { id: 'y', doc: 'b', subject: 'org:bank', time: '2016-12' })] },
    { name: 'a negated event is not a date for it', documents, entities, claims: [founded('a1', 'a', '2015'), founded('b1', 'b', '2016', { negated: true })] },
    { name: 'a planned event (future) is not an occurrence', documents, entities, claims: [founded('a1', 'a', '2015'), founded('b1', 'b', '2017', { tense: 'future' })] },
    { name: 'a date without its year that fits a stated one with the guessed year is quiet', documents, entities, claims: [founded('a1', 'a', '2015-03'), founded('b1', 'b', time('2015-03', { implied: ['year'] }))] },
    { name: "an undated past event ('on or before publication') says nothing to check", documents, entities, claims: [founded('a1', 'a', '2014-03'), founded('b1', 'b', time('2020-04-24', { mod: 'ON_OR_BEFORE', anchor: 'publication', implied: ['year', 'month', 'day'] }))] },
    { name: 'an implied month widens to its year', documents, entities, claims: [founded('a1', 'a', '2015-02'), founded('b1', 'b', time('2015-06', { implied: ['month'] }))] },
    { name: "'before 2016' agrees with 2015", documents, entities, claims: [founded('a1', 'a', '2015'), founded('b1', 'b', time('2016', { mod: 'BEFORE' }))] },
    { name: "'around 2015' agrees with January 2016", documents, entities, claims: [founded('a1', 'a', time('2015', { mod: 'APPROX' })), founded('b1', 'b', '2016-01')] },
    { name: 'a claim without a date cannot disagree', documents, entities, claims: [founded('a1', 'a', '2015'), event('founded', { id: 'b1', doc: 'b', subject: 'org:bank' })] },
    { name: 'grace days absorb a near miss when asked', documents, entities, options: { graceDays: 7 }, claims: [founded('a1', 'a', '2015-12-27'), founded('b1', 'b', '2016')] },
    { name: 'renames to different names are different events', documents, entities, claims: [event('renamed', { id: 'r1', doc: 'c', subject: 'org:acme', object: 'Acme Payment', time: '2019' }), event('renamed', { id: 'r2', doc: 'b', subject: 'org:acme', object: 'org:acme-new', time: '2020-10-18' })] },
    { name: 'a rename without its new name is not compared', documents, entities, claims: [event('renamed', { id: 'r1', doc: 'c', subject: 'org:acme', time: '2019' }), event('renamed', { id: 'r2', doc: 'b', subject: 'org:acme', object: 'org:acme-new', time: '2020-10-18' })] },
    { name: 'two renames without their new names may be two renames', documents, entities, claims: [event('renamed', { id: 'r1', doc: 'c', subject: 'org:acme', time: '2019' }), event('renamed', { id: 'r2', doc: 'c', subject: 'org:acme', time: '2021' })] },
    { name: 'a launch of a named product and the subject’s own launch are different events', documents, entities, claims: [event('launched', { id: 'l1', doc: 'a', subject: 'org:acme', object: 'Acme Pay', time: '2015' }), event('launched', { id: 'l2', doc: 'b', subject: 'org:acme', time: '2017' })] },
    { name: 'an event the vocabulary does not mark one-time may recur', documents, entities, claims: [event('partnered', { id: 'p1', doc: 'a', subject: 'org:bank', time: '2015' }), event('partnered', { id: 'p2', doc: 'b', subject: 'org:bank', time: '2018' })] },
  ],
  invalid: [
    {
      name: 'an implied year is never held against a stated one: it is reported as unverifiable (info)',
      documents,
      entities,
      claims: [founded('a1', 'a', '2014-03'), founded('b1', 'b', time('2015-03', { implied: ['year'] }))],
      findings: [{ messageId: 'unverifiable', severity: 'info', sides: [['b1'], ['a1']], message: 'Example Bank founded: Beta gives March 2015 without stating the year, Alpha gives March 2014; this cannot be checked' }],
    },
    {
      name: 'founded in two disjoint years by two sources',
      documents,
      entities,
      claims: [founded('a1', 'a', '2015-12-27'), founded('b1', 'b', '2016'), founded('c1', 'c', '2016-12')],
      findings: [{ messageId: 'disjoint', severity: 'error', sides: [['a1'], ['b1', 'c1']], message: 'Example Bank founded: 27 December 2015 (Alpha) vs 2016 / December 2016 (Beta and Gamma), dates that cannot both be right' }],
    },
    {
      name: 'a licence of one type dated in two different months',
      documents,
      entities,
      claims: [event('licensed', { id: 'l1', doc: 'a', subject: 'org:acme', qualifier: 'payment', time: '2014-02' }), event('licensed', { id: 'l2', doc: 'c', subject: 'org:acme', qualifier: 'payment', time: '2016-01' })],
      findings: [{ messageId: 'disjoint', sides: [['l1'], ['l2']], data: { what: 'licensed (payment)', a: 'February 2014', b: 'January 2016', outletA: 'Alpha', outletB: 'Gamma' } }],
    },
    {
      name: 'a rename to the same name (an alias of it) dated 2021 and October 2020',
      documents,
      entities,
      claims: [event('renamed', { id: 'r1', doc: 'c', subject: 'org:acme', object: 'Acme Digits', time: '2021' }), event('renamed', { id: 'r2', doc: 'b', subject: 'org:acme', object: 'org:acme-new', time: '2020-10-18' })],
      findings: [{ messageId: 'disjoint', sides: [['r2'], ['r1']], data: { a: '18 October 2020', b: '2021' } }],
    },
    {
      name: 'one article giving two dates for one event',
      documents,
      entities,
      claims: [event('approved', { id: 'p1', doc: 'a', subject: 'org:bank', time: '2015-06' }), event('approved', { id: 'p2', doc: 'a', subject: 'org:bank', time: time('2016-06', { mod: 'APPROX', anchor: 'publication' }) })],
      findings: [{ messageId: 'selfDisjoint', severity: 'error', message: 'Example Bank approved: Alpha gives both June 2015 and around June 2016 for the same one-time event' }],
    },
    {
      name: 'a hedged side makes it a doubt (warning)',
      documents,
      entities,
      claims: [founded('a1', 'a', '2015', { hedged: true }), founded('b1', 'b', '2017')],
      findings: [{ messageId: 'disjoint', severity: 'warning' }],
    },
    {
      name: 'the subject’s own launch dated twice (no object on either side)',
      documents,
      entities,
      claims: [event('launched', { id: 'l1', doc: 'a', subject: 'org:acme', time: '2015-05' }), event('launched', { id: 'l2', doc: 'b', subject: 'org:acme', time: '2016-05' })],
      findings: [{ messageId: 'disjoint', sides: [['l1'], ['l2']] }],
    },
    {
      name: "an extra one-time predicate from options ('spun-off')",
      documents,
      entities,
      options: { predicates: ['spun-off'] },
      claims: [event('spun-off', { id: 'm1', doc: 'a', subject: 'org:acme', time: '2010' }), event('spun-off', { id: 'm2', doc: 'b', subject: 'org:acme', time: '2012' })],
      findings: [{ messageId: 'disjoint', sides: [['m1'], ['m2']] }],
    },
  ],
});
