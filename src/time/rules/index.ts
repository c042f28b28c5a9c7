import type { TimeRule } from '../rule.js';
import { monthRule } from './months.js';
import { halfRule, quarterRule, shortHalfRule, shortQuarterRule } from './quarters.js';
import { refWordRule } from './ref-words.js';
import { agoRule, deicticDayRule, discourseDayRule, relativePeriodRule, yearAgoRule } from './relative.js';
import { seasonRule } from './seasons.js';
import { weekdayRule } from './weekdays.js';
import { centuryRule, decadeRule, shortYearRule, yearRule } from './years.js';

/**
 * Our date patterns, in priority order: when two match the same text, chrono's overlap refiner
 * keeps the longer, and on a tie the one listed first.
 */
export const TIME_RULES: readonly TimeRule[] = [
  quarterRule,
  shortQuarterRule,
  halfRule,
  shortHalfRule,
  monthRule,
  seasonRule,
  centuryRule,
  decadeRule,
  relativePeriodRule,
  yearAgoRule,
  agoRule,
  deicticDayRule,
  discourseDayRule,
  weekdayRule,
  yearRule,
  shortYearRule,
  refWordRule,
];
