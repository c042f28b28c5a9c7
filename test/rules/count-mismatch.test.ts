import { describe, it } from 'vitest';
import rule from '../../src/rules/builtin/count-mismatch.js';
import { attribute, count, doc, entity, percent, RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester({ describe, it });
const documents = [doc('a', { outlet: 'Alpha', published: '2016-12' }), doc('b', { outlet: 'Beta', published: '2016-12-20' }), doc('c', { outlet: 'Gamma', published: '2020-04' })];
const entities = [entity('org:bank', 'Example Bank')];
const partners = (id: string, d: string, q: ReturnType<typeof count>) => attribute('count', { id, doc: d, subject: 'org:bank', qualifier: 'founding partners', object: q });

tester.run(rule, {
  valid: [
    { name: 'the same count in two sources', documents, entities, claims: [partners('a1', 'a', count(6, 'partners')), partners('b1', 'b', count(6, 'partners'))] },
    { name: "'over 3,000' agrees with 3,500", documents, entities, claims: [partners('a1', 'a', count(3000, 'partners', { approx: 'over' })), partners('b1', 'b', count(3500, 'partners'))] },
    { name: 'a rounded 100 million agrees with 98 million', documents, entities, claims: [partners('a1', 'a', count(100e6, 'users')), partners('b1', 'b', count(98e6, 'users'))] },
    { name: 'counts of different nouns under one key are different sets', documents, entities, claims: [partners('a1', 'a', count(5, 'banks')), partners('b1', 'b', count(6, 'companies'))] },
    { name: 'percentages are left to figure-mismatch', documents, entities, claims: [attribute('stake', { id: 'a1', doc: 'a', subject: 'org:bank', object: percent(30) }), attribute('stake', { id: 'b1', doc: 'b', subject: 'org:bank', object: percent(15) })] },
  ],
  invalid: [
    {
      name: 'five partners against six for the same time',
      documents,
      entities,
      claims: [partners('a1', 'a', count(5, 'partners')), partners('b1', 'b', count(6, 'partners'))],
      findings: [{ messageId: 'mismatch', severity: 'error', sides: [['a1'], ['b1']], message: 'Example Bank count (founding partners) (December 2016): 5 partners (Alpha) vs 6 partners (Beta), figures that do not agree even allowing for rounding' }],
    },
    {
      name: 'a count that grew between two dates is an update',
      documents,
      entities,
      claims: [partners('a1', 'a', count(5, 'partners')), partners('c1', 'c', count(9, 'partners'))],
      findings: [{ messageId: 'changed', severity: 'info', data: { timeA: 'December 2016', timeB: 'April 2020' } }],
    },
  ],
});
