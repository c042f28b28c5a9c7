import { describe, it } from 'vitest';
import rule from '../../src/rules/builtin/figure-mismatch.js';
import { attribute, doc, entity, money, percent, RuleTester, time } from '../../src/testing/index.js';

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
    { name: 'an undated amount raised without a named round may be any of several rounds', documents, entities, claims: [attribute('amount-raised', { id: 'a1', doc: 'a', subject: 'org:acme', tense: 'past', object: money(75e6, 'EUR') }), attribute('amount-raised', { id: 'b1', doc: 'b', subject: 'org:acme', tense: 'past', time: '2022', object: money(90e6, 'EUR') })] },
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
      name: "a named round told without a date ('has raised 75 million in a Series B round') is still that round",
      documents,
      entities,
      claims: [
        attribute('amount-raised', { id: 'a1', doc: 'a', subject: 'org:acme', qualifier: 'series-b', tense: 'past', object: money(75e6, 'EUR') }),
        attribute('amount-raised', { id: 'b1', doc: 'b', subject: 'org:acme', qualifier: 'series-b', tense: 'past', time: '2022', object: money(90e6, 'EUR') }),
      ],
      findings: [{ messageId: 'mismatch', data: { a: 'EUR 75 million', b: 'EUR 90 million' } }],
    },
    {
      name: 'a named round dated only by a month whose year was inferred is still that round',
      documents,
      entities,
      claims: [
        attribute('amount-raised', { id: 'a1', doc: 'a', subject: 'org:acme', qualifier: 'series-c', time: '2016-03-09', object: money(300e6, 'USD') }),
        attribute('amount-raised', { id: 'b1', doc: 'b', subject: 'org:acme', qualifier: 'series-c', time: { ...time('2016-03'), implied: ['year'] }, object: money(250e6, 'USD') }),
      ],
      findings: [{ messageId: 'mismatch', data: { a: 'USD 250 million', b: 'USD 300 million' } }],
    },
    {
      name: 'an IPO happens once: a month apart it is still one listing (held-out airline corpus)',
      documents,
      entities,
      claims: [
        attribute('amount-raised', { id: 'a1', doc: 'a', subject: 'org:acme', qualifier: 'ipo', time: '2022-05', object: money(99e6, 'USD') }),
        attribute('amount-raised', { id: 'b1', doc: 'b', subject: 'org:acme', qualifier: 'ipo', time: '2022-06', object: money(140e6, 'USD') }),
      ],
      findings: [{ messageId: 'mismatch' }],
    },
    {
      name: "one bidder's price per share for one company, told two years apart, is one bid (held-out robot maker)",
      documents,
      entities,
      claims: [
        attribute('share-price', { id: 'a1', doc: 'a', subject: 'org:acme', qualifier: 'org:bank', tense: 'past', time: '2023-02-21', object: money(2400, 'JPY') }),
        attribute('share-price', { id: 'b1', doc: 'b', subject: 'org:acme', qualifier: 'org:bank', tense: 'past', time: '2025-03-18', object: money(2600, 'JPY') }),
      ],
      findings: [{ messageId: 'mismatch' }],
    },
    {
      name: 'bond sales may be several: two months apart they are a change, not a mismatch',
      documents,
      entities,
      claims: [
        attribute('amount-raised', { id: 'a1', doc: 'a', subject: 'org:acme', qualifier: 'bond-usd', time: '2022-05', object: money(200e6, 'USD') }),
        attribute('amount-raised', { id: 'b1', doc: 'b', subject: 'org:acme', qualifier: 'bond-usd', time: '2022-07', object: money(500e6, 'USD') }),
      ],
      findings: [{ messageId: 'changed', severity: 'info' }],
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

// Current figures given by articles published a few weeks apart (the reporting window), and deal prices.
const apart = [doc('h', { outlet: 'Herald', published: '2023-05-12' }), doc('l', { outlet: 'Ledger', published: '2023-06-20' }), doc('n', { outlet: 'Next', published: '2026-06-20' }), doc('w', { outlet: 'Wire', published: '2022-08-15' })];
const firms = [entity('org:bank', 'Example Bank'), entity('org:acme', 'Acme'), entity('org:wallet', 'Pocket Wallet')];
const held = (id: string, d: string, value: number, text = `Acme owns a ${value} per cent stake in the bank`) => stake(id, d, percent(value), { tense: 'present', text });
const price = (id: string, d: string, value: ReturnType<typeof money>, when: Parameters<typeof attribute>[1]['time']) => attribute('price', { id, doc: d, subject: 'org:acme', qualifier: 'org:wallet', object: value, time: when, text: 'Acme completed its purchase of Pocket Wallet' });
const byPublication = time('2022-08-15', { mod: 'ON_OR_BEFORE' });
const openBefore = { ...byPublication, start: '0001-01-01' };

tester.run(rule, {
  valid: [
    { name: 'the same stake given as current five weeks apart', documents: apart, entities: firms, claims: [held('h1', 'h', 100), held('l1', 'l', 100)] },
    {
      name: 'a price in a currency without a rate agrees through the equivalent its article states',
      documents: apart,
      entities: firms,
      claims: [price('w1', 'w', money(1.2e9, 'XTS', { equivalent: money(40e6, 'USD', { approx: 'around' }) }), openBefore), price('l1', 'l', money(40e6, 'USD'), '2022-03')],
    },
    {
      name: 'the prices of two tranches of one stake (for 30%, then for 21% more) are two prices (held-out insurer)',
      documents: apart,
      entities: firms,
      claims: [price('w1', 'w', money(12e6, 'EUR', { noun: '30%' }), '2020-09-08'), price('l1', 'l', money(19e6, 'EUR', { noun: '21%' }), openBefore)],
    },
  ],
  invalid: [
    {
      name: 'two prices for the same share of a company disagree, and the message says which share',
      documents: apart,
      entities: firms,
      claims: [price('w1', 'w', money(12e6, 'EUR', { noun: '30%' }), '2020-09-08'), price('l1', 'l', money(9.5e6, 'USD', { noun: '30%' }), '2020'), price('l2', 'l', money(19e6, 'EUR', { noun: '21%' }), openBefore)],
      findings: [{ messageId: 'mismatch', sides: [['l1'], ['w1']], data: { a: 'USD 9.5 million for 30%', b: 'EUR 12 million for 30%' } }],
    },
    {
      name: 'two stakes given as current by articles five weeks apart, no change stated',
      documents: apart,
      entities: firms,
      claims: [held('h1', 'h', 100), held('l1', 'l', 75, 'It holds a 75% stake in the bank, with the rest owned by insurers')],
      findings: [{ messageId: 'reported', severity: 'warning', sides: [['h1'], ['l1']], data: { days: 39 }, message: 'Example Bank stake (Acme): 100% (Herald, 12 May 2023) vs 75% (Ledger, 20 June 2023), both given as current 39 days apart with no change stated' }],
    },
    {
      name: 'a stated increase is an update',
      documents: apart,
      entities: firms,
      claims: [held('h1', 'h', 75), held('l1', 'l', 100, 'Acme raised its stake in the bank to 100 per cent')],
      findings: [{ messageId: 'changed', severity: 'info' }],
    },
    {
      name: 'the same state given differently three years apart is an update',
      documents: apart,
      entities: firms,
      claims: [held('h1', 'h', 100), held('n1', 'n', 75)],
      findings: [{ messageId: 'changed', severity: 'info' }],
    },
    {
      name: 'with windowDays 0 only overlapping dates are compared',
      documents: apart,
      entities: firms,
      options: { windowDays: 0 },
      claims: [held('h1', 'h', 100), held('l1', 'l', 75)],
      findings: [{ messageId: 'changed', severity: 'info' }],
    },
    {
      name: 'a state that is not functional (a valuation moves with every round) is only an update weeks apart',
      documents: apart,
      entities: firms,
      claims: [attribute('valuation', { id: 'h1', doc: 'h', subject: 'org:acme', object: money(1e9, 'USD') }), attribute('valuation', { id: 'l1', doc: 'l', subject: 'org:acme', object: money(2e9, 'USD') })],
      findings: [{ messageId: 'changed', severity: 'info' }],
    },
    {
      name: 'a figure dated in the text is not a current report',
      documents: apart,
      entities: firms,
      claims: [stake('h1', 'h', percent(100), { time: '2023-03' }), held('l1', 'l', 75)],
      findings: [{ messageId: 'changed', severity: 'info' }],
    },
    {
      name: 'a deal price converted at the month its open time ends, with the equivalent stated beside it',
      documents: apart,
      entities: firms,
      claims: [price('w1', 'w', money(1.2e9, 'INR', { equivalent: money(15e6, 'USD', { approx: 'around' }) }), openBefore), price('l1', 'l', money(40e6, 'USD'), '2022-03')],
      findings: [{ messageId: 'mismatch', severity: 'error', message: 'Acme price (Pocket Wallet) (by 15 August 2022): INR 1.2 billion (Wire) vs USD 40 million (Ledger), figures that do not agree even allowing for rounding' }],
    },
    {
      name: 'a price in a currency without a rate disagrees through its stated equivalent',
      documents: apart,
      entities: firms,
      claims: [price('w1', 'w', money(1.2e9, 'XTS', { equivalent: money(15e6, 'USD', { approx: 'around' }) }), openBefore), price('l1', 'l', money(40e6, 'USD'), '2022-03')],
      findings: [{ messageId: 'mismatch', severity: 'error' }],
    },
  ],
});
