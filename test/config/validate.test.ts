import { describe, expect, it } from 'vitest';
import { formatProblem, validateConfig, type ConfigProblem } from '../../src/config/index.js';

const valid: [string, unknown, object][] = [
  ['an empty object', {}, {}],
  ['every top-level key', { $schema: 'x', format: 'sarif', out: 'r.sarif', minSeverity: 'warning', failOn: 'never', only: ['a-rule'], jobs: 4 }, { format: 'sarif', out: 'r.sarif', minSeverity: 'warning', failOn: 'never', only: ['a-rule'], jobs: 4 }],
  ['rule settings in every form', { rules: { 'a-rule': 'off', 'b-rule': 'warning', 'c-rule': ['error', { graceDays: 3 }], 'd-rule': ['info'] } }, { rules: { 'a-rule': 'off', 'b-rule': 'warning', 'c-rule': ['error', { graceDays: 3 }], 'd-rule': ['info'] } }],
];

// Each invalid case lists every problem expected, as [path, a piece of the message, a piece of the fix].
const invalid: [string, unknown, [string, string, string][]][] = [
  ['not an object', 42, [['', 'expected object', 'write an object']]],
  ['an array', [], [['', 'expected object', 'write an object']]],
  ['a misspelt key', { fromat: 'html' }, [['fromat', "unknown key 'fromat'", "did you mean 'format'?"]]],
  ['an unknown key nothing like a known one', { colour: true }, [['colour', "unknown key 'colour'", 'remove it; the keys are format, out']]],
  ['an unknown format', { format: 'pdf' }, [['format', '"pdf" is not allowed', 'use one of "stylish", "json", "markdown", "html", "sarif"']]],
  ['a bad severity threshold', { minSeverity: 'fatal' }, [['minSeverity', '"fatal" is not allowed', 'use one of "error", "warning", "info"']]],
  ['a bad failOn', { failOn: 'always' }, [['failOn', '"always" is not allowed', '"never"']]],
  ['jobs as a string', { jobs: '4' }, [['jobs', 'expected number, got the string "4"', 'write a number']]],
  ['jobs as a fraction', { jobs: 1.5 }, [['jobs', 'expected int', 'write a whole number']]],
  ['zero jobs', { jobs: 0 }, [['jobs', '>=1', 'at least 1']]],
  ['only as a string', { only: 'a-rule' }, [['only', 'expected array', 'write a list']]],
  ['an empty rule name in only', { only: ['ok', ''] }, [['only[1]', '', 'a non-empty string']]],
  ['rules as a list', { rules: ['a-rule'] }, [['rules', 'expected an object of rule settings', '"rule-id"']]],
  ['a rule with an unknown severity', { rules: { 'a-rule': 'critical' } }, [['rules.a-rule', '"critical" is not a rule severity', 'use one of "off", "error"']]],
  ['a rule with a number', { rules: { 'a-rule': 2 } }, [['rules.a-rule', 'expected a severity or [severity, options]', '["warning", { ...options }]']]],
  ['rule options that are not an object', { rules: { 'a-rule': ['warning', 3] } }, [['rules.a-rule[1]', 'rule options must be an object', '{ "name": value }']]],
  ['a rule setting with three items', { rules: { 'a-rule': ['warning', {}, {}] } }, [['rules.a-rule[2]', 'at most two items', 'one options object']]],
  ['a rule id that is not kebab-case', { rules: { EventDate: 'off' } }, [['rules.EventDate', 'is not a rule id', 'kebab-case']]],
  [
    'several problems at once, all listed',
    { fromat: 'x', jobs: -1, failOn: 'sometimes', rules: { 'a-rule': 'loud' } },
    [
      ['fromat', 'unknown key', "did you mean 'format'"],
      ['failOn', 'not allowed', 'use one of'],
      ['jobs', '', 'at least 1'],
      ['rules.a-rule', 'not a rule severity', 'use one of'],
    ],
  ],
];

describe('validateConfig accepts', () => {
  for (const [name, value, config] of valid) {
    it(name, () => expect(validateConfig(value)).toEqual({ ok: true, config }));
  }
});

describe('validateConfig lists every problem with its path and fix', () => {
  for (const [name, value, expected] of invalid) {
    it(name, () => {
      const result = validateConfig(value);
      expect(result.ok).toBe(false);
      const problems: readonly ConfigProblem[] = result.ok ? [] : result.problems;
      const sorted = [...problems].sort((a, b) => a.path.localeCompare(b.path));
      const want = [...expected].sort((a, b) => a[0].localeCompare(b[0]));
      expect(sorted.map((p) => p.path)).toEqual(want.map((w) => w[0]));
      sorted.forEach((p, i) => {
        expect(p.message).toContain(want[i]?.[1]);
        expect(p.fix).toContain(want[i]?.[2]);
      });
    });
  }
});

describe('formatProblem', () => {
  const cases: [string, ConfigProblem, string][] = [
    ['file, path, message and fix', { file: 'c.json', path: 'jobs', message: 'bad', fix: 'write 4' }, 'c.json: jobs: bad; write 4'],
    ['a problem with the whole file', { file: 'c.json', path: '', message: 'cannot be read', fix: 'check it' }, 'c.json: cannot be read; check it'],
    ['no file', { path: 'format', message: 'bad', fix: 'use json' }, 'format: bad; use json'],
  ];
  for (const [name, p, line] of cases) it(name, () => expect(formatProblem(p)).toBe(line));
});
