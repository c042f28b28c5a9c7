import { describe, it } from 'vitest';
import rule from '../../src/rules/builtin/role-start-conflict.js';
import { doc, entity, role, RuleTester, time } from '../../src/testing/index.js';

const tester = new RuleTester({ describe, it });
const documents = [
  doc('a', { outlet: 'Alpha', published: '2016-05-10' }),
  doc('b', { outlet: 'Beta', published: '2017-02' }),
  doc('c', { outlet: 'Gamma', published: '2013-01-20' }),
  doc('d', { outlet: 'Delta', published: '2010-06-01' }),
];
const entities = [entity('org:halbeck', 'Halbeck Pharma'), entity('org:morrow', 'Morrow Mining'), entity('person:nadia', 'Nadia Rourke', { aliases: ['Rourke'] }), entity('person:tomas', 'Tomas Ferreira')];

type Extra = Partial<Parameters<typeof role>[1]>;
/** 'has been CEO since <date>': held from the date through publication (as the claims stage writes it). */
const since = (timex: string, published: string) => ({ ...time(timex), mod: 'ON_OR_AFTER' as const, end: published });
const ceo = (id: string, d: string, t: Extra['time'], text: string, extra: Extra = {}) => role('ceo', { id, doc: d, subject: 'org:halbeck', object: 'person:nadia', tense: 'present', time: t, text, ...extra });
const SINCE_2011 = 'Nadia Rourke has been chief executive of Halbeck Pharma since 2011';
const BECAME_2012 = 'Nadia Rourke, who became chief executive of Halbeck Pharma in 2012, said';

tester.run(rule, {
  valid: [
    { name: 'the same year at two granularities agrees (2011 contains March 2011)', documents, entities, claims: [ceo('a1', 'a', since('2011', '2016-05-10'), SINCE_2011), ceo('b1', 'b', '2011-03', 'Nadia Rourke was appointed CEO of Halbeck Pharma in March 2011')] },
    { name: 'the same start in two articles', documents, entities, claims: [ceo('a1', 'a', since('2012', '2016-05-10'), 'Nadia Rourke has been CEO since 2012'), ceo('b1', 'b', '2012', BECAME_2012)] },
    { name: 'different people in one post are the role-holder rule’s business', documents, entities, claims: [ceo('a1', 'a', since('2011', '2016-05-10'), SINCE_2011), ceo('b1', 'b', '2012', 'Tomas Ferreira became chief executive in 2012', { object: 'person:tomas' })] },
    { name: 'different posts of one person are different keys', documents, entities, claims: [ceo('a1', 'a', since('2011', '2016-05-10'), SINCE_2011), role('chairman', { id: 'b1', doc: 'b', subject: 'org:halbeck', object: 'person:nadia', tense: 'present', time: '2012', text: 'Nadia Rourke became chairwoman of Halbeck Pharma in 2012' })] },
    { name: 'one post at two organizations are different keys', documents, entities, claims: [ceo('a1', 'a', since('2011', '2016-05-10'), SINCE_2011), ceo('b1', 'b', '2012', 'Nadia Rourke became chief executive of Morrow Mining in 2012', { subject: 'org:morrow' })] },
    { name: 'one article giving two starts is left to a reader of that article', documents, entities, claims: [ceo('a1', 'a', since('2011', '2016-05-10'), SINCE_2011), ceo('a2', 'a', '2012', BECAME_2012)] },
    { name: 'a re-appointment told as such is a new term, not a first start', documents, entities, claims: [ceo('a1', 'a', since('2011', '2016-05-10'), SINCE_2011), ceo('b1', 'b', '2014', 'Nadia Rourke was reappointed chief executive of Halbeck Pharma in 2014')] },
    { name: "'named CEO again' is a new term", documents, entities, claims: [ceo('a1', 'a', since('2011', '2016-05-10'), SINCE_2011), ceo('b1', 'b', '2014', 'Halbeck Pharma named Nadia Rourke chief executive again in 2014')] },
    { name: 'an interim start and the permanent one may both be true', documents, entities, claims: [ceo('a1', 'a', '2011', 'Nadia Rourke became interim chief executive of Halbeck Pharma in 2011'), ceo('b1', 'b', '2012', BECAME_2012)] },
    { name: 'a term told as ended means more than one term may be meant', documents, entities, claims: [ceo('a1', 'a', since('2011', '2016-05-10'), SINCE_2011), ceo('b1', 'b', '2012', BECAME_2012), ceo('b2', 'b', undefined, 'Rourke stepped down as chief executive in 2009', { tense: 'past' })] },
    { name: 'a post at the publication date states no start', documents, entities, claims: [ceo('a1', 'a', since('2011', '2016-05-10'), SINCE_2011), ceo('b1', 'b', '2017-02', 'Nadia Rourke, chief executive of Halbeck Pharma, said')] },
    { name: "a start the text only bounds ('by 2012') is not compared", documents, entities, claims: [ceo('a1', 'a', since('2011', '2016-05-10'), SINCE_2011), ceo('b1', 'b', time('2013', { mod: 'ON_OR_BEFORE' }), 'Nadia Rourke had become CEO by 2013')] },
    { name: 'a negated start is no start', documents, entities, claims: [ceo('a1', 'a', since('2011', '2016-05-10'), SINCE_2011), ceo('b1', 'b', '2012', 'Nadia Rourke did not become CEO in 2012', { negated: true })] },
    { name: 'a start whose year the tagger guessed is not compared', documents, entities, claims: [ceo('a1', 'a', since('2011', '2016-05-10'), SINCE_2011), ceo('b1', 'b', time('2012-03', { implied: ['year'] }), 'Nadia Rourke became CEO in March')] },
    { name: 'a post the vocabulary does not mark one-person (director) is not checked', documents, entities, claims: [role('director', { id: 'a1', doc: 'a', subject: 'org:halbeck', object: 'person:nadia', tense: 'present', time: since('2011', '2016-05-10'), text: 'Nadia Rourke has been a director since 2011' }), role('director', { id: 'b1', doc: 'b', subject: 'org:halbeck', object: 'person:nadia', tense: 'present', time: '2013', text: 'Nadia Rourke became managing director in 2013' })] },
    { name: 'a post left to other rules is not checked', documents, entities, options: { exclude: ['ceo'] }, claims: [ceo('a1', 'a', since('2011', '2016-05-10'), SINCE_2011), ceo('b1', 'b', '2012', BECAME_2012)] },
    { name: 'an appointment and the day it took effect a few months later are both right', documents, entities, claims: [ceo('a1', 'a', '2011-11', 'Nadia Rourke was named chief executive of Halbeck Pharma in November 2011'), ceo('b1', 'b', since('2012-01', '2017-02-28'), 'Nadia Rourke has been chief executive of Halbeck Pharma since January 2012')] },
    { name: "'chairman and CEO since 2015' may date the combination, not each title", documents, entities, claims: [ceo('a1', 'a', since('2011', '2016-05-10'), SINCE_2011), ceo('b1', 'b', since('2015', '2017-02-28'), 'Nadia Rourke, chairwoman and chief executive since 2015, said')] },
    { name: "joined titles ('president and chief executive since 2011') are compared only with joined titles", documents, entities, claims: [ceo('a1', 'a', since('2011', '2016-05-10'), 'Nadia Rourke has been president and chief executive of Halbeck Pharma since 2011'), ceo('b1', 'b', '2014', 'Nadia Rourke became chief executive of Halbeck Pharma in 2014')] },
    { name: 'a shared post (co-CEO) and the sole one may both be true', documents, entities, claims: [ceo('a1', 'a', '2011', 'Nadia Rourke became co-CEO of Halbeck Pharma in 2011'), ceo('b1', 'b', '2013', 'Nadia Rourke became chief executive of Halbeck Pharma in 2013')] },
    { name: 'without a publication date, a time the text does not state (no span) is no start', documents: [doc('u'), doc('v')], entities, claims: [ceo('u1', 'u', '2010', 'Nadia Rourke, chief executive of Halbeck Pharma, said'), ceo('v1', 'v', '2013', 'Nadia Rourke, the chief executive, said')] },
    { name: 'grace days absorb a near miss when asked', documents, entities, options: { graceDays: 31 }, claims: [ceo('a1', 'a', '2011-12-20', 'Nadia Rourke became CEO on 20 December 2011'), ceo('b1', 'b', '2012-01', 'Nadia Rourke took over as CEO in January 2012')] },
  ],
  invalid: [
    {
      name: "an ended term told with its start ('had been CEO since 2011') against 'has been CEO since 2012'",
      documents,
      entities,
      claims: [ceo('b1', 'b', since('2011', '2017-02-28'), 'Nadia Rourke had been chief executive of Halbeck Pharma since 2011', { tense: 'past' }), ceo('a1', 'a', since('2012', '2016-05-10'), 'Nadia Rourke has been chief executive of Halbeck Pharma since 2012')],
      findings: [{ messageId: 'disjoint', severity: 'warning', sides: [['b1'], ['a1']], data: { person: 'Nadia Rourke', a: '2011', b: '2012', outletA: 'Beta', outletB: 'Alpha' } }],
    },
    {
      name: "'since 2011' against 'became CEO in 2012' in two articles (adjacent years: a doubt)",
      documents,
      entities,
      claims: [ceo('a1', 'a', since('2011', '2016-05-10'), SINCE_2011), ceo('b1', 'b', '2012', BECAME_2012)],
      findings: [{ messageId: 'disjoint', severity: 'warning', sides: [['a1'], ['b1']], message: 'Halbeck Pharma CEO: Nadia Rourke in the post from 2011 (Alpha) vs from 2012 (Beta), start dates that cannot both be right' }],
    },
    {
      name: 'starts more than the notice apart, both inside the other article’s term, are an error',
      documents,
      entities,
      claims: [ceo('a1', 'a', since('2011', '2016-05-10'), SINCE_2011), ceo('b1', 'b', '2013-06', 'Nadia Rourke took over as chief executive of Halbeck Pharma in June 2013')],
      findings: [{ messageId: 'disjoint', severity: 'error', sides: [['a1'], ['b1']], data: { person: 'Nadia Rourke', what: 'CEO', a: '2011', b: 'June 2013', outletA: 'Alpha', outletB: 'Beta' } }],
    },
    {
      name: 'an appointment dated after the other article’s since-date is still a conflict',
      documents,
      entities,
      claims: [ceo('a1', 'a', since('2011', '2016-05-10'), SINCE_2011), ceo('b1', 'b', '2012-03', 'Nadia Rourke was appointed chief executive of Halbeck Pharma in March 2012')],
      findings: [{ messageId: 'disjoint', severity: 'warning', sides: [['a1'], ['b1']] }],
    },
    {
      name: 'an appointment long before the other article’s since-date is a conflict',
      documents,
      entities,
      claims: [ceo('c1', 'c', '2009-02', 'Nadia Rourke was named chief executive of Halbeck Pharma in February 2009'), ceo('a1', 'a', since('2011', '2016-05-10'), SINCE_2011)],
      findings: [{ messageId: 'disjoint', severity: 'error', sides: [['c1'], ['a1']] }],
    },
    {
      name: 'without publication dates, a held-since time carries how long it was held',
      documents: [doc('u'), doc('v')],
      entities,
      claims: [ceo('u1', 'u', { ...since('2010', '2016-12-31'), span: { start: 0, end: 4, text: '2010' } }, 'Nadia Rourke has been chief executive of Halbeck Pharma since 2010'), ceo('v1', 'v', { ...time('2013'), span: { start: 0, end: 4, text: '2013' } }, 'Nadia Rourke became chief executive of Halbeck Pharma in 2013')],
      findings: [{ messageId: 'disjoint', severity: 'error', sides: [['u1'], ['v1']], data: { outletA: 'u', outletB: 'v' } }],
    },
    {
      name: 'the holder named by an alias in one article is the same holder',
      documents,
      entities,
      claims: [ceo('a1', 'a', since('2010', '2016-05-10'), 'Nadia Rourke has been chief executive of Halbeck Pharma since 2010'), ceo('b1', 'b', '2013', 'Rourke became chief executive in 2013', { object: 'Rourke' })],
      findings: [{ messageId: 'disjoint', severity: 'error', sides: [['a1'], ['b1']] }],
    },
    {
      name: 'several sources on each side are named together',
      documents,
      entities,
      claims: [ceo('a1', 'a', since('2011', '2016-05-10'), SINCE_2011), ceo('c1', 'c', '2011-03', 'Nadia Rourke was named CEO of Halbeck Pharma in March 2011'), ceo('b1', 'b', '2014', 'Nadia Rourke became chief executive of Halbeck Pharma in 2014')],
      findings: [{ messageId: 'disjoint', severity: 'error', sides: [['a1', 'c1'], ['b1']], message: 'Halbeck Pharma CEO: Nadia Rourke in the post from 2011 / March 2011 (Alpha and Gamma) vs from 2014 (Beta), start dates that cannot both be right' }],
    },
    {
      name: "a post only implied ('has led the company since') is a doubt",
      documents,
      entities,
      claims: [ceo('a1', 'a', since('2010', '2016-05-10'), 'Nadia Rourke has led Halbeck Pharma since 2010'), ceo('b1', 'b', '2013', 'Nadia Rourke became chief executive of Halbeck Pharma in 2013')],
      findings: [{ messageId: 'disjoint', severity: 'warning' }],
    },
    {
      name: 'a side with a post named and one only implied is as sure as the named one',
      documents,
      entities,
      claims: [ceo('a1', 'a', since('2010', '2016-05-10'), 'Nadia Rourke has led Halbeck Pharma since 2010'), ceo('c1', 'c', since('2010', '2013-01-20'), 'Nadia Rourke, chief executive since 2010, said'), ceo('b1', 'b', '2012-09', 'Nadia Rourke became chief executive of Halbeck Pharma in September 2012')],
      findings: [{ messageId: 'disjoint', severity: 'error', sides: [['a1', 'c1'], ['b1']] }],
    },
    {
      name: 'joined titles against joined titles are compared',
      documents,
      entities,
      claims: [ceo('a1', 'a', since('2010', '2016-05-10'), 'Nadia Rourke has been president and chief executive of Halbeck Pharma since 2010'), ceo('b1', 'b', '2014', 'Nadia Rourke became president and chief executive of Halbeck Pharma in 2014'), ceo('b2', 'b', '2013', 'Nadia Rourke became chief executive of Halbeck Pharma in 2013')],
      findings: [{ messageId: 'disjoint', severity: 'error', sides: [['a1'], ['b1']] }],
    },
    {
      name: 'a hedged side is a doubt',
      documents,
      entities,
      claims: [ceo('a1', 'a', since('2010', '2016-05-10'), 'Nadia Rourke has reportedly been chief executive since 2010', { hedged: true }), ceo('b1', 'b', '2013', 'Nadia Rourke became chief executive of Halbeck Pharma in 2013')],
      findings: [{ messageId: 'disjoint', severity: 'warning' }],
    },
    {
      name: 'a start after the earlier article was published may be a new term (info)',
      documents,
      entities,
      claims: [ceo('d1', 'd', '2009', 'Nadia Rourke, who became chief executive of Halbeck Pharma in 2009, said'), ceo('a1', 'a', since('2012', '2016-05-10'), 'Nadia Rourke has been chief executive of Halbeck Pharma since 2012')],
      findings: [{ messageId: 'newTerm', severity: 'info', sides: [['d1'], ['a1']], message: 'Halbeck Pharma CEO: Nadia Rourke in the post from 2009 (Delta, as of 1 June 2010) and from 2012 (Alpha), a start after that report, so possibly a new term, not a conflict' }],
    },
    {
      name: 'a post added by option is checked',
      documents,
      entities,
      options: { predicates: ['director'] },
      claims: [role('director', { id: 'a1', doc: 'a', subject: 'org:halbeck', object: 'person:nadia', tense: 'present', time: since('2010', '2016-05-10'), text: 'Nadia Rourke has been a director since 2010' }), role('director', { id: 'b1', doc: 'b', subject: 'org:halbeck', object: 'person:nadia', tense: 'present', time: '2013', text: 'Nadia Rourke became a director in 2013' })],
      findings: [{ messageId: 'disjoint', severity: 'error', data: { what: 'director' } }],
    },
  ],
});
