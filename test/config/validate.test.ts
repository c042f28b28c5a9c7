import { describe, expect, it } from 'vitest';
import { formatProblem, validateConfig, type ConfigProblem } from '../../src/config/index.js';

const valid: [string, unknown, object][] = [
  ['an empty object', {}, {}],
  ['every top-level key', { $schema: 'x', format: 'sarif', out: 'r.sarif', minSeverity: 'warning', failOn: 'never', only: ['a-rule'], jobs: 4 }, { format: 'sarif', out: 'r.sarif', minSeverity: 'warning', failOn: 'never', only: ['a-rule'], jobs: 4 }],
  [
    'built-in rule settings in every form',
    { rules: { 'self-contradiction': 'off', 'figure-mismatch': 'warning', 'event-date-conflict': ['error', { graceDays: 3 }], 'role-holder-conflict': ['info'] } },
    { rules: { 'self-contradiction': 'off', 'figure-mismatch': 'warning', 'event-date-conflict': ['error', { graceDays: 3 }], 'role-holder-conflict': ['info'] } },
  ],
  ['a declarative rule', { rules: { headcount: { type: 'functional-attribute', predicate: 'headcount', tolerance: 0.02 } } }, { rules: { headcount: { type: 'functional-attribute', predicate: 'headcount', tolerance: 0.02 } } }],
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
  // The rules section is checked by the rules stage's validator; these pin that its problems come through.
  ['rules as a list', { rules: ['event-date-conflict'] }, [['rules', 'must be an object of rule ids', '"event-date-conflict": "error"']]],
  ['a misspelt rule id', { rules: { 'event-date-conflit': 'error' } }, [['rules.event-date-conflit', "unknown rule 'event-date-conflit'", "did you mean 'event-date-conflict'?"]]],
  ['a rule with an unknown level', { rules: { 'figure-mismatch': 'critical' } }, [['rules.figure-mismatch', "level 'critical' is not one of off, error, warning, info", 'use "off"']]],
  ['a rule option out of range', { rules: { 'event-date-conflict': ['error', { graceDays: -1 }] } }, [['rules.event-date-conflict[1].graceDays', '>=0', 'docs/rules/event-date-conflict.md']]],
  ['an unknown rule option', { rules: { 'event-date-conflict': ['error', { nope: 1 }] } }, [['rules.event-date-conflict[1]', "unknown option 'nope'", "remove 'nope'"]]],
  ['a declarative rule of an unknown type', { rules: { headcount: { type: 'functional', predicate: 'headcount' } } }, [['rules.headcount.type', 'expected one of', 'set "type" to one of functional-attribute']]],
  [
    'several problems at once, all listed',
    { fromat: 'x', jobs: -1, failOn: 'sometimes', rules: { 'figure-mismatch': 'loud' } },
    [
      ['fromat', 'unknown key', "did you mean 'format'"],
      ['failOn', 'not allowed', 'use one of'],
      ['jobs', '', 'at least 1'],
      ['rules.figure-mismatch', "level 'loud' is not one of", 'use "off"'],
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
