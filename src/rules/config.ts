import { z } from 'zod';
import type { Severity } from '../types.js';
import { declarativeRule, declarativeRuleSchema, DECLARATIVE_TYPES, type DeclarativeRuleSpec } from './declarative.js';
import { RuleError } from './errors.js';
import { BUILTIN_RULES } from './registry.js';
import type { AnyRule } from './rule.js';
import { closest } from '../config/suggest.js';

/** How loud a rule is, or 'off'. */
export type RuleLevel = 'off' | Severity;

/** A rule's setting: a level, or a level with options (ESLint style). */
export type RuleSetting = RuleLevel | readonly [RuleLevel] | readonly [RuleLevel, Readonly<Record<string, unknown>>];

/**
 * The `rules` section of a configuration: for a known rule id a setting, for a new id a
 * declarative rule (`{ "type": "functional-attribute", "predicate": "headcount", "tolerance": 0.02 }`).
 */
export type RulesConfig = Readonly<Record<string, RuleSetting | DeclarativeRuleSpec>>;

/** One thing wrong with a `rules` section: where, what, and how to fix it. */
export interface RulesConfigProblem {
  /** Where in the configuration: 'rules.figure-mismatch[1].tolerance'. */
  readonly path: string;
  readonly message: string;
  readonly fix: string;
}

/** The result of validating a `rules` section: the value, or every problem in it. */
export type RulesConfigResult =
  | { readonly ok: true; readonly value: RulesConfig; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly RulesConfigProblem[] };

/** Options for {@link validateRulesConfig}. */
export interface ValidateRulesConfigOptions {
  /** Rules written in code that the configuration may also set. */
  readonly rules?: readonly AnyRule[] | undefined;
  /** Where the section sits, for problem paths; 'rules' when absent. */
  readonly path?: string | undefined;
}

const LEVELS = ['off', 'error', 'warning', 'info'] as const;

/** The built-in rules that leave a predicate alone once a declarative rule of a type claims it. */
const OWNERS: Readonly<Record<(typeof DECLARATIVE_TYPES)[number], readonly string[]>> = {
  'functional-attribute': ['figure-mismatch', 'count-mismatch'],
  'one-time-event': ['event-date-conflict'],
  'single-holder': ['role-holder-conflict'],
};

/**
 * Validates the `rules` section of a configuration and returns every problem at once, each with
 * its path and its fix: unknown rule ids (with the likely intended one), bad levels, options that
 * the rule's schema rejects, and malformed declarative rules. Never throws.
 */
export function validateRulesConfig(input: unknown, options: ValidateRulesConfigOptions = {}): RulesConfigResult {
  const base = options.path ?? 'rules';
  const problems: RulesConfigProblem[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    problems.push({ path: base, message: `must be an object of rule ids to settings, not ${describe(input)}`, fix: `write it as { "event-date-conflict": "error", "figure-mismatch": ["warning", { "tolerance": 0.02 }] }` });
    return { ok: false, problems };
  }
  const known = knownRules(options.rules);
  for (const [id, setting] of Object.entries(input)) {
    const path = `${base}.${id}`;
    const rule = known.get(id);
    if (typeof setting === 'object' && setting !== null && !Array.isArray(setting)) {
      if (rule) {
        problems.push({ path, message: `'${id}' is a built-in rule, so it takes a level or [level, options], not a declaration`, fix: `write "${id}": "error" or "${id}": ["error", { ... }], or pick another id for a declarative rule` });
        continue;
      }
      const parsed = declarativeRuleSchema.safeParse(setting);
      if (!parsed.success) for (const issue of parsed.error.issues) problems.push(declarativeProblem(path, issue));
      continue;
    }
    if (!rule) {
      const guess = closest(id, [...known.keys()]);
      problems.push({
        path,
        message: `unknown rule '${id}'`,
        fix: `${guess ? `did you mean '${guess}'? ` : ''}known rules: ${[...known.keys()].join(', ')}; or declare a new rule as an object with a "type" (${DECLARATIVE_TYPES.join(', ')})`,
      });
      continue;
    }
    const [level, ruleOptions, ...rest] = Array.isArray(setting) ? setting : [setting];
    if (!LEVELS.includes(level as RuleLevel)) {
      problems.push({ path: Array.isArray(setting) ? `${path}[0]` : path, message: `level ${describe(level)} is not one of ${LEVELS.join(', ')}`, fix: `use "off", "error", "warning" or "info"` });
    }
    if (rest.length > 0) problems.push({ path, message: `has ${2 + rest.length} items; a setting is a level or [level, options]`, fix: `merge the extra items into the options object` });
    if (Array.isArray(setting) && setting.length > 1) {
      const schema = rule.meta.options;
      if (!schema) {
        problems.push({ path: `${path}[1]`, message: `'${id}' takes no options`, fix: `remove the options: "${id}": "${String(level)}"` });
      } else {
        const parsed = schema.safeParse(ruleOptions);
        if (!parsed.success) for (const issue of parsed.error.issues) problems.push(optionProblem(`${path}[1]`, id, schema, issue));
      }
    }
  }
  return problems.length === 0 ? { ok: true, value: input as RulesConfig, problems: [] } : { ok: false, problems };
}

/**
 * A zod schema of the `rules` section, for a configuration schema to embed; its issues carry the
 * same messages and fixes as {@link validateRulesConfig}, which is the one to call for a list.
 */
export const rulesConfigSchema: z.ZodType<RulesConfig> = z.custom<RulesConfig>().superRefine((value, ctx) => {
  const result = validateRulesConfig(value, { path: '' });
  for (const p of result.problems) ctx.addIssue({ code: 'custom', path: p.path.split('.').filter(Boolean), message: `${p.message}; ${p.fix}` });
});

/** A rule ready to run: its severity and validated options. */
export interface ActiveRule {
  readonly rule: AnyRule;
  readonly severity: Severity;
  readonly options: unknown;
}

/**
 * The rules to run for a configuration: the built-in ones, the given code rules and the declared
 * ones, minus those turned off, each with its severity and parsed options. Throws a
 * {@link RuleError} ('invalid-rules-config', listing every problem) when the configuration is
 * invalid, and ('duplicate-rule') when two rules share an id.
 */
export function resolveRuleSet(config: RulesConfig | undefined, extra: readonly AnyRule[] = []): ActiveRule[] {
  if (config !== undefined) {
    const result = validateRulesConfig(config, { rules: extra });
    if (!result.ok) {
      throw new RuleError('invalid-rules-config', `invalid rules configuration: ${result.problems.map((p) => `${p.path}: ${p.message} (${p.fix})`).join('; ')}`);
    }
  }
  const rules: AnyRule[] = [...Object.values(BUILTIN_RULES), ...extra];
  // A declared rule owns its predicate: the built-in rule of the same type leaves it alone, so
  // one disagreement is not reported twice with two tolerances.
  const owned = new Map<string, string[]>();
  for (const [id, setting] of Object.entries(config ?? {})) {
    if (typeof setting !== 'object' || setting === null || Array.isArray(setting)) continue;
    const spec = setting as DeclarativeRuleSpec;
    rules.push(declarativeRule(id, spec));
    for (const builtin of OWNERS[spec.type]) owned.set(builtin, [...(owned.get(builtin) ?? []), spec.predicate]);
  }
  const seen = new Set<string>();
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    if (seen.has(rule.id)) throw new RuleError('duplicate-rule', `two rules have the id '${rule.id}'; rule ids must be unique`, { rule: rule.id });
    seen.add(rule.id);
    const setting = config?.[rule.id];
    const [level, raw] = Array.isArray(setting) ? setting : typeof setting === 'string' ? [setting] : [undefined];
    if (level === 'off') continue;
    const given = owned.has(rule.id) ? { ...(raw ?? {}), exclude: [...(((raw ?? {}) as { exclude?: string[] }).exclude ?? []), ...(owned.get(rule.id) ?? [])] } : raw;
    const parsed = rule.meta.options ? rule.meta.options.safeParse(given ?? {}) : { success: true as const, data: {} };
    if (!parsed.success) throw new RuleError('invalid-options', `bad options: ${parsed.error.issues.map((i) => i.message).join('; ')}`, { rule: rule.id });
    active.push({ rule, severity: (level as Severity | undefined) ?? rule.meta.severity, options: parsed.data });
  }
  return active;
}

function knownRules(extra: readonly AnyRule[] | undefined): Map<string, AnyRule> {
  const map = new Map<string, AnyRule>(Object.entries(BUILTIN_RULES));
  for (const r of extra ?? []) map.set(r.id, r);
  return map;
}

function optionProblem(path: string, id: string, schema: z.ZodType, issue: z.core.$ZodIssue): RulesConfigProblem {
  const where = [path, ...issue.path.map(String)].join('.');
  const names = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  if (issue.code === 'unrecognized_keys') {
    const fixes = issue.keys.map((k) => {
      const guess = closest(k, names);
      return guess ? `'${k}' → '${guess}'` : `remove '${k}'`;
    });
    return { path: where, message: `unknown option${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')} for '${id}'`, fix: `${fixes.join(', ')}; '${id}' takes: ${names.join(', ')}` };
  }
  return { path: where, message: issue.message, fix: `see docs/rules/${id}.md for the options of '${id}' and their defaults` };
}

function declarativeProblem(path: string, issue: z.core.$ZodIssue): RulesConfigProblem {
  const where = [path, ...issue.path.map(String)].join('.');
  if (issue.code === 'unrecognized_keys') {
    return { path: where, message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')} in a declarative rule`, fix: 'a declarative rule takes: type, predicate, qualifier, tolerance, graceDays, severity, description' };
  }
  if (issue.path[0] === 'type') return { path: where, message: issue.message, fix: `set "type" to one of ${DECLARATIVE_TYPES.join(', ')}` };
  if (issue.path[0] === 'predicate') return { path: where, message: issue.message, fix: 'set "predicate" to the predicate the rule applies to, such as "revenue" or "chairman"' };
  return { path: where, message: issue.message, fix: 'see docs/rules/README.md for declarative rules' };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `'${value}'` : typeof value;
}
