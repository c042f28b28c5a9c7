import { describe, it } from 'vitest';
import rule from '../../src/rules/builtin/self-contradiction.js';
import { doc, entity, event, RuleTester, time } from '../../src/testing/index.js';

const tester = new RuleTester({ describe, it });
const documents = [doc('a', { outlet: 'Alpha', published: '2022-09' }), doc('b', { outlet: 'Beta', published: '2020' })];
const entities = [entity('org:acme', 'Acme'), entity('org:other', 'Other Co')];
const founded = (id: string, d: string, t: string) => event('founded', { id, doc: d, subject: 'org:acme', time: t });

tester.run(rule, {
  valid: [
    { name: 'a launch after the founding', documents, entities, claims: [founded('f1', 'a', '2013'), event('launched', { id: 'l1', doc: 'a', subject: 'org:acme', object: 'App', time: '2015' })] },
    { name: 'a launch in the founding year', documents, entities, claims: [founded('f1', 'a', '2013'), event('launched', { id: 'l1', doc: 'a', subject: 'org:acme', object: 'App', time: '2013-02' })] },
    { name: 'an approval may come before the founding', documents, entities, claims: [founded('f1', 'a', '2016-12'), event('approved', { id: 'p1', doc: 'a', subject: 'org:acme', time: '2015-06' })] },
    { name: 'a launch before the founding given by another article is not this rule’s', documents, entities, claims: [founded('f1', 'a', '2013'), event('launched', { id: 'l1', doc: 'b', subject: 'org:acme', object: 'App', time: '2010' })] },
    { name: 'another subject’s launch', documents, entities, claims: [founded('f1', 'a', '2013'), event('launched', { id: 'l1', doc: 'a', subject: 'org:other', object: 'App', time: '2010' })] },
    { name: 'an approximate launch date overlapping the founding', documents, entities, claims: [founded('f1', 'a', '2013'), event('launched', { id: 'l1', doc: 'a', subject: 'org:acme', object: 'App', time: time('2012', { mod: 'APPROX' }) })] },
  ],
  invalid: [
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
