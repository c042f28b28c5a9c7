import { describe, it } from 'vitest';
import rule from '../../src/rules/builtin/figure-mismatch.js';
import { attribute, doc, entity, money, percent, RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester({ describe, it });
const documents = [doc('a', { outlet: 'Alpha', published: '2016-12' }), doc('b', { outlet: 'Beta', published: '2016-12-20' }), doc('c', { outlet: 'Gamma', published: '2020-04-24' })];
const entities = [entity('org:bank', 'Example Bank'), entity('org:acme', 'Acme')];
const stake = (id: string, d: string, value: ReturnType<typeof percent>, extra: Partial<Parameters<typeof attribute>[1]> = {}) =>
  attribute('stake', { id, doc: d, subject: 'org:bank', qualifier: 'org:acme', object: value, ...extra });

tester.run(rule, {
  valid: [
    { name: 'two figures in one sentence are a range or a change', documents, entities, claims: [stake('a1', 'a', percent(20), { sentence: 5 }), stake('a2', 'a', percent(25), { sentence: 5 })] },
    { name: 'the same stake in two sources', documents, entities, claims: [stake('a1', 'a', percent(29.5)), stake('b1', 'b', percent(29.5))] },
    { name: "'about 30 percent' agrees with 29.5%", documents, entities, claims: [stake('a1', 'a', percent(30, { approx: 'around' })), stake('b1', 'b', percent(29.5))] },
    { name: 'a rounded 30% agrees with 29.5%', documents, entities, claims: [stake('a1', 'a', percent(30)), stake('b1', 'b', percent(29.5))] },
    { name: 'the same amount in two currencies at that month’s rate', documents, entities, claims: [attribute('registered-capital', { id: 'a1', doc: 'a', subject: 'org:bank', object: money(3e9, 'CNY') }), attribute('registered-capital', { id: 'b1', doc: 'b', subject: 'org:bank', object: money(432e6, 'USD') })] },
    { name: "'over 3 billion' agrees with 4 billion", documents, entities, claims: [attribute('registered-capital', { id: 'a1', doc: 'a', subject: 'org:bank', object: money(3e9, 'CNY', { approx: 'over' }) }), attribute('registered-capital', { id: 'b1', doc: 'b', subject: 'org:bank', object: money(4e9, 'CNY') })] },
    { name: 'figures with different qualifiers (products) are different keys', documents, entities, claims: [attribute('loan-limit', { id: 'a1', doc: 'a', subject: 'org:acme', qualifier: 'cash loan', object: money(30000, 'CNY') }), attribute('loan-limit', { id: 'b1', doc: 'b', subject: 'org:acme', qualifier: 'credit loan', object: money(1e6, 'CNY') })] },
    { name: 'revenue for two different quarters is not compared as a conflict when equal', documents, entities, claims: [attribute('revenue', { id: 'a1', doc: 'a', subject: 'org:acme', time: '2021-Q2', object: money(7e9, 'CNY') }), attribute('revenue', { id: 'b1', doc: 'a', subject: 'org:acme', time: '2022-Q2', object: money(7e9, 'CNY') })] },
    { name: 'revenue for a year and for a quarter of it are different periods', documents, entities, claims: [attribute('revenue', { id: 'a1', doc: 'a', subject: 'org:acme', time: '2021', object: money(28e9, 'CNY') }), attribute('revenue', { id: 'b1', doc: 'b', subject: 'org:acme', time: '2021-Q2', object: money(7e9, 'CNY') })] },
    { name: 'a money figure and a percentage cannot be compared', documents, entities, claims: [stake('a1', 'a', percent(29.5)), stake('b1', 'b', money(9e8, 'CNY') as unknown as ReturnType<typeof percent>)] },
    { name: 'a projection (future) is not a figure for now', documents, entities, claims: [attribute('valuation', { id: 'a1', doc: 'a', subject: 'org:acme', object: money(45e9, 'USD') }), attribute('valuation', { id: 'b1', doc: 'b', subject: 'org:acme', tense: 'future', object: money(100e9, 'USD') })] },
    { name: 'deal prices dated only to the year are not compared', documents, entities, claims: [attribute('price', { id: 'a1', doc: 'a', subject: 'org:acme', time: '2016', object: money(6e8, 'CNY') }), attribute('price', { id: 'b1', doc: 'b', subject: 'org:acme', time: '2016', object: money(9e8, 'CNY') })] },
    { name: 'an undated figure in the past tense held at an unknown time', documents, entities, claims: [attribute('valuation', { id: 'a1', doc: 'a', subject: 'org:acme', object: money(45e9, 'USD') }), attribute('valuation', { id: 'b1', doc: 'b', subject: 'org:acme', tense: 'past', object: money(20e9, 'USD') })] },
    { name: 'revenue without its period is of no known period', documents, entities, claims: [attribute('revenue', { id: 'a1', doc: 'a', subject: 'org:acme', object: money(7e9, 'CNY') }), attribute('revenue', { id: 'b1', doc: 'b', subject: 'org:acme', object: money(9e9, 'CNY') })] },
    { name: 'counts are left to count-mismatch', documents, entities, claims: [attribute('users', { id: 'a1', doc: 'a', subject: 'org:acme', object: { kind: 'count', value: 100e6, low: 100e6, high: 100e6, unit: 'count' } }), attribute('users', { id: 'b1', doc: 'b', subject: 'org:acme', object: { kind: 'count', value: 200e6, low: 200e6, high: 200e6, unit: 'count' } })] },
  ],
  invalid: [
    {
      name: 'two stakes for the same holder at the same time',
      documents,
      entities,
      claims: [stake('a1', 'a', percent(29.5)), stake('b1', 'b', percent(15))],
      findings: [{ messageId: 'mismatch', severity: 'error', sides: [['b1'], ['a1']], message: 'Example Bank stake (Acme) (20 December 2016): 15% (Beta) vs 29.5% (Alpha), figures that do not agree even allowing for rounding' }],
    },
    {
      name: 'a stake that changed between two dates is an update',
      documents,
      entities,
      claims: [stake('a1', 'a', percent(29.5)), stake('c1', 'c', percent(40))],
      findings: [{ messageId: 'changed', severity: 'info', sides: [['a1'], ['c1']] }],
    },
    {
      name: 'an amount 15% off the other after conversion',
      documents,
      entities,
      claims: [attribute('registered-capital', { id: 'a1', doc: 'a', subject: 'org:bank', object: money(3e9, 'CNY') }), attribute('registered-capital', { id: 'b1', doc: 'b', subject: 'org:bank', object: money(500e6, 'USD') })],
      findings: [{ messageId: 'mismatch', data: { a: 'CNY 3 billion', b: 'USD 500 million' } }],
    },
    {
      name: 'one article giving two revenues for one quarter',
      documents,
      entities,
      claims: [attribute('revenue', { id: 'a1', doc: 'a', subject: 'org:acme', time: '2021-Q2', object: money(7e9, 'CNY') }), attribute('revenue', { id: 'a2', doc: 'a', subject: 'org:acme', time: '2021-Q2', object: money(9e9, 'CNY') })],
      findings: [{ messageId: 'selfMismatch', message: 'Acme revenue (Q2 2021): Alpha gives both CNY 7 billion and CNY 9 billion' }],
    },
    {
      name: 'a round named by its qualifier is one deal, whatever the precision of its dates',
      documents,
      entities,
      claims: [attribute('amount-raised', { id: 'a1', doc: 'a', subject: 'org:acme', qualifier: 'Series B', time: '2016', object: money(100e6, 'USD') }), attribute('amount-raised', { id: 'b1', doc: 'b', subject: 'org:acme', qualifier: 'Series B', time: '2016-03', object: money(120e6, 'USD') })],
      findings: [{ messageId: 'mismatch', data: { a: 'USD 100 million', b: 'USD 120 million' } }],
    },
    {
      name: 'a hedged side makes it a doubt',
      documents,
      entities,
      claims: [stake('a1', 'a', percent(29.5), { hedged: true }), stake('b1', 'b', percent(15))],
      findings: [{ messageId: 'mismatch', severity: 'warning' }],
    },
  ],
});
