/**
 * Calendar arithmetic on ISO dates ('2016-12-27'), in UTC so that no time zone or clock enters.
 * Every period the tagger names (day, ISO week, month, season, quarter, half, year, decade,
 * century) maps here to its TIMEX3 value and its first and last day.
 */

/** A calendar period as TIMEX3 value plus the first and last day it covers. */
export interface Period {
  readonly timex: string;
  readonly start: string;
  readonly end: string;
}

/** Two digits. */
export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The ISO date of a day; months and days may overflow and are normalized. */
export function isoDate(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** Year, month (1-12) and day of an ISO date. */
export function fields(iso: string): { readonly year: number; readonly month: number; readonly day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** Days in a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date `n` days after `iso` (before, if negative). */
export function addDays(iso: string, n: number): string {
  const { year, month, day } = fields(iso);
  return isoDate(year, month, day + n);
}

/** Day of the week, 0 = Sunday. */
export function weekdayOf(iso: string): number {
  const { year, month, day } = fields(iso);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** A day. */
export function dayPeriod(year: number, month: number, day: number): Period {
  const iso = isoDate(year, month, day);
  return { timex: iso, start: iso, end: iso };
}

/** A month; `month` may overflow (13 is January of the next year). */
export function monthPeriod(year: number, month: number): Period {
  const first = isoDate(year, month, 1);
  const { year: y, month: m } = fields(first);
  return { timex: first.slice(0, 7), start: first, end: isoDate(y, m, daysInMonth(y, m)) };
}

/** A quarter (1-4); `quarter` may overflow. */
export function quarterPeriod(year: number, quarter: number): Period {
  const y = year + Math.floor((quarter - 1) / 4);
  const q = (((quarter - 1) % 4) + 4) % 4 + 1;
  return { timex: `${y}-Q${q}`, start: isoDate(y, q * 3 - 2, 1), end: isoDate(y, q * 3, daysInMonth(y, q * 3)) };
}

/** A half year (1-2). */
export function halfPeriod(year: number, half: number): Period {
  return half === 1
    ? { timex: `${year}-H1`, start: isoDate(year, 1, 1), end: isoDate(year, 6, 30) }
    : { timex: `${year}-H2`, start: isoDate(year, 7, 1), end: isoDate(year, 12, 31) };
}

/** A year. */
export function yearPeriod(year: number): Period {
  return { timex: String(year).padStart(4, '0'), start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
}

/** A decade, `decade` being the first three digits (199 for the 1990s). */
export function decadePeriod(decade: number): Period {
  return { timex: String(decade), start: isoDate(decade * 10, 1, 1), end: isoDate(decade * 10 + 9, 12, 31) };
}

/** A century, `century` being the first two digits (19 for the 20th century). */
export function centuryPeriod(century: number): Period {
  return { timex: pad2(century), start: isoDate(century * 100, 1, 1), end: isoDate(century * 100 + 99, 12, 31) };
}

/** The seasons as TIMEX3 codes, in calendar order of their start. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

// Meteorological seasons; winter of a year starts in its December.
const SEASON_START: Readonly<Record<Season, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** A season of a year (northern hemisphere, meteorological). */
export function seasonPeriod(year: number, season: Season): Period {
  const m = SEASON_START[season];
  const last = monthPeriod(year, m + 2);
  return { timex: `${year}-${season}`, start: isoDate(year, m, 1), end: last.end };
}

/** The season a day falls in, with the year the season is named for. */
export function seasonOf(iso: string): { readonly year: number; readonly season: Season } {
  const { year, month } = fields(iso);
  if (month <= 2) return { year: year - 1, season: 'WI' };
  if (month <= 5) return { year, season: 'SP' };
  if (month <= 8) return { year, season: 'SU' };
  if (month <= 11) return { year, season: 'FA' };
  return { year, season: 'WI' };
}

/** ISO week-numbering year and week of a day. */
export function isoWeekOf(iso: string): { readonly year: number; readonly week: number } {
  const wd = (weekdayOf(iso) + 6) % 7; // Monday = 0
  const thursday = addDays(iso, 3 - wd);
  const y = fields(thursday).year;
  const jan4 = isoDate(y, 1, 4);
  const firstMonday = addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
  const diff = Math.round((Date.parse(thursday) - Date.parse(firstMonday)) / 86_400_000);
  return { year: y, week: Math.floor(diff / 7) + 1 };
}

/** The ISO week containing a day, or its weekend (Saturday and Sunday). */
export function weekPeriod(iso: string, weekend = false): Period {
  const { year, week } = isoWeekOf(iso);
  const monday = addDays(iso, -((weekdayOf(iso) + 6) % 7));
  const timex = `${year}-W${pad2(week)}${weekend ? '-WE' : ''}`;
  return weekend ? { timex, start: addDays(monday, 5), end: addDays(monday, 6) } : { timex, start: monday, end: addDays(monday, 6) };
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus), as month and day. */
export function easterSunday(year: number): { readonly month: number; readonly day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}
