import { expect, it } from 'vitest';
import { describeScenario } from './scenarios.js';
import { attribute, count, doc, entity, event, money, percent, role, time } from '../../src/testing/index.js';
import type { Claim } from '../../src/types.js';

// The default corpus's conflicts and non-conflicts (../shared/gold/seed-expectations.json), as
// hand-built claims in the shape the claims stage is asked to give: what the rules must make of
// them whatever extraction manages on a given day.
const AH = 'androidheadlines-2015-06-xiaomi-online-loans';
const EO = 'equalocean-2020-10-18-airstar-digits';
const PD = 'pandaily-2022-09-xiaomi-financial-map';
const TN = 'technode-2020-04-24-xiaomi-banker';
const TM = 'tmtpost-2016-12-xw-bank';
const documents = [
  doc(AH, { outlet: 'Android Headlines', published: '2015-06' }),
  doc(EO, { outlet: 'EqualOcean', published: '2020-10-18' }),
  doc(PD, { outlet: 'Pandaily', published: '2022-09' }),
  doc(TN, { outlet: 'TechNode', published: '2020-04-24' }),
  doc(TM, { outlet: 'TMTpost', published: '2016-12' }),
];
const entities = [
  entity('org:xiaomi', 'Xiaomi'),
  entity('org:xw-bank', 'XW Bank', { aliases: ['Sichuan Xinwang Bank'] }),
  entity('org:airstar', 'Airstar Digital Technology', { aliases: ['Airstar Digits', 'Xiaomi Finance'] }),
  entity('person:lei-jun', 'Lei Jun', { type: 'person' }),
  entity('person:hong-feng', 'Hong Feng', { type: 'person' }),
  entity('person:lin-shiwei', 'Lin Shiwei', { type: 'person' }),
  entity('org:new-hope', 'New Hope'),
  entity('org:redflag', 'Redflag Chain'),
];

/** The approval as the claims stage gives it: one claim whose evidence is the whole sentence. */
function approvalSentence(): Claim {
  const text = "As a matter of fact, New Hope, Yinmi (Xiaomi’s full-asset subsidiary) and Redflag Chain’s application was approved by CSRC as early as in June last year, so they have been preparing for the official launch for six months.";
  const base = event('approved', { id: 'tm-approved-sentence', doc: TM, subject: 'org:yinmi', text, sentence: 13 });
  const at = text.indexOf('June last year');
  return { ...base, evidence: { ...base.evidence, start: 1545, end: 1545 + text.length }, time: { ...time('2015-06', { anchor: 'publication' }), span: { start: 1545 + at, end: 1545 + at + 14, text: 'June last year' } } };
}

const conflicts: Record<string, Claim[]> = {
  'xw-bank-founding-year': [
    event('founded', { id: 'tm-founded', doc: TM, subject: 'org:xw-bank', time: '2015-12-27' }),
    event('founded', { id: 'tn-founded', doc: TN, subject: 'org:xw-bank', time: '2016' }),
    event('founded', { id: 'pd-founded', doc: PD, subject: 'org:xw-bank', time: time('2016-12', { anchor: 'discourse' }) }),
  ],
  'payment-license-date': [
    event('licensed', { id: 'tm-pay', doc: TM, subject: 'org:xiaomi', qualifier: 'payment', time: '2014-02' }),
    event('licensed', { id: 'pd-pay', doc: PD, subject: 'org:xiaomi', qualifier: 'payment', time: '2016-01' }),
  ],
  'airstar-rename-year': [
    event('renamed', { id: 'pd-rename-2019', doc: PD, subject: 'org:airstar', time: '2019' }),
    event('renamed', { id: 'pd-rename', doc: PD, subject: 'org:airstar', object: 'org:airstar', time: '2021' }),
    event('renamed', { id: 'eo-rename', doc: EO, subject: 'org:airstar', object: 'Airstar Digits', time: '2020-10-18' }),
  ],
  'airstar-chairman': [
    role('chairman', { id: 'pd-lei', doc: PD, subject: 'org:airstar', object: 'person:lei-jun', tense: 'present' }),
    role('chairman', { id: 'pd-hong', doc: PD, subject: 'org:airstar', object: 'person:hong-feng', tense: 'past' }),
    role('chairman', { id: 'pd-lin', doc: PD, subject: 'org:airstar', object: 'person:lin-shiwei', tense: 'present' }),
    role('chairman', { id: 'eo-hong', doc: EO, subject: 'org:airstar', object: 'person:hong-feng', tense: 'present', time: '2020-10-18' }),
    role('ceo', { id: 'eo-hong-ceo', doc: EO, subject: 'org:airstar', object: 'person:hong-feng', tense: 'present', time: '2020-10-18' }),
  ],
  'xw-bank-approval-timeline': [
    event('approved', { id: 'tm-approved', doc: TM, subject: 'org:xw-bank', time: time('2015-06', { anchor: 'publication' }) }),
    event('approved', { id: 'tm-six-months', doc: TM, subject: 'org:xw-bank', time: time('2016-06', { anchor: 'publication', mod: 'APPROX' }) }),
  ],
  'xw-bank-approval-timeline (one claim, the sentence read by the rule)': [approvalSentence()],
};

const quiet: Record<string, Claim[]> = {
  'hong-feng-titles-over-time': [
    role('vice-president', { id: 'ah-vp', doc: AH, subject: 'org:xiaomi', object: 'person:hong-feng', tense: 'present' }),
    role('founder', { id: 'ah-cofounder', doc: AH, subject: 'org:xiaomi', object: 'person:hong-feng', tense: 'present' }),
    role('vice-president', { id: 'pd-svp', doc: PD, subject: 'org:xiaomi', object: 'person:hong-feng', qualifier: 'senior', tense: 'present' }),
    role('chairman', { id: 'tn-hong', doc: TN, subject: 'org:airstar', object: 'person:hong-feng', tense: 'present' }),
    role('ceo', { id: 'pd-lei-ceo', doc: PD, subject: 'org:xiaomi', object: 'person:lei-jun', tense: 'present' }),
  ],
  'consumer-finance-license-2020': [
    event('licensed', { id: 'tn-not-yet', doc: TN, subject: 'org:xiaomi', qualifier: 'consumer-finance', negated: true }),
    event('licensed', { id: 'pd-cf', doc: PD, subject: 'org:xiaomi', qualifier: 'consumer-finance', time: '2020' }),
    event('approved', { id: 'tn-green-light', doc: TN, subject: 'org:xiaomi', qualifier: 'consumer-finance', time: '2020-01' }),
  ],
  'loan-limits-different-products': [
    attribute('loan-limit', { id: 'ah-limit', doc: AH, subject: 'org:xiaomi', qualifier: 'online loan', object: money(30000, 'CNY', { approx: 'up-to', equivalent: money(4830, 'USD') }), tense: 'future' }),
    attribute('loan-limit', { id: 'tm-limit', doc: TM, subject: 'org:xiaomi', qualifier: 'Xiaomi Loan', time: '2015-09', object: money(1e6, 'CNY', { approx: 'up-to', equivalent: money(144000, 'USD', { approx: 'around' }) }) }),
  ],
  'xw-bank-stake-agrees': [
    attribute('stake', { id: 'tm-nh', doc: TM, subject: 'org:xw-bank', qualifier: 'org:new-hope', object: percent(30) }),
    attribute('stake', { id: 'tm-xm', doc: TM, subject: 'org:xw-bank', qualifier: 'org:xiaomi', object: percent(29.5) }),
    attribute('stake', { id: 'tm-rf', doc: TM, subject: 'org:xw-bank', qualifier: 'org:redflag', object: percent(15) }),
    attribute('stake', { id: 'tn-xm', doc: TN, subject: 'org:xw-bank', qualifier: 'org:xiaomi', object: percent(29.5) }),
    attribute('registered-capital', { id: 'tm-capital', doc: TM, subject: 'org:xw-bank', object: money(3e9, 'CNY', { equivalent: money(432e6, 'USD', { approx: 'around' }) }) }),
  ],
  'revenue-change-within-rounding': [
    attribute('revenue', { id: 'pd-rev-21', doc: PD, subject: 'org:xiaomi', qualifier: 'internet services', time: '2021-Q2', object: money(7e9, 'CNY'), sentence: 20 }),
    attribute('revenue', { id: 'pd-rev-22', doc: PD, subject: 'org:xiaomi', qualifier: 'internet services', time: '2022-Q2', object: money(6.97e9, 'CNY'), sentence: 20 }),
    attribute('revenue', { id: 'pd-rev-change', doc: PD, subject: 'org:xiaomi', qualifier: 'change', object: percent(-0.9), sentence: 20 }),
  ],
  'virtual-bank-opening': [
    event('opened', { id: 'pd-opened', doc: PD, subject: 'org:airstar-bank', time: '2020' }),
    event('launched', { id: 'eo-launched', doc: EO, subject: 'org:airstar-bank', time: '2020-06' }),
    event('opened', { id: 'eo-opened', doc: EO, subject: 'org:airstar-bank', time: '2020-06' }),
  ],
  'conversions-at-publication-rates': [
    attribute('loans-issued', { id: 'ah-2bn', doc: AH, subject: 'org:xiaomi', time: '2015', object: money(2e9, 'CNY', { approx: 'over', equivalent: money(322e6, 'USD') }) }),
    attribute('loans-issued', { id: 'ah-75bn', doc: AH, subject: 'org:xiaomi', time: '2017', tense: 'future', object: money(75e9, 'CNY', { equivalent: money(12e9, 'USD') }) }),
    attribute('count', { id: 'tm-users', doc: TM, subject: 'org:xiaomi', qualifier: 'registered users', object: count(100e6, 'registered users', { approx: 'over' }) }),
  ],
};

describeScenario('the default corpus in hand-built claims', { documents, entities, conflicts, quiet }, (loud) => {
  it('names the chairman conflict between the two present holders of one article', () => {
    const f = loud.find((x) => x.rule === 'role-holder-conflict');
    expect(f?.message).toBe('Airstar Digital Technology chairman: Pandaily names both Lei Jun and Lin Shiwei as the holder at September 2022');
  });
});
