import { describe, it } from 'vitest';
import rule from '../../src/rules/builtin/role-holder-conflict.js';
import { doc, entity, role, RuleTester, time } from '../../src/testing/index.js';

const tester = new RuleTester({ describe, it });
const documents = [doc('p', { outlet: 'Pinnacle', published: '2022-09' }), doc('e', { outlet: 'Echo', published: '2020-10-18' }), doc('t', { outlet: 'Tally', published: '2020-04-24' }), doc('y', { outlet: 'Yearly', published: '2022' })];
const entities = [entity('org:acme', 'Acme Digital'), entity('person:lee', 'Lee Jun'), entity('person:hu', 'Hu Feng'), entity('person:lin', 'Lin Wei')];
const chair = (id: string, d: string, holder: string, extra: Partial<Parameters<typeof role>[1]> = {}) => role('chairman', { id, doc: d, subject: 'org:acme', object: holder, ...extra });

tester.run(rule, {
  valid: [
    { name: "'A replaced B as chairman' in one sentence is not two holders at once", documents, entities, claims: [chair('p1', 'p', 'person:lee', { sentence: 2 }), chair('p2', 'p', 'person:lin', { sentence: 2 })] },
    { name: 'the same holder in two sources', documents, entities, claims: [chair('e1', 'e', 'person:hu', { tense: 'present' }), chair('t1', 't', 'person:hu', { tense: 'present' })] },
    { name: 'two past holders say nothing about overlap', documents, entities, claims: [chair('p1', 'p', 'person:hu', { tense: 'past' }), chair('e1', 'e', 'person:lee', { tense: 'past' })] },
    { name: 'a past holder in one article and a present one in another are not compared', documents, entities, claims: [chair('p1', 'p', 'person:hu', { tense: 'past' }), chair('e1', 'e', 'person:lee', { tense: 'present' })] },
    { name: 'a role that is not single-holder (vice president) may have many holders', documents, entities, claims: [role('vice-president', { id: 'v1', doc: 'p', subject: 'org:acme', object: 'person:hu' }), role('vice-president', { id: 'v2', doc: 'p', subject: 'org:acme', object: 'person:lin' })] },
    { name: "a negated holding ('is no longer chairman') is not a holder", documents, entities, claims: [chair('p1', 'p', 'person:lee'), chair('p2', 'p', 'person:hu', { negated: true })] },
    { name: 'an announced future holder is not a holder yet', documents, entities, claims: [chair('p1', 'p', 'person:lee'), chair('p2', 'p', 'person:lin', { tense: 'future' })] },
    { name: 'co-chairmen share the title by design', documents, entities, claims: [chair('p1', 'p', 'person:lee', { text: 'Lee Jun and Lin Wei are co-chairmen of Acme' }), chair('p2', 'p', 'person:lin', { text: 'Lee Jun and Lin Wei are co-chairmen of Acme' })] },
    { name: 'joint chief executives share the title', documents, entities, claims: [role('ceo', { id: 'c1', doc: 'p', subject: 'org:acme', object: 'person:lee', text: 'joint chief executive Lee Jun' }), role('ceo', { id: 'c2', doc: 'p', subject: 'org:acme', object: 'person:lin', text: 'joint chief executive Lin Wei' })] },
    { name: 'holders of the same title at different organizations are different keys', documents, entities, claims: [chair('p1', 'p', 'person:lee'), role('chairman', { id: 'p2', doc: 'p', subject: 'org:other', object: 'person:hu' })] },
  ],
  invalid: [
    {
      name: 'two present-tense holders in one article (one at publication, one who became it)',
      documents,
      entities,
      claims: [chair('p1', 'p', 'person:lee', { tense: 'present' }), chair('p2', 'p', 'person:lin', { tense: 'present', time: '2022-09-14' }), chair('p3', 'p', 'person:hu', { tense: 'past' })],
      findings: [
        { messageId: 'selfOverlap', severity: 'error', sides: [['p1'], ['p2']], message: 'Acme Digital chairman: Pinnacle names both Lee Jun and Lin Wei as the holder at September 2022' },
        { messageId: 'previously', severity: 'info', sides: [['p3'], ['p1']] },
        { messageId: 'previously', severity: 'info', sides: [['p3'], ['p2']] },
      ],
    },
    {
      name: 'two present-tense holders at the same time in two sources',
      documents,
      entities,
      claims: [chair('e1', 'e', 'person:hu', { tense: 'present' }), chair('t1', 'e', 'person:lee', { tense: 'present', time: '2020-10' })].map((c, i) => (i === 1 ? { ...c, doc: 't', time: time('2020-10') } : c)),
      findings: [{ messageId: 'overlap', severity: 'error', message: 'Acme Digital chairman: Hu Feng (Echo, 18 October 2020) vs Lee Jun (Tally, October 2020), two holders of a one-person role at the same time' }],
    },
    {
      name: 'holders at disjoint times are a succession (info), not a conflict',
      documents,
      entities,
      claims: [chair('e1', 'e', 'person:hu', { tense: 'present' }), chair('p1', 'p', 'person:lee', { tense: 'present' })],
      findings: [{ messageId: 'succession', severity: 'info', sides: [['e1'], ['p1']] }],
    },
    {
      name: 'a year-granular overlap is only a doubt (warning)',
      documents,
      entities,
      claims: [chair('y1', 'y', 'person:hu'), chair('p1', 'p', 'person:lee')],
      findings: [{ messageId: 'overlap', severity: 'warning' }],
    },
    {
      name: "a holder who 'became' it in a stated month, against another at a day of that month, is a doubt",
      documents,
      entities,
      claims: [chair('t1', 't', 'person:lee', { tense: 'present', time: { ...time('2020-04'), span: { start: 3, end: 13, text: 'April 2020' } } }), chair('t2', 't', 'person:hu', { tense: 'present', time: '2020-04-24' })],
      findings: [{ messageId: 'selfOverlap', severity: 'warning' }],
    },
    {
      name: "an extra single-holder role from options ('coach')",
      documents,
      entities,
      options: { predicates: ['coach'] },
      claims: [role('coach', { id: 'c1', doc: 'p', subject: 'org:acme', object: 'person:lee' }), role('coach', { id: 'c2', doc: 'p', subject: 'org:acme', object: 'Someone Else' })],
      findings: [{ messageId: 'selfOverlap', data: { a: 'Lee Jun', b: 'Someone Else' } }],
    },
  ],
});

// Current holders named by articles published a few weeks apart (the reporting window).
const apart = [doc('h', { outlet: 'Herald', published: '2023-05-12' }), doc('l', { outlet: 'Ledger', published: '2023-06-20' }), doc('w', { outlet: 'Wire', published: '2022-08-15' }), doc('s', { outlet: 'Spring', published: '2023-04-01' }), doc('n', { outlet: 'Next', published: '2026-06-20' })];
const people = [entity('org:bank', 'Example Bank'), entity('person:rao', 'Ravi Rao'), entity('person:ruiz', 'Ana Ruiz'), entity('person:ito', 'Mia Ito')];
const ceo = (id: string, d: string, holder: string, extra: Partial<Parameters<typeof role>[1]> = {}) => role('ceo', { id, doc: d, subject: 'org:bank', object: holder, tense: 'present', ...extra });
const appointed = (id: string) => ceo(id, 'h', 'person:rao', { time: '2023-05-11', text: 'Example Bank on Thursday appointed Ravi Rao as its managing director and chief executive' });
const current = (id: string, d: string, holder: string, text = 'said Ana Ruiz, the chief executive of Example Bank, in an interview') => ceo(id, d, holder, { text });

tester.run(rule, {
  valid: [
    { name: 'the same holder named by an appointment and five weeks later', documents: apart, entities: people, claims: [appointed('h1'), current('l1', 'l', 'person:rao', 'said Ravi Rao, the chief executive of Example Bank')] },
  ],
  invalid: [
    {
      name: "an appointment ('since T', open-ended) against another holder at publication five weeks later",
      documents: apart,
      entities: people,
      claims: [appointed('h1'), current('l1', 'l', 'person:ruiz')],
      findings: [{ messageId: 'reported', severity: 'warning', sides: [['h1'], ['l1']], data: { days: 39 }, message: 'Example Bank CEO: Ravi Rao (Herald, from 11 May 2023) vs Ana Ruiz (Ledger, 20 June 2023), two holders of a one-person role reported 39 days apart with no change of holder stated' }],
    },
    {
      name: 'two holders each given as current by articles five weeks apart',
      documents: apart,
      entities: people,
      claims: [current('h1', 'h', 'person:rao', 'Ravi Rao, chief executive of Example Bank, said'), current('l1', 'l', 'person:ruiz')],
      findings: [{ messageId: 'reported', severity: 'warning', sides: [['h1'], ['l1']] }],
    },
    {
      name: 'an appointment after a holder reported weeks before is a succession',
      documents: apart,
      entities: people,
      claims: [current('s1', 's', 'person:ruiz'), appointed('h1')],
      findings: [{ messageId: 'succession', severity: 'info', sides: [['s1'], ['h1']] }],
    },
    {
      name: 'a hedged later holder is not a report of who holds it: a succession',
      documents: apart,
      entities: people,
      claims: [current('h1', 'h', 'person:rao', 'Ravi Rao, chief executive of Example Bank, said'), ceo('l1', 'l', 'person:ruiz', { hedged: true })],
      findings: [{ messageId: 'succession', severity: 'info' }],
    },
    {
      name: 'current holders reported three years apart are a succession',
      documents: apart,
      entities: people,
      claims: [current('h1', 'h', 'person:rao', 'Ravi Rao, chief executive of Example Bank, said'), current('n1', 'n', 'person:ruiz')],
      findings: [{ messageId: 'succession', severity: 'info' }],
    },
    {
      name: "a later report that speaks of a change ('the new chief executive') is the change",
      documents: apart,
      entities: people,
      claims: [appointed('h1'), current('l1', 'l', 'person:ruiz', 'said Ana Ruiz, the new chief executive of Example Bank')],
      findings: [{ messageId: 'succession', severity: 'info' }],
    },
    {
      name: "an article that gives one holder as 'previously' states the succession",
      documents: apart,
      entities: people,
      claims: [current('h1', 'h', 'person:rao', 'Ravi Rao, chief executive of Example Bank, said'), ceo('l0', 'l', 'person:rao', { tense: 'past', text: 'Previously, the chief executive was Ravi Rao' }), current('l1', 'l', 'person:ruiz')],
      findings: [{ messageId: 'succession', severity: 'info', sides: [['h1'], ['l1']] }],
    },
    {
      name: "an earlier report of an outgoing or interim holder foretells the change",
      documents: apart,
      entities: people,
      claims: [current('h1', 'h', 'person:rao', 'Ravi Rao, the interim chief executive of Example Bank, said'), current('l1', 'l', 'person:ruiz')],
      findings: [{ messageId: 'succession', severity: 'info' }],
    },
    {
      name: "a start years before its article ('became chief executive in 2015') may be history: not carried to the article's date",
      documents: apart,
      entities: people,
      claims: [ceo('h1', 'h', 'person:rao', { time: '2015' }), current('l1', 'l', 'person:ruiz')],
      findings: [{ messageId: 'succession', severity: 'info' }],
    },
    {
      name: 'with windowDays 0 only overlapping dates are compared',
      documents: apart,
      entities: people,
      options: { windowDays: 0 },
      claims: [appointed('h1'), current('l1', 'l', 'person:ruiz')],
      findings: [{ messageId: 'succession', severity: 'info' }],
    },
    {
      name: 'an older holder before an appointment and another after it: only the one within the window is reported',
      documents: apart,
      entities: people,
      claims: [appointed('h1'), current('l1', 'l', 'person:ruiz'), current('w1', 'w', 'person:ito')],
      findings: [
        { messageId: 'reported', severity: 'warning', sides: [['h1'], ['l1']] },
        { messageId: 'succession', severity: 'info', sides: [['w1'], ['h1']] },
        { messageId: 'succession', severity: 'info', sides: [['w1'], ['l1']] },
      ],
    },
  ],
});
