import { describe, it } from 'vitest';
import rule from '../../src/rules/builtin/conversion-rate.js';
import { attribute, doc, entity, money, RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester({ describe, it });
const documents = [doc('a', { outlet: 'Alpha', published: '2016-12' }), doc('b', { outlet: 'Beta', published: '2015-06' }), doc('n', { outlet: 'Nodate' })];
const entities = [entity('org:bank', 'Example Bank'), entity('org:acme', 'Acme')];
const capital = (id: string, d: string, q: ReturnType<typeof money>) => attribute('registered-capital', { id, doc: d, subject: 'org:bank', object: q });

tester.run(rule, {
  valid: [
    { name: 'CNY 3 billion as about $432 million in December 2016 agrees', documents, entities, claims: [capital('a1', 'a', money(3e9, 'CNY', { equivalent: money(432e6, 'USD', { approx: 'around' }) }))] },
    { name: 'CNY 30,000 as $4,830 in June 2015 agrees', documents, entities, claims: [attribute('loan-limit', { id: 'b1', doc: 'b', subject: 'org:acme', object: money(30000, 'CNY', { approx: 'up-to', equivalent: money(4830, 'USD') }) })] },
    { name: 'CNY 75 billion as $12 billion in June 2015 agrees (rounded)', documents, entities, claims: [attribute('loans-issued', { id: 'b1', doc: 'b', subject: 'org:acme', object: money(75e9, 'CNY', { equivalent: money(12e9, 'USD') }) })] },
    { name: 'an amount without an equivalent has nothing to check', documents, entities, claims: [capital('a1', 'a', money(3e9, 'CNY'))] },
    { name: 'an article without a date leaves the conversion unchecked', documents, entities, claims: [capital('n1', 'n', money(3e9, 'CNY', { equivalent: money(600e6, 'USD') }))] },
    { name: 'a currency the rate table lacks leaves it unchecked', documents, entities, claims: [capital('a1', 'a', money(3e9, 'XYZ', { equivalent: money(1e6, 'USD') }))] },
  ],
  invalid: [
    {
      name: 'a dollar figure 15% off the rate of the month',
      documents,
      entities,
      claims: [capital('a1', 'a', money(3e9, 'CNY', { equivalent: money(500e6, 'USD') }))],
      findings: [{ messageId: 'offRate', severity: 'warning', sides: [['a1']], message: "Example Bank registered capital: Alpha gives CNY 3 billion as USD 500 million, but at the December 2016 rate it is about USD 433 million (15% off)" }],
    },
    {
      name: 'a conversion at the rate of another year (2016 rate in a 2015 article)',
      documents,
      entities,
      claims: [attribute('loans-issued', { id: 'b1', doc: 'b', subject: 'org:acme', object: money(2e9, 'CNY', { equivalent: money(290e6, 'USD') }) })],
      findings: [{ messageId: 'offRate', data: { outletA: 'Beta', month: 'June 2015' } }],
    },
  ],
});
