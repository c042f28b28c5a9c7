import { expect, it } from 'vitest';
import { describeScenario } from './scenarios.js';
import { attribute, doc, entity, event, money, percent, role, time } from '../../src/testing/index.js';
import type { Claim } from '../../src/types.js';

// The second corpus (test/fixtures/generality, expectations.json beside it) as hand-built claims
// in the shape the claims stage is asked to give: what the rules must make of articles about a
// subject the default corpus never mentions, whatever extraction manages on a given day.
const HE = 'herald-2023-05-kestrel';
const LE = 'ledger-2023-06-kestrel';
const WI = 'wire-2022-08-kestrel';
const documents = [
  doc(HE, { outlet: 'Deccan Herald Business', published: '2023-05-12' }),
  doc(LE, { outlet: 'The Ledger', published: '2023-06-20' }),
  doc(WI, { outlet: 'Asia Finance Wire', published: '2022-08-15' }),
];
const entities = [
  entity('org:bank', 'Kestrel Payments Bank'),
  entity('org:parent', 'Kestrel Paytech'),
  entity('org:wallet', 'Orbit Wallet'),
  entity('person:gupta', 'Rishi Gupta', { type: 'person' }),
  entity('person:desai', 'Anita Desai', { type: 'person' }),
  entity('person:iyer', 'Meera Iyer', { type: 'person' }),
];
/** 'by the publication date': a past event the text does not date. */
const byPublication = (iso: string) => ({ ...time(iso, { mod: 'ON_OR_BEFORE' }), start: '0001-01-01' });

const conflicts: Record<string, Claim[]> = {
  'parent-founding-year': [
    event('founded', { id: 'he-founded', doc: HE, subject: 'org:parent', time: '2006', text: 'Founded in 2006, Kestrel Paytech started as a provider of point-of-sale terminals' }),
    event('founded', { id: 'le-founded', doc: LE, subject: 'org:parent', time: '2007', text: 'The parent, Kestrel Paytech, was founded in 2007 by former bankers' }),
  ],
  'bank-chief-executive': [
    role('ceo', { id: 'he-gupta', doc: HE, subject: 'org:bank', object: 'person:gupta', tense: 'present', time: '2023-05-11', text: 'Kestrel Payments Bank on Thursday appointed Rishi Gupta as its managing director and chief executive, the lender said in a filing.' }),
    role('ceo', { id: 'le-desai', doc: LE, subject: 'org:bank', object: 'person:desai', tense: 'present', text: '"We have the customers and the data," said Anita Desai, the chief executive of Kestrel Payments Bank, in an interview this week.' }),
  ],
  'parent-stake': [
    attribute('stake', { id: 'he-stake', doc: HE, subject: 'org:bank', qualifier: 'org:parent', object: percent(100), tense: 'present', text: 'Kestrel Paytech owns a 100 per cent stake in the bank.' }),
    attribute('stake', { id: 'le-stake', doc: LE, subject: 'org:bank', qualifier: 'org:parent', object: percent(75), tense: 'present', text: 'It holds a 75% stake in the payments bank, with the rest owned by a group of insurers.' }),
  ],
  'wallet-price (stretch)': [
    attribute('price', { id: 'le-price', doc: LE, subject: 'org:parent', qualifier: 'org:wallet', time: '2022-03', object: money(40e6, 'USD'), text: 'Kestrel Paytech acquired Orbit Wallet, a prepaid wallet start-up, in March 2022 for $40 million.' }),
    attribute('price', { id: 'wi-price', doc: WI, subject: 'org:parent', qualifier: 'org:wallet', time: byPublication('2022-08-15'), object: money(1.2e9, 'INR', { equivalent: money(15e6, 'USD', { approx: 'around' }) }), text: 'Kestrel Paytech said on Monday that it had completed its purchase of Orbit Wallet for Rs 120 crore (about $15 million).' }),
  ],
};

const quiet: Record<string, Claim[]> = {
  'chief-executive-succession': [
    role('ceo', { id: 'wi-iyer', doc: WI, subject: 'org:bank', object: 'person:iyer', tense: 'present', text: 'Meera Iyer, chief executive of Kestrel Payments Bank, said the wallet would be folded into the bank' }),
    role('ceo', { id: 'he-iyer-past', doc: HE, subject: 'org:bank', object: 'person:iyer', tense: 'past', text: 'Previously, the chief executive of the bank was Meera Iyer, who had led it since its launch.' }),
  ],
  'revenue-growth-rounded': [
    attribute('revenue-growth', { id: 'he-growth', doc: HE, subject: 'org:bank', time: '2023-03', object: percent(30, { approx: 'around' }) }),
    attribute('revenue-growth', { id: 'le-growth', doc: LE, subject: 'org:bank', time: '2023-03', object: percent(29.6) }),
  ],
  'loss-two-years': [
    attribute('loss', { id: 'he-loss-23', doc: HE, subject: 'org:bank', time: '2023-03', object: money(420e6, 'INR'), sentence: 9 }),
    attribute('loss', { id: 'he-loss-22', doc: HE, subject: 'org:bank', time: '2022-03', object: money(610e6, 'INR'), sentence: 9 }),
  ],
  'licence-not-yet-then-received': [
    event('licensed', { id: 'wi-licence', doc: WI, subject: 'org:bank', qualifier: 'credit-card', time: '2022-08' }),
    event('licensed', { id: 'wi-not-yet', doc: WI, subject: 'org:bank', qualifier: 'credit-card', time: '2022-03', negated: true }),
  ],
  'licence-then-opening': [
    event('launched', { id: 'he-opened', doc: HE, subject: 'org:bank', time: '2017-06', sentence: 7 }),
    event('licensed', { id: 'he-licensed', doc: HE, subject: 'org:bank', qualifier: 'banking', time: '2015', sentence: 7 }),
  ],
};

describeScenario('the generality corpus in hand-built claims', { documents, entities, conflicts, quiet }, (loud) => {
  it('the chief executives reported weeks apart and the stakes are warnings, not errors', () => {
    expect(loud.filter((f) => f.messageId === 'reported').map((f) => [f.rule, f.severity]).sort()).toEqual([
      ['figure-mismatch', 'warning'],
      ['role-holder-conflict', 'warning'],
    ]);
  });
});
