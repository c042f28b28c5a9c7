import type { ConfigProblem } from './problem.js';
import { joinPath } from './problem.js';

/** How a rule is set in configuration: off, a severity, or a severity with the rule's options. */
export type RuleSetting = 'off' | 'error' | 'warning' | 'info' | readonly ['off' | 'error' | 'warning' | 'info', Readonly<Record<string, unknown>>?];

const LEVELS = ['off', 'error', 'warning', 'info'] as const;

/**
 * Checks the shape of the `rules` section: an object from rule id to a setting.
 *
 * SEAM(rules): the rules stage owns what a rule's options mean (each rule's zod schema in its
 * `meta.options`, and the declarative rules). When src/rules/index.ts exports its validator of the
 * `rules` section, call it here instead of checking the shape alone, and map its problems to
 * `ConfigProblem`s with the same `rules.<id>` paths.
 */
export function validateRulesSection(value: unknown, base: readonly PropertyKey[] = ['rules']): ConfigProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ path: joinPath(base), message: `expected an object of rule settings, got ${describe(value)}`, fix: "write it as { \"rule-id\": \"error\" | \"warning\" | \"info\" | \"off\" | [severity, { options }] }" }];
  }
  const problems: ConfigProblem[] = [];
  for (const [id, setting] of Object.entries(value)) {
    const path = [...base, id];
    if (!/^[a-z][\da-z]*(?:-[\da-z]+)*$/u.test(id)) {
      problems.push({ path: joinPath(path), message: `'${id}' is not a rule id`, fix: 'rule ids are kebab-case, like "event-date-conflict"' });
    }
    if (typeof setting === 'string') {
      if (!isLevel(setting)) problems.push(levelProblem(path, setting));
      continue;
    }
    if (!Array.isArray(setting)) {
      problems.push({ path: joinPath(path), message: `expected a severity or [severity, options], got ${describe(setting)}`, fix: 'write "error", "warning", "info", "off", or ["warning", { ...options }]' });
      continue;
    }
    const [level, options, ...extra] = setting as unknown[];
    if (typeof level !== 'string' || !isLevel(level)) problems.push(levelProblem([...path, 0], level));
    if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
      problems.push({ path: joinPath([...path, 1]), message: `rule options must be an object, got ${describe(options)}`, fix: 'write the options as { "name": value }' });
    }
    if (extra.length > 0) problems.push({ path: joinPath([...path, 2]), message: `a rule setting has at most two items, got ${setting.length}`, fix: 'put every option in the one options object' });
  }
  return problems;
}

function isLevel(s: string): s is (typeof LEVELS)[number] {
  return (LEVELS as readonly string[]).includes(s);
}

function levelProblem(path: readonly PropertyKey[], got: unknown): ConfigProblem {
  return { path: joinPath(path), message: `${describe(got)} is not a rule severity`, fix: `use one of ${LEVELS.map((l) => `"${l}"`).join(', ')}` };
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `"${v}"`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}
