import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineRule } from '../../src/rules/index.js';
import { entity, event, RuleTester, RuleTesterError, type RuleTests } from '../../src/testing/index.js';

// A toy rule: flags every pair of 'founded' claims with different years, to test the tester.
const toy = defineRule({
  id: 'toy',
  meta: {
    description: 'toy',
    severity: 'error',
    kinds: ['event'],
    options: z.object({ loud: z.boolean().default(true) }).strict(),
    messages: { differ: '{{subject}}: {{a}} vs {{b}}' },
  },
  check(group, { options }) {
    const [x, y] = group.claims;
    if (!x || !y || x.time?.timex === y.time?.timex) return [];
    return [{ messageId: 'differ', sides: [[x.id], [y.id]], data: { a: x.time?.timex ?? '', b: y.time?.timex ?? '' }, grade: options.loud ? 'conflict' : 'update' }];
  },
});

const entities = [entity('org:acme', 'Acme')];
const two = [event('founded', { id: 'x', doc: 'a', subject: 'org:acme', time: '2015' }), event('founded', { id: 'y', doc: 'b', subject: 'org:acme', time: '2016' })];

/** Runs a rule test table with a recording describe/it, returning each case's error (or null). */
function outcomes(tests: RuleTests<'differ', { loud?: boolean }>, rule = toy): Map<string, unknown> {
  const results = new Map<string, unknown>();
  const tester = new RuleTester({
    describe: (_n, body) => body(),
    it: (name, body) => {
      try {
        body();
        results.set(name, null);
      } catch (error) {
        results.set(name, error);
      }
    },
  });
  tester.run(rule, tests);
  return results;
}

const cases: { name: string; tests: RuleTests<'differ', { loud?: boolean }>; fails: boolean; says?: RegExp }[] = [
  { name: 'a valid case with no finding passes', tests: { valid: [{ name: 'c', claims: two.slice(0, 1) }], invalid: [] }, fails: false },
  { name: 'a valid case with a finding fails', tests: { valid: [{ name: 'c', claims: two, entities }], invalid: [] }, fails: true, says: /should give no finding/u },
  { name: 'an invalid case with the right finding passes', tests: { valid: [], invalid: [{ name: 'c', claims: two, entities, findings: [{ messageId: 'differ', sides: [['x'], ['y']], message: 'Acme: 2015 vs 2016' }] }] }, fails: false },
  { name: 'an invalid case with a wrong message fails', tests: { valid: [], invalid: [{ name: 'c', claims: two, entities, findings: [{ messageId: 'differ', message: 'Acme: 2015 vs 2017' }] }] }, fails: true, says: /expected but not found/u },
  { name: 'an invalid case with a wrong severity fails', tests: { valid: [], invalid: [{ name: 'c', claims: two, entities, findings: [{ messageId: 'differ', severity: 'warning' }] }] }, fails: true },
  { name: 'an invalid case with wrong sides fails', tests: { valid: [], invalid: [{ name: 'c', claims: two, entities, findings: [{ messageId: 'differ', sides: [['y'], ['x']] }] }] }, fails: true },
  { name: 'an invalid case missing a finding fails', tests: { valid: [], invalid: [{ name: 'c', claims: two, entities, findings: [{ messageId: 'differ' }, { messageId: 'differ' }] }] }, fails: true },
  { name: 'an invalid case listing no finding fails', tests: { valid: [], invalid: [{ name: 'c', claims: two, entities, findings: [] }] }, fails: true, says: /belongs in valid/u },
  { name: 'options reach the rule (update is info)', tests: { valid: [], invalid: [{ name: 'c', claims: two, entities, options: { loud: false }, findings: [{ messageId: 'differ', severity: 'info' }] }] }, fails: false },
  { name: 'options the schema rejects fail the case', tests: { valid: [{ name: 'c', claims: two.slice(0, 1), options: { loud: 'yes' } as unknown as { loud: boolean } }], invalid: [] }, fails: true, says: /options rejected/u },
];

// A rule that leaks an id into its message inside a longer string, which the engine cannot catch.
const leaky = defineRule({
  id: 'leaky',
  meta: { description: 'x', severity: 'error', kinds: ['event'], messages: { leak: '{{subject}} is {{raw}}' } },
  check: (group) => group.claims.slice(0, 1).map((c) => ({ messageId: 'leak' as const, sides: [[c.id]], data: { raw: `(${c.subject})` } })),
});

describe('RuleTester', () => {
  for (const c of cases) {
    it(c.name, () => {
      const [result] = [...outcomes(c.tests).values()];
      if (c.fails) {
        expect(result).toBeInstanceOf(RuleTesterError);
        if (c.says) expect((result as Error).message).toMatch(c.says);
      } else {
        expect(result).toBeNull();
      }
    });
  }

  it('throws a clear error without describe and it', () => {
    expect(() => new RuleTester({})).toThrow(/needs describe and it/u);
  });

  it('fails a case whose message shows an entity id', () => {
    const results = new Map<string, unknown>();
    const tester = new RuleTester({ describe: (_n, b) => b(), it: (name, b) => { try { b(); results.set(name, null); } catch (e) { results.set(name, e); } } });
    tester.run(leaky, { valid: [], invalid: [{ name: 'leak', claims: two, entities, findings: [{ messageId: 'leak' }] }] });
    expect((results.get('leak') as Error).message).toMatch(/shows the id 'org:acme'/u);
  });
});
