import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineRule, rulesConfigSchema, validateRulesConfig } from '../../src/rules/index.js';

const custom = defineRule({ id: 'house-style', meta: { description: 'x', severity: 'warning', kinds: ['event'], messages: { m: '{{subject}}' } }, check: () => [] });
const withOptions = defineRule({ id: 'tuned', meta: { description: 'x', severity: 'warning', kinds: ['event'], options: z.object({ level: z.number().min(0) }).strict(), messages: { m: '{{subject}}' } }, check: () => [] });

const valid: { name: string; input: unknown }[] = [
  { name: 'an empty section', input: {} },
  { name: 'levels for built-in rules', input: { 'event-date-conflict': 'warning', 'conversion-rate': 'off', 'figure-mismatch': 'info' } },
  { name: 'a level with options', input: { 'figure-mismatch': ['error', { tolerance: 0.02 }], 'event-date-conflict': ['warning'] } },
  { name: 'a declarative functional attribute', input: { headcount: { type: 'functional-attribute', predicate: 'headcount', tolerance: 0.05, severity: 'warning' } } },
  { name: 'a declarative one-time event', input: { merger: { type: 'one-time-event', predicate: 'merged', graceDays: 3 } } },
  { name: 'a declarative single holder', input: { coach: { type: 'single-holder', predicate: 'coach', qualifier: 'first team' } } },
];

const invalid: { name: string; input: unknown; problems: { path: string; message?: RegExp; fix?: RegExp }[] }[] = [
  { name: 'not an object', input: ['error'], problems: [{ path: 'rules', message: /must be an object/u, fix: /event-date-conflict/u }] },
  { name: 'an unknown rule id with a close known one', input: { 'event-date-conflct': 'error' }, problems: [{ path: 'rules.event-date-conflct', message: /unknown rule/u, fix: /did you mean 'event-date-conflict'/u }] },
  { name: 'an unknown rule id with nothing close', input: { zzz: 'error' }, problems: [{ path: 'rules.zzz', fix: /known rules: event-date-conflict/u }] },
  { name: 'a bad level', input: { 'figure-mismatch': 'loud' }, problems: [{ path: 'rules.figure-mismatch', message: /'loud' is not one of off, error, warning, info/u }] },
  { name: 'a bad level in a list', input: { 'figure-mismatch': ['fatal', {}] }, problems: [{ path: 'rules.figure-mismatch[0]' }] },
  { name: 'a misspelt option', input: { 'figure-mismatch': ['error', { tolerence: 0.1 }] }, problems: [{ path: 'rules.figure-mismatch[1]', message: /unknown option 'tolerence'/u, fix: /'tolerence' → 'tolerance'/u }] },
  { name: 'an option out of range', input: { 'figure-mismatch': ['error', { tolerance: 3 }] }, problems: [{ path: 'rules.figure-mismatch[1].tolerance', fix: /docs\/rules\/figure-mismatch\.md/u }] },
  { name: 'options for a rule that takes none', input: { 'house-style': ['error', { x: 1 }] }, problems: [{ path: 'rules.house-style[1]', message: /takes no options/u }] },
  { name: 'a code rule’s options checked by its schema', input: { tuned: ['error', { level: -1 }] }, problems: [{ path: 'rules.tuned[1].level' }] },
  { name: 'too many items', input: { 'figure-mismatch': ['error', {}, {}] }, problems: [{ path: 'rules.figure-mismatch', message: /has 3 items/u }] },
  { name: 'a declaration under a built-in id', input: { 'figure-mismatch': { type: 'functional-attribute', predicate: 'revenue' } }, problems: [{ path: 'rules.figure-mismatch', message: /built-in rule/u }] },
  { name: 'a declaration without a type', input: { headcount: { predicate: 'headcount' } }, problems: [{ path: 'rules.headcount.type', fix: /functional-attribute, one-time-event, single-holder/u }] },
  { name: 'a declaration with an unknown field', input: { headcount: { type: 'functional-attribute', predicate: 'headcount', tolerence: 0.1 } }, problems: [{ path: 'rules.headcount', message: /unknown field 'tolerence'/u }] },
  { name: 'a tolerance on an event rule', input: { merger: { type: 'one-time-event', predicate: 'merged', tolerance: 0.1 } }, problems: [{ path: 'rules.merger.tolerance', message: /'functional-attribute' only/u }] },
  {
    name: 'several problems at once, each listed',
    input: { 'event-date-conflct': 'error', 'figure-mismatch': 'loud', headcount: { type: 'x', predicate: '' } },
    problems: [{ path: 'rules.event-date-conflct' }, { path: 'rules.figure-mismatch' }, { path: 'rules.headcount.type' }, { path: 'rules.headcount.predicate' }],
  },
];

describe('validateRulesConfig', () => {
  for (const c of valid) {
    it(`accepts ${c.name}`, () => {
      const result = validateRulesConfig(c.input, { rules: [custom, withOptions] });
      expect(result.problems).toEqual([]);
      expect(result.ok).toBe(true);
    });
  }
  for (const c of invalid) {
    it(`reports ${c.name}`, () => {
      const result = validateRulesConfig(c.input, { rules: [custom, withOptions] });
      expect(result.ok).toBe(false);
      expect(result.problems.map((p) => p.path)).toEqual(c.problems.map((p) => p.path));
      c.problems.forEach((want, i) => {
        const got = result.problems[i];
        if (want.message) expect(got?.message).toMatch(want.message);
        if (want.fix) expect(got?.fix).toMatch(want.fix);
        expect(got?.fix.length).toBeGreaterThan(0);
      });
    });
  }
  it('uses the given base path', () => {
    const result = validateRulesConfig({ zzz: 'error' }, { path: 'overrides[0].rules' });
    expect(result.problems[0]?.path).toBe('overrides[0].rules.zzz');
  });
});

describe('rulesConfigSchema', () => {
  it('passes a valid section through', () => {
    expect(rulesConfigSchema.safeParse({ 'figure-mismatch': 'warning' }).success).toBe(true);
  });
  it('fails an invalid one with an issue per problem, at its path', () => {
    const result = rulesConfigSchema.safeParse({ 'figure-mismatch': ['error', { tolerence: 1 }], zzz: 'off' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['figure-mismatch[1]', 'zzz']);
  });
});
