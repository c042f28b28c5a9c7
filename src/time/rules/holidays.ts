import type { TimeRule } from '../rule.js';
import type { Direction } from '../spec.js';
import { DATE_CONTEXT_BEFORE, before } from '../vocabulary.js';

// Fixed-date holidays as month and day; movable ones as the nth weekday of a month.
const FIXED: Readonly<Record<string, readonly [number, number]>> = {
  'christmas day': [12, 25],
  christmas: [12, 25],
  'christmas eve': [12, 24],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  'independence day': [7, 4],
  halloween: [10, 31],
  "valentine's day": [2, 14],
};
const NTH_WEEKDAY: Readonly<Record<string, readonly [number, number, number]>> = {
  thanksgiving: [11, 4, 4],
  'thanksgiving day': [11, 4, 4],
  'labor day': [9, 1, 1],
  'memorial day': [5, 1, -1],
  'election day': [11, 2, 0],
};

// Movable feasts as days from Easter Sunday.
const FROM_EASTER: Readonly<Record<string, number>> = { easter: 0, 'easter sunday': 0, 'easter monday': 1, 'good friday': -2, 'palm sunday': -7 };

/** Holidays, as days placed against the reference like a month and day without a year. */
export const holidayRule: TimeRule = {
  name: 'holiday',
  hint: ['christmas', 'year', 'day', 'halloween', 'thanksgiving', 'easter', 'good friday'],
  pattern: /(?:(?<dir>last|this|next|this\s+past)\s+)?(?<h>Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Palm\s+Sunday|Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Independence\s+Day|Halloween|Valentine['’]s\s+Day|Thanksgiving(?:\s+Day)?|Labor\s+Day|Memorial\s+Day|Election\s+Day)(?![\w-])(?<week>\s+week(?![\w-]))?/,
  extract(match, text) {
    const name = (match.groups?.h ?? '').toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
    const dirWord = match.groups?.dir?.toLowerCase().replace(/\s+/g, ' ');
    const direction: Direction | undefined = dirWord === 'last' || dirWord === 'this past' ? 'last' : dirWord === 'next' ? 'next' : undefined;
    // 'Easter week', 'Christmas week': the week the feast falls in.
    const week = match.groups?.week ? { weekOf: true } : {};
    const easter = FROM_EASTER[name];
    // 'Easter Island', 'Easter eggs': bare, Easter is a date only after a preposition or before 'week'.
    const end = match.index + match[0].length;
    if (name === 'easter' && !match.groups?.week && (!DATE_CONTEXT_BEFORE.test(before(text, match.index)) || /^\s+[A-Z]/.test(text.slice(end, end + 3)))) return null;
    if (easter !== undefined) return { spec: { kind: 'calendar', unit: 'day', easter, ...week, ...(direction ? { direction } : {}) } };
    const fixed = FIXED[name];
    if (fixed) return { spec: { kind: 'calendar', unit: 'day', month: fixed[0], day: fixed[1], ...week, ...(direction ? { direction } : {}) } };
    const nth = NTH_WEEKDAY[name];
    if (!nth) return null;
    return { spec: { kind: 'calendar', unit: 'day', month: nth[0], nthWeekday: [nth[1], nth[2]], ...(direction ? { direction } : {}) } };
  },
};
