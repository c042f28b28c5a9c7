/**
 * Rules: groups claims by key (canonical subject + predicate) and runs each rule, a pure
 * function over one group, turning what it returns into findings with rendered messages.
 */
export { defineRule, runRules, type Rule, type RunRulesInput } from './engine.js';
