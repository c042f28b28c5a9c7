import type { TimeMod } from '../types.js';

/** Full month names, as a regex alternation (match case-insensitively, check capitals after). */
export const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';

/** Month abbreviations that are not also full names; a trailing period is optional. */
export const MONTH_ABBREVIATIONS = 'jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';

/** Month number of a name or abbreviation ('Sept.' -> 9), or undefined. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '').slice(0, 3);
  const i = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(w);
  return i < 0 ? undefined : i + 1;
}

/** Weekday names and their abbreviations, as a regex alternation. */
export const WEEKDAY_NAMES = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon\\.|tue\\.|tues\\.|wed\\.|thu\\.|thur\\.|thurs\\.|fri\\.|sat\\.|sun\\.';

/** Weekday number of a name (0 = Sunday), or undefined. */
export function weekdayNumber(word: string): number | undefined {
  const i = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(word.toLowerCase().slice(0, 3));
  return i < 0 ? undefined : i;
}

/** Small counts in words, for 'two years ago'. */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, 'a couple of': 2, 'a half': 0.5,
};

/** Regex alternation of {@link COUNT_WORDS} plus digits. */
export const COUNT = '\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\\s+couple\\s+of';

/** The number a count word or digits stand for. */
export function countOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  return COUNT_WORDS[w];
}

/** Ordinals of quarters and halves. */
export function ordinalNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w === 'first' || w === '1st') return 1;
  if (w === 'second' || w === '2nd') return 2;
  if (w === 'third' || w === '3rd') return 3;
  if (w === 'fourth' || w === '4th') return 4;
  return undefined;
}

/**
 * A modifier before a period ('early', 'the end of', 'mid-'), as a regex fragment with the named
 * groups `modA` and `modB`. It is optional and placed before the period's own pattern.
 */
export const MODIFIER =
  '(?:the\\s+(?:very\\s+)?(?<modA>beginning|start|end|middle|close|turn|first\\s+part|latter\\s+part|second\\s+part)\\s+of\\s+|(?<modB>early|earlier|late|later|mid|middle)(?:\\s+in|-|\\s)\\s*)?';

/** The TIMEX3 modifier a modifier word stands for. */
export function modifierOf(word: string | undefined): TimeMod | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'early' || w === 'beginning' || w === 'start' || w === 'first part') return 'EARLY';
  if (w === 'mid' || w === 'middle' || w === 'second part') return 'MID';
  if (w === 'late' || w === 'end' || w === 'close' || w === 'turn' || w === 'latter part') return 'LATE';
  return undefined;
}

/** The words just before `index` in `text`, lower-cased, for context checks. */
export function before(text: string, index: number, width = 24): string {
  return text.slice(Math.max(0, index - width), index).toLowerCase();
}

/** A preposition or determiner right before a position, which makes a bare month or season a date. */
export const DATE_CONTEXT_BEFORE = /\b(?:in|since|by|until|till|before|after|during|from|through|of|to|and|or|between|last|next|this|on|for|as of|early|late|mid|around|over|into|throughout|the end of|the beginning of|the start of|the middle of)\s+(?:the\s+)?$/;

/** The TIMEX3 modifier implied by a preposition before a date ('since 2013' is on or after 2013). */
export function prepositionMod(text: string, index: number): TimeMod | undefined {
  const b = before(text, index, 12);
  if (/\bsince\s+$/.test(b)) return 'ON_OR_AFTER';
  if (/\b(?:by|until|till)\s+$/.test(b)) return 'ON_OR_BEFORE';
  if (/\bbefore\s+$/.test(b)) return 'BEFORE';
  if (/\bafter\s+$/.test(b)) return 'AFTER';
  return undefined;
}

/** Whether the word starts with a capital letter. */
export const capitalized = (word: string): boolean => /^[A-Z]/.test(word);

/**
 * A period figures are stated for that is not a quarter: 'for the nine months', 'the full
 * year', 'annual', 'fiscal'. A comparison with a year back in such a sentence is a year.
 */
export const NON_QUARTER_PERIOD = /\b(?:(?:nine|six|three|twelve|\d+)\s+months|full\s+year|for\s+the\s+year|annual|fiscal)\b/i;
