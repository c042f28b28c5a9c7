import { checkFigures, figureMessages, figureOptions } from '../figure-check.js';
import { defineRule } from '../rule.js';

/**
 * Counts of the same set (the same subject, attribute and counted noun) given differently for
 * the same time: 'five partners' against 'six partners'. 'Over 3,000' agrees with 3,500; a count
 * that grew between two dates is an update, reported as info.
 */
export default defineRule({
  id: 'count-mismatch',
  meta: {
    description: 'Counts of the same set, for the same time, given differently',
    severity: 'error',
    kinds: ['attribute'],
    options: figureOptions,
    messages: figureMessages,
  },
  check(group, context) {
    return checkFigures(group, context, (_claim, q) => q.kind === 'count');
  },
});
