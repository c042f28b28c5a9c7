import type { TimeRule } from '../rule.js';
import type { Direction } from '../spec.js';
import { WEEKDAY_NAMES, capitalized, modifierOf, weekdayNumber } from '../vocabulary.js';

const DIRECTIONS: Readonly<Record<string, Direction>> = { last: 'last', past: 'last', 'this past': 'last', this: 'this', next: 'next', coming: 'next', 'this coming': 'next' };

/** Weekdays, placed against the publication date: 'Thursday', 'last Friday', 'Tuesday evening', 'early Tuesday', 'the previous Friday'. */
export const weekdayRule: TimeRule = {
  name: 'weekday',
  hint: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  pattern: new RegExp(
    `(?:(?<dir>this\\s+past|this\\s+coming|last|this|next|past|coming)\\s+|(?<prev>the\\s+(?:previous|prior|preceding))\\s+|(?<modB>early|late|earlier|later)\\s+)?(?<wd>${WEEKDAY_NAMES})(?![\\w])(?:\\s+(?:morning|afternoon|evening|night))?`,
    'i',
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    const wd = g.wd ?? '';
    // 'each Thursday', 'every Monday': a recurring day, no date.
    if (/\b(?:each|every)\s+$/i.test(text.slice(Math.max(0, match.index - 7), match.index))) return null;
    const weekday = weekdayNumber(wd);
    if (weekday === undefined || !capitalized(wd)) return null;
    const direction = g.dir ? DIRECTIONS[g.dir.toLowerCase().replace(/\s+/g, ' ')] : undefined;
    const mod = modifierOf(g.modB);
    const previous = g.prev ? { previous: true } : {};
    return { spec: { kind: 'weekday', weekday, ...(direction ? { direction } : {}), ...previous, ...(mod ? { mod } : {}) } };
  },
};
