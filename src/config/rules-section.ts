import { validateRulesConfig, type RulesConfig } from '../rules/index.js';
import type { ConfigProblem } from './problem.js';

/** The `rules` section of a configuration, as the rules stage defines it. */
export type { RulesConfig } from '../rules/index.js';

/**
 * Checks the `rules` section with the rules stage's own validator, which knows every rule's id
 * and option schema and the declarative rule types; its problems already carry a path and a fix.
 */
export function validateRulesSection(value: unknown): { readonly value?: RulesConfig; readonly problems: ConfigProblem[] } {
  const result = validateRulesConfig(value, { path: 'rules' });
  if (result.ok) return { value: result.value, problems: [] };
  return { problems: result.problems.map((p) => ({ path: p.path, message: p.message, fix: p.fix })) };
}
