import type { Claim, Document, Entity, Finding } from '../types.js';

/** A rule (placeholder shape until the engine lands). */
export interface Rule {
  readonly id: string;
}

/** Declares a rule. */
export function defineRule<R extends Rule>(rule: R): R {
  return rule;
}

/** What the engine runs over. */
export interface RunRulesInput {
  readonly claims: readonly Claim[];
  readonly entities: readonly Entity[];
  readonly documents: readonly Document[];
}

/** Runs the built-in rules over claims grouped by key. */
export function runRules(_input: RunRulesInput): Finding[] {
  return [];
}
