import type { Quantity, TimeValue } from '../types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const MOD_WORDS: Readonly<Record<string, string>> = {
  EARLY: 'early ',
  MID: 'mid-',
  LATE: 'late ',
  BEFORE: 'before ',
  AFTER: 'after ',
  ON_OR_BEFORE: 'by ',
  ON_OR_AFTER: 'from ',
  APPROX: 'around ',
};

/** A time value as a reader says it: '27 December 2015', 'December 2016', 'Q2 2022', 'before 2016'. */
export function describeTime(time: TimeValue): string {
  return `${time.mod ? (MOD_WORDS[time.mod] ?? '') : ''}${describeTimex(time)}`;
}

function describeTimex(time: TimeValue): string {
  // A time open towards the past ('by 15 August 2022') carries a placeholder start: say its end.
  const [y, m, d] = (time.start.startsWith('0001-') ? time.end : time.start).split('-');
  const month = MONTHS[Number(m) - 1] ?? m ?? '';
  switch (time.granularity) {
    case 'day':
      return `${Number(d)} ${month} ${y}`;
    case 'month':
      return `${month} ${y}`;
    case 'year':
      return y ?? time.timex;
    case 'decade':
      return `the ${(y ?? '').slice(0, 3)}0s`;
    case 'quarter':
    case 'half': {
      const part = /^\d{4}-([QH]\d)$/u.exec(time.timex)?.[1];
      return part ? `${part} ${y}` : `${time.start} to ${time.end}`;
    }
    default:
      return time.start === time.end ? time.start : `${time.start} to ${time.end}`;
  }
}

const APPROX_WORDS: Readonly<Record<string, string>> = {
  over: 'over ',
  under: 'under ',
  around: 'about ',
  'up-to': 'up to ',
  'at-least': 'at least ',
  nearly: 'nearly ',
};

const SCALES: readonly (readonly [number, string])[] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** A number as a reader writes it: 6.97 billion, 30,000, 29.5. */
export function describeNumber(value: number): string {
  const magnitude = Math.abs(value);
  for (const [scale, word] of SCALES) {
    if (magnitude >= scale) return `${trim(value / scale)} ${word}`;
  }
  return magnitude >= 1000 ? Math.round(value).toLocaleString('en-US') : trim(value);
}

function trim(value: number): string {
  return String(Number(value.toFixed(4)));
}

/** A figure as a reader writes it: '29.5%', 'CNY 3 billion', 'over 3,000 businesses', 'EUR 12 million for 30%'. */
export function describeQuantity(q: Quantity): string {
  const prefix = q.approx ? (APPROX_WORDS[q.approx] ?? '') : '';
  const n = describeNumber(q.value);
  switch (q.unit) {
    case '%':
      return `${prefix}${n}%`;
    case 'pp':
      return `${prefix}${n} percentage points`;
    case 'count':
      return `${prefix}${n}${q.noun ? ` ${q.noun}` : ''}`;
    default:
      return `${prefix}${q.unit} ${n}${q.noun ? ` for ${q.noun}` : ''}`;
  }
}
