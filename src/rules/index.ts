/**
 * Rules: groups claims by key (canonical subject + predicate + qualifier) and runs each rule, a
 * pure function over one group (or over one article, for rules that need to cross predicates),
 * turning what it returns into findings with a severity, a rendered message and a stable id. Also
 * validates the `rules` section of a configuration and builds declarative rules from it.
 */
export { defineRule, type AnyRule, type ClaimGroup, type Convert, type Grade, type Rule, type RuleContext, type RuleMeta, type RuleReport, type RuleScope } from './rule.js';
export { runRules, applyRules, severityOf, type RunRulesInput } from './engine.js';
export { RuleError, type RuleErrorCode } from './errors.js';
export { BUILTIN_RULES, BUILTIN_RULE_IDS, type BuiltinRuleId } from './registry.js';
export {
  validateRulesConfig,
  rulesConfigSchema,
  resolveRuleSet,
  type ActiveRule,
  type RuleLevel,
  type RuleSetting,
  type RulesConfig,
  type RulesConfigProblem,
  type RulesConfigResult,
  type ValidateRulesConfigOptions,
} from './config.js';
export { declarativeRule, declarativeRuleSchema, DECLARATIVE_TYPES, type DeclarativeRuleSpec } from './declarative.js';
export { intervalOf, type DayInterval } from './intervals.js';
export { rangeOf, type Range } from './figures.js';
