import conversionRate from './builtin/conversion-rate.js';
import countMismatch from './builtin/count-mismatch.js';
import eventDateConflict from './builtin/event-date-conflict.js';
import figureMismatch from './builtin/figure-mismatch.js';
import internalArithmetic from './builtin/internal-arithmetic.js';
import negatedEventTimeline from './builtin/negated-event-timeline.js';
import roleHolderConflict from './builtin/role-holder-conflict.js';
import roleStartConflict from './builtin/role-start-conflict.js';
import selfContradiction from './builtin/self-contradiction.js';

/** The built-in rules by id, a closed registry: rule ids, the configuration's keys and the docs derive from it. */
export const BUILTIN_RULES = {
  'event-date-conflict': eventDateConflict,
  'role-holder-conflict': roleHolderConflict,
  'role-start-conflict': roleStartConflict,
  'figure-mismatch': figureMismatch,
  'count-mismatch': countMismatch,
  'conversion-rate': conversionRate,
  'internal-arithmetic': internalArithmetic,
  'negated-event-timeline': negatedEventTimeline,
  'self-contradiction': selfContradiction,
} as const;

/** The id of a built-in rule. */
export type BuiltinRuleId = keyof typeof BUILTIN_RULES;

/** The built-in rule ids, in registry order. */
export const BUILTIN_RULE_IDS = Object.keys(BUILTIN_RULES) as BuiltinRuleId[];
