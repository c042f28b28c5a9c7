import type { Granularity, TimeValue } from '../types.js';

/** A closed interval of days (days since 1970-01-01); open ends are ±Infinity. */
export interface DayInterval {
  readonly start: number;
  readonly end: number;
}

const DAY_MS = 86_400_000;

/** How far an APPROX value may stray, by its granularity, in days. */
const APPROX_SLACK: Readonly<Record<Granularity, number>> = {
  day: 3,
  week: 7,
  month: 31,
  season: 92,
  quarter: 92,
  half: 183,
  year: 366,
  decade: 3653,
};

/** The day number of an ISO date ('2016-12-27'); undefined when it is not one. */
export function dayOf(iso: string): number | undefined {
  // 'YYYY-MM-DD' (nearly every value): read from its characters, without splitting.
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45 && PLAIN_DAY.test(iso)) {
    return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
  }
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || !Number.isInteger(y)) return undefined;
  return Date.UTC(y, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

/** The ISO date of a day number. */
export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The days a time value can mean, for comparison. Parts the tagger filled in from context are
 * dropped first (an implied day widens to its month, an implied month to its year, and an implied
 * year makes the value uncomparable: undefined), because a value stated in the text is never
 * contradicted by one the tagger guessed. Modifiers open or widen the interval: BEFORE 2016 is
 * everything up to 2015-12-31, APPROX widens by one unit of its granularity. EARLY/MID/LATE keep
 * the whole interval, since where 'early' ends is a matter of taste.
 */
export function intervalOf(time: TimeValue): DayInterval | undefined {
  // A claim's time is compared by several rules, each in every group it is in: worked out once.
  const known = intervals.get(time);
  if (known !== undefined) return known ?? undefined;
  const interval = computeInterval(time);
  intervals.set(time, interval ?? null);
  return interval;
}

const intervals = new WeakMap<TimeValue, DayInterval | null>();
const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/u;

function computeInterval(time: TimeValue): DayInterval | undefined {
  if (time.implied.includes('year')) return undefined;
  let startIso = time.start;
  let endIso = time.end;
  if (time.implied.includes('month')) {
    startIso = `${time.start.slice(0, 4)}-01-01`;
    endIso = `${time.end.slice(0, 4)}-12-31`;
  } else if (time.implied.includes('day')) {
    startIso = `${time.start.slice(0, 7)}-01`;
    endIso = lastDayOfMonth(time.end.slice(0, 7));
  }
  const start = dayOf(startIso);
  const end = dayOf(endIso);
  if (start === undefined || end === undefined || end < start) return undefined;
  switch (time.mod) {
    case 'BEFORE':
      return { start: -Infinity, end: start - 1 };
    case 'ON_OR_BEFORE':
      return { start: -Infinity, end };
    case 'AFTER':
      return { start: end + 1, end: Infinity };
    case 'ON_OR_AFTER':
      // 'Since 2012' is open-ended, unless the value says until when it was stated to hold
      // (a role held since 2012, as of the article's date): then it ends there.
      return { start, end: end > (naturalEnd(time) ?? end) ? end : Infinity };
    case 'APPROX': {
      const slack = APPROX_SLACK[time.granularity];
      return { start: start - slack, end: end + slack };
    }
    default:
      return { start, end };
  }
}

/** The last day of the period a value's start names at its granularity, where that is simple to say. */
function naturalEnd(time: TimeValue): number | undefined {
  const iso = time.granularity === 'year' ? `${time.start.slice(0, 4)}-12-31` : time.granularity === 'month' ? lastDayOfMonth(time.start.slice(0, 7)) : time.granularity === 'day' ? time.start : undefined;
  return iso === undefined ? undefined : dayOf(iso);
}

/** Whether two intervals share no day and lie more than `grace` days apart (day 1 and day 3 are 2 apart). */
export function disjoint(a: DayInterval, b: DayInterval, grace = 0): boolean {
  return a.end + grace < b.start || b.end + grace < a.start;
}

/** Whether `a` ends before `b` starts: every day of `a` is earlier than every day of `b`. */
export function entirelyBefore(a: DayInterval, b: DayInterval, grace = 0): boolean {
  return a.end + grace < b.start;
}

/** Whether every day of `inner` lies within `outer`. */
export function within(inner: DayInterval, outer: DayInterval): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Days between two disjoint intervals (0 when they touch or overlap). */
export function gapDays(a: DayInterval, b: DayInterval): number {
  if (a.end < b.start) return b.start - a.end;
  if (b.end < a.start) return a.start - b.end;
  return 0;
}

/** The ISO date of the last day of a month ('2016-02' gives '2016-02-29'). */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

/** A time value covering one ISO date, month ('2016-12') or year ('2016'), as written in front matter. */
export function timeOfDate(date: string): TimeValue | undefined {
  const [y, m, d] = date.split('-');
  if (!y || !/^\d{4}$/u.test(y)) return undefined;
  if (d && m) return { timex: date, start: date, end: date, granularity: 'day', anchor: 'absolute', implied: [] };
  if (m) return { timex: date, start: `${date}-01`, end: lastDayOfMonth(date), granularity: 'month', anchor: 'absolute', implied: [] };
  return { timex: date, start: `${y}-01-01`, end: `${y}-12-31`, granularity: 'year', anchor: 'absolute', implied: [] };
}

/** How fine a granularity is: higher is more specific. */
export const PRECISION: Readonly<Record<Granularity, number>> = {
  decade: 0,
  year: 1,
  half: 2,
  quarter: 3,
  season: 3,
  month: 4,
  week: 5,
  day: 6,
};
