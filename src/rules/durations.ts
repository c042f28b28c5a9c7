import type { DayInterval } from './intervals.js';

/** A span of time stated as a length: 'for six months', 'over the past two years'. */
export interface Duration {
  readonly amount: number;
  readonly unit: 'day' | 'week' | 'month' | 'year';
  /** Offsets in the text searched. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, eighteen: 18, twenty: 20, thirty: 30,
};

const DURATION = /\b(?:for|over) (?:the (?:past|last) )?(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty) (day|week|month|year)s?\b/giu;

/** 'so', 'since then': the clause that follows counts from what the clause before it says. */
const SEQUEL = /\b(?:so|since then|ever since)\b/iu;

/** A present perfect ('have been preparing', 'has operated'): a length that runs up to the time of writing. */
const PERFECT = /\b(?:have|has)(?: been)? \w+/iu;

/**
 * A length of time that, by the wording, runs from what the text before it describes up to the
 * time of writing: '..., so they have been preparing for the official launch for six months'.
 * Only a clause introduced by 'so' or 'since then' and in the present perfect qualifies; a length
 * without such a link ('has been profitable for three years') says nothing about the earlier event.
 * `text` is what follows the event's date in its sentence.
 */
export function durationSince(text: string): Duration | undefined {
  const sequel = SEQUEL.exec(text);
  if (!sequel) return undefined;
  const rest = text.slice(sequel.index);
  DURATION.lastIndex = 0;
  const m = DURATION.exec(rest);
  if (!m || !PERFECT.test(rest.slice(0, m.index))) return undefined;
  const word = (m[1] ?? '').toLowerCase();
  const amount = /^\d/u.test(word) ? Number(word) : NUMBER_WORDS[word];
  const unit = (m[2] ?? '').toLowerCase() as Duration['unit'];
  if (amount === undefined || !Number.isFinite(amount) || amount <= 0) return undefined;
  const start = sequel.index + m.index;
  return { amount, unit, start, end: start + m[0].length, text: m[0] };
}

const DAY_MS = 86_400_000;

/**
 * When a length that ends at `reference` began: the reference moved back by the length, widened
 * by a quarter of the length (at least a month) because lengths in prose are round.
 */
export function startOf(duration: Duration, reference: DayInterval): DayInterval {
  const back = (day: number): number => {
    const d = new Date(day * DAY_MS);
    if (duration.unit === 'year') d.setUTCFullYear(d.getUTCFullYear() - duration.amount);
    else if (duration.unit === 'month') d.setUTCMonth(d.getUTCMonth() - duration.amount);
    else d.setUTCDate(d.getUTCDate() - duration.amount * (duration.unit === 'week' ? 7 : 1));
    return Math.round(d.getTime() / DAY_MS);
  };
  const lengthDays = { day: 1, week: 7, month: 30.4, year: 365.25 }[duration.unit] * duration.amount;
  const slack = Math.max(31, lengthDays / 4);
  return { start: back(reference.start) - slack, end: back(reference.end) + slack };
}
