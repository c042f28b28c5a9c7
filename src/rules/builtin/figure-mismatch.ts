import { checkFigures, figureMessages, figureOptions } from '../figure-check.js';
import { defineRule } from '../rule.js';

/**
 * Two figures for the same attribute of the same subject at the same time (a stake, a valuation,
 * revenue for one quarter) whose intervals share no value once rounding, qualifiers ('about',
 * 'over') and currency conversion at that month's rate are allowed for. 'About 30 percent' agrees
 * with 29.5%. Figures for different times that differ are an update, reported as info.
 */
export default defineRule({
  id: 'figure-mismatch',
  meta: {
    description: 'Figures for the same attribute at the same time that do not agree, even after rounding and conversion',
    severity: 'error',
    kinds: ['attribute'],
    options: figureOptions,
    messages: figureMessages,
  },
  check(group, context) {
    return checkFigures(group, context, (_claim, q) => q.kind !== 'count');
  },
});
