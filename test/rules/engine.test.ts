import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BUILTIN_RULES, defineRule, RuleError, runRules, severityOf } from '../../src/rules/index.js';
import { doc, entity, event, role } from '../../src/testing/index.js';
import type { Claim } from '../../src/types.js';

const documents = [doc('a', { outlet: 'Alpha', published: '2016-12' }), doc('b', { outlet: 'Beta', published: '2020-04-24' })];
const entities = [entity('org:bank', 'Example Bank'), entity('org:acme', 'Acme'), entity('person:x', 'Xu Li'), entity('person:y', 'Yan Bo')];
const claims: Claim[] = [
  event('founded', { id: 'f1', doc: 'a', subject: 'org:bank', time: '2015' }),
  event('founded', { id: 'f2', doc: 'b', subject: 'org:bank', time: '2016' }),
  role('ceo', { id: 'r1', doc: 'b', subject: 'org:acme', object: 'person:x' }),
  role('ceo', { id: 'r2', doc: 'b', subject: 'org:acme', object: 'person:y' }),
];

describe('runRules', () => {
  it('finds conflicts of different rules and renders their messages with names and outlets', () => {
    const found = runRules({ claims, entities, documents });
    expect(found.map((f) => f.rule).sort()).toEqual(['event-date-conflict', 'role-holder-conflict']);
    for (const f of found) {
      expect(f.message).not.toMatch(/org:|person:|\{\{/u);
      expect(f.message).toMatch(/Alpha|Beta/u);
    }
  });

  it('gives the same ids and order whatever the order of the claims', () => {
    const a = runRules({ claims, entities, documents });
    const b = runRules({ claims: [...claims].reverse(), entities, documents });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('derives ids from the rule and the claims, not from run order', () => {
    const [f] = runRules({ claims: claims.slice(0, 2), entities, documents });
    expect(f?.id).toMatch(/^event-date-conflict:[0-9a-f]{14}$/u);
    const again = runRules({ claims: [...claims.slice(0, 2), claims[2] as Claim], entities, documents });
    expect(again[0]?.id).toBe(f?.id);
  });

  it('sorts errors before warnings before info', () => {
    const found = runRules({ claims, entities, documents, config: { 'role-holder-conflict': 'warning' } });
    expect(found.map((f) => f.severity)).toEqual(['error', 'warning']);
  });

  it('turns a rule off from configuration', () => {
    const found = runRules({ claims, entities, documents, config: { 'event-date-conflict': 'off' } });
    expect(found.map((f) => f.rule)).toEqual(['role-holder-conflict']);
  });

  it('passes options from configuration to the rule', () => {
    const near = [claims[0] as Claim, event('founded', { id: 'f3', doc: 'b', subject: 'org:bank', time: '2016-01-03' })];
    expect(runRules({ claims: near, entities, documents, config: { 'event-date-conflict': ['error', { graceDays: 2 }] } })).toHaveLength(1);
    expect(runRules({ claims: near, entities, documents, config: { 'event-date-conflict': ['error', { graceDays: 3 }] } })).toHaveLength(0);
  });

  it('throws a typed error listing every problem of an invalid configuration', () => {
    try {
      runRules({ claims, entities, documents, config: { 'event-date-conflct': 'error', 'figure-mismatch': ['error', { tolerence: 1 }] } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleError);
      expect((error as RuleError).code).toBe('invalid-rules-config');
      expect((error as Error).message).toMatch(/event-date-conflict/u);
      expect((error as Error).message).toMatch(/tolerance/u);
    }
  });

  it('runs a declarative rule from configuration', () => {
    const headcount = [
      { ...event('x', { id: 'h1', doc: 'a', subject: 'org:acme' }), kind: 'attribute' as const, predicate: 'headcount', object: { kind: 'count' as const, value: 120, low: 120, high: 120, unit: 'count' } },
      { ...event('x', { id: 'h2', doc: 'a', subject: 'org:acme' }), kind: 'attribute' as const, predicate: 'headcount', object: { kind: 'count' as const, value: 180, low: 180, high: 180, unit: 'count' } },
    ];
    const found = runRules({ claims: headcount, entities, documents, config: { 'acme-headcount': { type: 'functional-attribute', predicate: 'headcount', tolerance: 0.1, severity: 'warning' } } });
    expect(found.map((f) => [f.rule, f.severity, f.messageId])).toEqual([['acme-headcount', 'warning', 'selfMismatch']]);
    const wide = runRules({ claims: headcount, entities, documents, config: { 'acme-headcount': { type: 'functional-attribute', predicate: 'headcount', tolerance: 0.3 } } });
    expect(wide).toHaveLength(0);
  });

  it('runs a rule written in code beside the built-in ones', () => {
    const custom = defineRule({
      id: 'always',
      meta: { description: 'x', severity: 'info', kinds: ['role'], messages: { seen: '{{subject}} has a {{predicate}} claim' } },
      check: (group) => group.claims.slice(0, 1).map((c) => ({ messageId: 'seen' as const, sides: [[c.id]] })),
    });
    const found = runRules({ claims, entities, documents, rules: [custom] });
    expect(found.find((f) => f.rule === 'always')?.message).toBe('Acme has a ceo claim');
  });

  it('refuses two rules with one id', () => {
    const twin = { ...BUILTIN_RULES['event-date-conflict'] };
    expect(() => runRules({ claims, entities, documents, rules: [twin] })).toThrow(expect.objectContaining({ code: 'duplicate-rule' }));
  });

  const bad = (check: () => never[] | { messageId: string; sides: string[][]; data?: Record<string, string> }[], messages: Record<string, string> = { m: '{{subject}} {{x}}' }) =>
    defineRule({ id: 'bad', meta: { description: 'x', severity: 'error', kinds: ['event', 'role'], options: z.object({}).strict(), messages }, check: check as never });

  const failures: { name: string; rule: ReturnType<typeof bad>; code: string }[] = [
    { name: 'a crash is tagged with the rule id', rule: bad(() => { throw new Error('boom'); }), code: 'rule-crashed' },
    { name: 'an unknown messageId', rule: bad(() => [{ messageId: 'nope', sides: [['f1']] }]), code: 'unknown-message' },
    { name: 'a placeholder without data', rule: bad(() => [{ messageId: 'm', sides: [['f1']] }]), code: 'missing-message-data' },
    { name: 'a claim id that is not in the input', rule: bad(() => [{ messageId: 'm', sides: [['zz']], data: { x: '1' } }]), code: 'unknown-claim' },
    { name: 'a report without claims', rule: bad(() => [{ messageId: 'm', sides: [[]], data: { x: '1' } }]), code: 'empty-report' },
  ];
  for (const f of failures) {
    it(`throws a RuleError for ${f.name}`, () => {
      try {
        runRules({ claims, entities, documents, rules: [f.rule] });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(RuleError);
        expect((error as RuleError).code).toBe(f.code);
        expect((error as RuleError).rule).toBe('bad');
        expect((error as Error).message).toMatch(/^rule 'bad': /u);
      }
    });
  }
});

describe('severityOf', () => {
  const table = [
    ['error', 'conflict', 'error'],
    ['error', 'doubt', 'warning'],
    ['warning', 'doubt', 'info'],
    ['error', 'update', 'info'],
    ['warning', 'conflict', 'warning'],
    ['error', 'note', 'info'],
  ] as const;
  for (const [configured, grade, expected] of table) {
    it(`${grade} at ${configured} is ${expected}`, () => expect(severityOf(configured, grade)).toBe(expected));
  }
});

describe('defineRule types', () => {
  it('rejects a messageId the rule does not declare (compile-time)', () => {
    const r = defineRule({
      id: 't',
      // @ts-expect-error -- the reported 'nope' is not among the declared messages
      meta: { description: 'x', severity: 'error', kinds: ['event'], options: z.object({ n: z.number().default(1) }), messages: { ok: '{{subject}}' } },
      check(_group, { options }) {
        const n: number = options.n;
        return n > 0 ? [{ messageId: 'nope', sides: [] }] : [];
      },
    });
    expect(r.id).toBe('t');
  });
});
