import type { z } from 'zod';
import type { FailOn } from '../report/filter.js';
import type { FormatName } from '../report/registry.js';
import type { Severity } from '../types.js';
import { joinPath, type ConfigProblem } from './problem.js';
import { validateRulesSection, type RulesConfig } from './rules-section.js';
import { CONFIG_KEYS, configSchema } from './schema.js';
import { closest } from './suggest.js';

/** A valid configuration. */
export interface Config {
  readonly format?: FormatName;
  readonly out?: string;
  readonly minSeverity?: Severity;
  readonly failOn?: FailOn;
  readonly only?: readonly string[];
  readonly jobs?: number;
  /** Rule settings and declarative rules, as validated by the rules stage. */
  readonly rules?: RulesConfig;
}

/** Either the configuration, or every problem with it. */
export type ConfigResult = { readonly ok: true; readonly config: Config } | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

/**
 * Validates a configuration value (parsed JSON, or a module's default export). Never throws:
 * every problem comes back, each with its path and the fix, so a user corrects them all at once.
 */
export function validateConfig(value: unknown): ConfigResult {
  const parsed = configSchema.safeParse(value, { reportInput: true });
  const problems: ConfigProblem[] = parsed.success ? [] : parsed.error.issues.flatMap(toProblems);
  const raw = typeof value === 'object' && value !== null ? (value as { rules?: unknown }).rules : undefined;
  const rules = raw === undefined ? undefined : validateRulesSection(raw);
  if (rules) problems.push(...rules.problems);
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  const { $schema: _schema, rules: _rules, ...rest } = parsed.data;
  return { ok: true, config: { ...(rest as Omit<Config, 'rules'>), ...(rules?.value === undefined ? {} : { rules: rules.value }) } };
}

function toProblems(issue: z.core.$ZodIssue): ConfigProblem[] {
  const path = joinPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const guess = issue.path.length === 0 ? closest(key, CONFIG_KEYS) : undefined;
        return {
          path: joinPath([...issue.path, key]),
          message: `unknown key '${key}'`,
          fix: guess ? `did you mean '${guess}'?` : `remove it; the keys are ${CONFIG_KEYS.filter((k) => k !== '$schema').join(', ')}`,
        };
      });
    case 'invalid_value':
      return [{ path, message: `${JSON.stringify(issue.input)} is not allowed here`, fix: `use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` }];
    case 'invalid_type':
      return [{ path, message: `expected ${issue.expected}, got ${typeName(issue.input)}`, fix: fixFor(issue.expected) }];
    case 'too_small':
      return [{ path, message: issue.message, fix: `use ${issue.origin === 'string' ? 'a non-empty string' : `a value of at least ${String(issue.minimum)}`}` }];
    case 'too_big':
      return [{ path, message: issue.message, fix: `use a value of at most ${String(issue.maximum)}` }];
    default:
      return [{ path, message: issue.message, fix: 'see the configuration reference in the README' }];
  }
}

function fixFor(expected: string): string {
  switch (expected) {
    case 'int':
      return 'write a whole number, like 4';
    case 'number':
      return 'write a number';
    case 'string':
      return 'write a string in double quotes';
    case 'array':
      return 'write a list, like ["a", "b"]';
    case 'object':
      return 'write an object, like { "key": "value" }';
    default:
      return `write a value of type ${expected}`;
  }
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string "${v}"`;
  return typeof v;
}
