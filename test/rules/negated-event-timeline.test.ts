import { describe, it } from 'vitest';
import rule from '../../src/rules/builtin/negated-event-timeline.js';
import { doc, entity, event, role, RuleTester, time } from '../../src/testing/index.js';

const tester = new RuleTester({ describe, it });
const documents = [doc('t', { outlet: 'Tally', published: '2020-04-24' }), doc('p', { outlet: 'Pinnacle', published: '2022-09' })];
const entities = [entity('org:acme', 'Acme'), entity('person:lee', 'Lee Jun')];
const licence = (id: string, d: string, extra: Partial<Parameters<typeof event>[1]> = {}) => event('licensed', { id, doc: d, subject: 'org:acme', qualifier: 'consumer finance', ...extra });

tester.run(rule, {
  valid: [
    { name: "'not yet' in April 2020 and 'obtained in 2020' are both true if it came later", documents, entities, claims: [licence('n1', 't', { negated: true }), licence('p1', 'p', { time: '2020' })] },
    { name: "'not yet' on or before publication and obtained later that year", documents, entities, claims: [licence('n1', 't', { negated: true, tense: 'past', time: time('2020-04-24', { mod: 'ON_OR_BEFORE', anchor: 'publication', implied: ['year', 'month', 'day'] }) }), licence('p1', 'p', { time: '2020' })] },
    { name: "'not yet' in April 2020 and obtained in May 2020", documents, entities, claims: [licence('n1', 't', { negated: true }), licence('p1', 'p', { time: '2020-05' })] },
    { name: 'a licence of another type is another key', documents, entities, claims: [licence('n1', 't', { negated: true }), event('licensed', { id: 'p1', doc: 'p', subject: 'org:acme', qualifier: 'payment', time: '2014-02' })] },
    { name: "'did not list in 2019' and listed in 2020", documents, entities, claims: [event('listed', { id: 'n1', doc: 'p', subject: 'org:acme', negated: true, tense: 'past', time: '2019' }), event('listed', { id: 'p1', doc: 't', subject: 'org:acme', time: '2020-01' })] },
    { name: 'a negation about another object (not acquired B) beside acquired C', documents, entities, claims: [event('acquired', { id: 'n1', doc: 't', subject: 'org:acme', object: 'Beta Pay', negated: true }), event('acquired', { id: 'p1', doc: 'p', subject: 'org:acme', object: 'Gamma Pay', time: '2019' })] },
    { name: 'is not the chairman now, was the chairman years before', documents, entities, claims: [role('chairman', { id: 'n1', doc: 'p', subject: 'org:acme', object: 'person:lee', negated: true }), role('chairman', { id: 'p1', doc: 't', subject: 'org:acme', object: 'person:lee' })] },
  ],
  invalid: [
    {
      name: "'not yet' in April 2020 against obtained in 2019",
      documents,
      entities,
      claims: [licence('n1', 't', { negated: true }), licence('p1', 'p', { time: '2019' })],
      findings: [{ messageId: 'notYet', severity: 'error', sides: [['n1'], ['p1']], message: 'Acme licensed (consumer finance): Tally says it had not happened as of 24 April 2020, but Pinnacle dates it 2019, before that' }],
    },
    {
      name: "'not yet' dated only 'on or before publication' speaks as of publication",
      documents,
      entities,
      claims: [licence('n1', 't', { negated: true, tense: 'past', time: time('2020-04-24', { mod: 'ON_OR_BEFORE', anchor: 'publication', implied: ['year', 'month', 'day'] }) }), licence('p1', 'p', { time: '2019-11' })],
      findings: [{ messageId: 'notYet', data: { timeA: '24 April 2020', timeB: 'November 2019' } }],
    },
    {
      name: "'did not list in 2019' against listed in March 2019",
      documents,
      entities,
      claims: [event('listed', { id: 'n1', doc: 'p', subject: 'org:acme', negated: true, tense: 'past', time: '2019' }), event('listed', { id: 'p1', doc: 't', subject: 'org:acme', time: '2019-03' })],
      findings: [{ messageId: 'notThen', data: { timeA: '2019', timeB: 'March 2019' } }],
    },
    {
      name: 'is not the chairman against is the chairman at the same time',
      documents,
      entities,
      claims: [role('chairman', { id: 'n1', doc: 'p', subject: 'org:acme', object: 'person:lee', negated: true }), role('chairman', { id: 'p1', doc: 'p', subject: 'org:acme', object: 'person:lee', time: '2022-09-14' })],
      findings: [{ messageId: 'notHolder', message: 'Acme chairman: Pinnacle says Lee Jun did not hold it at September 2022, but Pinnacle says Lee Jun did at 14 September 2022' }],
    },
    {
      name: 'a hedged negation is a doubt',
      documents,
      entities,
      claims: [licence('n1', 't', { negated: true, hedged: true }), licence('p1', 'p', { time: '2019' })],
      findings: [{ messageId: 'notYet', severity: 'warning' }],
    },
  ],
});
