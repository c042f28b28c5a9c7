import type { TimeRule } from '../rule.js';
import { monthRule } from './months.js';
import { halfRule, quarterRule, shortHalfRule, shortQuarterRule, yearQuarterRule } from './quarters.js';
import { refPhraseRule, refWordRule, vaguePeriodRule } from './ref-words.js';
import { agoRule, comparablePeriodRule, inCountRule, deicticDayRule, discourseDayRule, ellipticLastRule, presentNthDayRule, relativePeriodRule, yearAgoRule, yearEndRule } from './relative.js';
import { seasonRule } from './seasons.js';
import { weekdayRule } from './weekdays.js';
import { holidayRule } from './holidays.js';
import { centuryRule, decadeRule, decadeWordRule, shortYearRule, spelledYearRule, yearRule } from './years.js';

/**
 * Our date patterns, in priority order: when two match the same text, chrono's overlap refiner
 * keeps the longer, and on a tie the one listed first.
 */
export const TIME_RULES: readonly TimeRule[] = [
  quarterRule,
  shortQuarterRule,
  yearQuarterRule,
  halfRule,
  shortHalfRule,
  monthRule,
  seasonRule,
  centuryRule,
  decadeRule,
  decadeWordRule,
  comparablePeriodRule,
  relativePeriodRule,
  yearAgoRule,
  yearEndRule,
  agoRule,
  inCountRule,
  deicticDayRule,
  discourseDayRule,
  presentNthDayRule,
  ellipticLastRule,
  weekdayRule,
  holidayRule,
  yearRule,
  shortYearRule,
  spelledYearRule,
  vaguePeriodRule,
  refWordRule,
  refPhraseRule,
];
