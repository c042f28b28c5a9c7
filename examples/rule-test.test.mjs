// Test a rule with named valid and invalid cases (run it with vitest).
import { describe, it } from 'vitest';
import { BUILTIN_RULES } from 'corroborate';
import { RuleTester, doc, entity, event } from 'corroborate/testing';

const rule = BUILTIN_RULES['event-date-conflict'];
const documents = [doc('a', { outlet: 'Alpha', published: '2020-05-01' }), doc('b', { outlet: 'Beta', published: '2020-06-01' })];
const entities = [entity('org:acme', 'Acme')];

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'a year holds its month', documents, entities, claims: [event('founded', { id: 'a1', doc: 'a', subject: 'org:acme', time: '2016' }), event('founded', { id: 'b1', doc: 'b', subject: 'org:acme', time: '2016-12' })] },
  ],
  invalid: [
    { name: 'two years', documents, entities, claims: [event('founded', { id: 'a1', doc: 'a', subject: 'org:acme', time: '2015' }), event('founded', { id: 'b1', doc: 'b', subject: 'org:acme', time: '2016' })], findings: [{ messageId: 'disjoint' }] },
  ],
});
