import { describe, it } from 'vitest';
import rule from '../../src/rules/builtin/internal-arithmetic.js';
import { attribute, count, doc, entity, money, percent, RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester({ describe, it });
const documents = [doc('a', { outlet: 'Alpha', published: '2022-09' }), doc('b', { outlet: 'Beta', published: '2016-12' })];
const entities = [entity('org:acme', 'Acme'), entity('org:bank', 'Example Bank'), entity('org:h1', 'Holder One'), entity('org:h2', 'Holder Two'), entity('org:h3', 'Holder Three')];
const revenue = (id: string, t: string, value: number, sentence = 3) => attribute('revenue', { id, doc: 'a', subject: 'org:acme', time: t, object: money(value, 'CNY'), sentence });
const change = (id: string, value: number, sentence = 3) => attribute('revenue', { id, doc: 'a', subject: 'org:acme', qualifier: 'change', object: percent(value), sentence });
const stake = (id: string, holder: string, value: number, d = 'b') => attribute('stake', { id, doc: d, subject: 'org:bank', qualifier: holder, object: percent(value) });

tester.run(rule, {
  valid: [
    { name: "a 0.9% fall from 7 billion to 6.97 billion is within the rounding of '7 billion'", documents, entities, claims: [revenue('r1', '2021-Q2', 7e9), revenue('r2', '2022-Q2', 6.97e9), change('c1', -0.9)] },
    { name: 'an unsigned 0.9% change is checked by its size', documents, entities, claims: [revenue('r1', '2021-Q2', 7e9), revenue('r2', '2022-Q2', 6.97e9), change('c1', 0.9)] },
    { name: 'a 25% rise from 100 million to 125 million', documents, entities, claims: [revenue('r1', '2021', 100e6), revenue('r2', '2022', 125e6), change('c1', 25)] },
    { name: 'a change with only one figure in its sentence cannot be checked', documents, entities, claims: [revenue('r1', '2022-H1', 93.196e6), change('c1', -43.08)] },
    { name: 'figures in another sentence are not the change’s figures', documents, entities, claims: [revenue('r1', '2021', 100e6, 1), revenue('r2', '2022', 300e6, 2), change('c1', 25, 3)] },
    { name: 'stakes of three holders adding up to 74.5%', documents, entities, claims: [stake('s1', 'org:h1', 30), stake('s2', 'org:h2', 29.5), stake('s3', 'org:h3', 15)] },
    { name: 'stakes adding up to exactly 100%', documents, entities, claims: [stake('s1', 'org:h1', 51), stake('s2', 'org:h2', 49)] },
    { name: 'stakes in different articles are not summed', documents, entities, claims: [stake('s1', 'org:h1', 60, 'a'), stake('s2', 'org:h2', 60, 'b')] },
    { name: 'the same holder’s stake twice is not summed', documents, entities, claims: [stake('s1', 'org:h1', 60), stake('s2', 'org:h1', 60)] },
    { name: 'registered users fewer than users', documents, entities, claims: [attribute('users', { id: 'u1', doc: 'b', subject: 'org:acme', object: count(100e6, 'users') }), attribute('count', { id: 'u2', doc: 'b', subject: 'org:acme', qualifier: 'registered users', object: count(80e6, 'registered users') })] },
    { name: 'counts of unrelated nouns are not part and whole', documents, entities, claims: [attribute('count', { id: 'u1', doc: 'b', subject: 'org:acme', object: count(5, 'banks') }), attribute('count', { id: 'u2', doc: 'b', subject: 'org:acme', object: count(300, 'employees') })] },
    { name: 'a segment’s revenue for another period than the total', documents, entities, claims: [attribute('revenue', { id: 'r1', doc: 'a', subject: 'org:acme', time: '2022-Q2', object: money(7e9, 'CNY') }), attribute('revenue', { id: 'r2', doc: 'a', subject: 'org:acme', qualifier: 'internet services', time: '2022', object: money(28e9, 'CNY') })] },
    { name: 'a loan limit of a product is not a part of a general one', documents, entities, claims: [attribute('loan-limit', { id: 'l1', doc: 'a', subject: 'org:acme', object: money(3e4, 'CNY') }), attribute('loan-limit', { id: 'l2', doc: 'a', subject: 'org:acme', qualifier: 'premium', object: money(1e6, 'CNY') })] },
  ],
  invalid: [
    {
      name: 'a 10% fall that the figures make a rise',
      documents,
      entities,
      claims: [revenue('r1', '2021-Q2', 6.2e9), revenue('r2', '2022-Q2', 6.97e9), change('c1', -10)],
      findings: [{ messageId: 'change', severity: 'error', sides: [['c1'], ['r1', 'r2']], message: 'Acme revenue: Alpha gives a change of -10% from CNY 6.2 billion (Q2 2021) to CNY 6.97 billion (Q2 2022), but those figures make it 12.42%' }],
    },
    {
      name: 'stakes adding up past 100%',
      documents,
      entities,
      claims: [stake('s1', 'org:h1', 60), stake('s2', 'org:h2', 55)],
      findings: [{ messageId: 'sumOverWhole', sides: [['s1', 's2']], message: 'Example Bank stake: Beta gives shares of 60% (Holder One), 55% (Holder Two) that add up to 115%, more than the whole' }],
    },
    {
      name: 'overseas users more than all users',
      documents,
      entities,
      claims: [attribute('users', { id: 'u1', doc: 'b', subject: 'org:acme', object: count(100e6, 'users') }), attribute('users', { id: 'u2', doc: 'b', subject: 'org:acme', object: count(150e6, 'overseas users') })],
      findings: [{ messageId: 'countOverWhole', sides: [['u2'], ['u1']], message: 'Acme (December 2016): Beta gives 150 million overseas users, more than the 100 million users it gives in all' }],
    },
    {
      name: 'a segment’s revenue above the company’s for the same quarter',
      documents,
      entities,
      claims: [attribute('revenue', { id: 'r1', doc: 'a', subject: 'org:acme', time: '2022-Q2', object: money(7e9, 'CNY') }), attribute('revenue', { id: 'r2', doc: 'a', subject: 'org:acme', qualifier: 'internet services', time: '2022-Q2', object: money(9e9, 'CNY') })],
      findings: [{ messageId: 'partOverWhole', message: 'Acme revenue (Q2 2022): Alpha gives CNY 9 billion for internet services, more than the CNY 7 billion it gives for the whole' }],
    },
    {
      name: 'a share above 100%',
      documents,
      entities,
      claims: [stake('s1', 'org:h1', 120)],
      findings: [{ messageId: 'overWhole', message: 'Example Bank stake: Beta gives 120%, more than the whole' }],
    },
  ],
});
