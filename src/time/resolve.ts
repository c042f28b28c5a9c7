import type { Granularity, Span, TimeMod, TimeValue } from '../types.js';
import {
  addDays,
  centuryPeriod,
  decadePeriod,
  fields,
  halfPeriod,
  monthPeriod,
  quarterPeriod,
  seasonPeriod,
  weekdayOf,
  weekPeriod,
  yearPeriod,
  dayPeriod,
  daysInMonth,
  easterSunday,
  isoDate,
  type Period,
  type Season,
} from './calendar.js';
import type { DateSpec, OffsetUnit, YearSpec } from './spec.js';

/** What a spec is placed against. */
export interface ResolveContext {
  /** The publication date as an interval; absent means unknown. */
  readonly reference?: TimeValue | undefined;
  /** The latest date stated before this one in the document, for 'the same year'. */
  readonly previous?: TimeValue | undefined;
  /** The latest date before this one in the same sentence, for 'a year earlier'. */
  readonly previousInSentence?: TimeValue | undefined;
  /** Whether the expression sits in future-tense wording, which turns undated periods forward. */
  readonly future: boolean;
  /** Whether the sentence narrates the past, which lets an undated month take the narrative's year. */
  readonly past?: boolean;
  /** Whether the date's own clause narrates the past ('In February, it cut prices'): an undated month stays behind the reference. */
  readonly pastClause?: boolean;
  /** Whether `previous` is close enough (a few sentences back) to set the year of an undated month. */
  readonly previousRecent?: boolean;
  /** A date that opens the sentence ('In 2015, ...'), which frames what the sentence narrates. */
  readonly frame?: TimeValue | undefined;
}

const ORDER: readonly Granularity[] = ['day', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade'];
// How much nearer an undated period ahead of the reference must be than the one behind it.
const FUTURE_PENALTY = 4;
const KEEPABLE: ReadonlySet<Granularity> = new Set(['month', 'season', 'quarter', 'half']);
const finer = (a: Granularity, b: Granularity): boolean => ORDER.indexOf(a) < ORDER.indexOf(b);

function build(
  period: Period,
  granularity: Granularity,
  anchor: TimeValue['anchor'],
  implied: TimeValue['implied'],
  mod: TimeMod | undefined,
  span: Span | undefined,
): TimeValue {
  return { timex: period.timex, start: period.start, end: period.end, granularity, ...(mod ? { mod } : {}), anchor, implied, ...(span ? { span } : {}) };
}

/** Day of the month of its nth given weekday (nth -1 is the last; nth 0 is the Tuesday after the first Monday). */
function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): number {
  const firstWd = weekdayOf(isoDate(year, month, 1));
  const first = 1 + ((weekday - firstWd + 7) % 7);
  if (nth === 0) return 1 + ((1 - firstWd + 7) % 7) + 1;
  if (nth > 0) return first + 7 * (nth - 1);
  let d = first;
  while (d + 7 <= daysInMonth(year, month)) d += 7;
  return d;
}

/** Days between two intervals; 0 when they overlap. */
function distance(a: { start: string; end: string }, b: { start: string; end: string }): number {
  if (a.end < b.start) return (Date.parse(b.start) - Date.parse(a.end)) / 86_400_000;
  if (b.end < a.start) return (Date.parse(a.start) - Date.parse(b.end)) / 86_400_000;
  return 0;
}

/** The parts of a date a granularity leaves unstated. */
function unstated(g: Granularity): TimeValue['implied'] {
  if (g === 'day') return [];
  if (g === 'week' || g === 'month') return ['day'];
  return ['month', 'day'];
}

// When the reference is coarser than what an expression needs ('Thursday' in a December
// article), the honest answer is the reference itself, with the finer parts marked implied.
function coarsen(ref: TimeValue, needed: Granularity, mod: TimeMod | undefined, span: Span | undefined): TimeValue | undefined {
  if (!finer(needed, ref.granularity)) return undefined;
  return build(ref, ref.granularity, 'publication', unstated(ref.granularity), mod, span);
}

const yearOf = (v: TimeValue): number => fields(v.start).year;

function shiftPeriod(unit: OffsetUnit, iso: string, by: number, weekend = false): { period: Period; granularity: Granularity } {
  const { year, month } = fields(iso);
  switch (unit) {
    case 'day':
      return { period: { timex: addDays(iso, by), start: addDays(iso, by), end: addDays(iso, by) }, granularity: 'day' };
    case 'week':
      return { period: weekPeriod(addDays(iso, 7 * by), weekend), granularity: 'week' };
    case 'month':
      return { period: monthPeriod(year, month + by), granularity: 'month' };
    case 'quarter':
      return { period: quarterPeriod(year, Math.ceil(month / 3) + by), granularity: 'quarter' };
    case 'half': {
      const h = (month <= 6 ? 1 : 2) + by;
      const y = year + Math.floor((h - 1) / 2);
      return { period: halfPeriod(y, ((((h - 1) % 2) + 2) % 2) + 1), granularity: 'half' };
    }
    case 'year':
      return { period: yearPeriod(year + by), granularity: 'year' };
    case 'decade':
      return { period: decadePeriod(Math.floor(year / 10) + by), granularity: 'decade' };
  }
}

/** The same period one or more years away, at the precision it was stated in. */
function shiftKeeping(anchor: TimeValue, years: number): Period | undefined {
  const t = anchor.timex;
  const y = Number(t.slice(0, 4)) + years;
  if (!/^\d{4}/.test(t)) return undefined;
  const rest = t.slice(4);
  if (anchor.granularity === 'quarter') return quarterPeriod(y, Number(rest.slice(2)));
  if (anchor.granularity === 'half') return halfPeriod(y, Number(rest.slice(2)));
  if (anchor.granularity === 'month') return monthPeriod(y, Number(rest.slice(1)));
  if (anchor.granularity === 'season' && /^-(?:SP|SU|FA|WI)$/.test(rest)) return seasonPeriod(y, rest.slice(1) as Season);
  if (anchor.granularity === 'day' && /^-\d{2}-\d{2}$/.test(rest)) {
    const month = Number(rest.slice(1, 3));
    // February 29 a year away is the last day of that February.
    return dayPeriod(y, month, Math.min(Number(rest.slice(4, 6)), daysInMonth(y, month)));
  }
  return undefined;
}

function resolveYear(spec: YearSpec, ctx: ResolveContext): { year: number; anchor: TimeValue['anchor'] } | undefined {
  if (spec.kind === 'absolute') return { year: spec.year, anchor: 'absolute' };
  const base = spec.from === 'discourse' ? ctx.previous : ctx.reference;
  if (!base || base.timex.endsWith('_REF')) return undefined;
  if (spec.from === 'discourse' && base.granularity === 'decade') return undefined;
  return { year: yearOf(base) + spec.by, anchor: spec.from === 'reference' ? 'publication' : 'discourse' };
}

function calendarPeriod(spec: Extract<DateSpec, { kind: 'calendar' }>, year: number): Period | undefined {
  switch (spec.unit) {
    case 'day':
      if (spec.easter !== undefined) {
        const sunday = easterSunday(year);
        return dayPeriod(year, sunday.month, sunday.day + spec.easter);
      }
      if (spec.month && spec.nthWeekday) return dayPeriod(year, spec.month, nthWeekdayOfMonth(year, spec.month, spec.nthWeekday[0], spec.nthWeekday[1]));
      // 'February 30' is no day; 'February 29' only in leap years.
      return spec.month && spec.day && spec.day <= daysInMonth(year, spec.month) ? dayPeriod(year, spec.month, spec.day) : undefined;
    case 'month':
      return spec.month ? monthPeriod(year, spec.month) : undefined;
    case 'quarter':
      return spec.quarter ? quarterPeriod(year, spec.quarter) : undefined;
    case 'half':
      return spec.half ? halfPeriod(year, spec.half) : undefined;
    case 'season':
      return spec.season ? seasonPeriod(year, spec.season) : undefined;
    case 'year':
      return yearPeriod(year);
  }
}

// Where narrative can carry a year: a date opening the sentence ('In 2015, ...'), an earlier
// month or day in the sentence or in a recent one ('In May 2015 it launched a phone. In
// September, ...'). A year stated in passing ('the firm, founded in 1998, said in May') does not.
const NARRATIVE: ReadonlySet<Granularity> = new Set(['day', 'week', 'month', 'season']);

/**
 * The period an undated month or day takes from the narrative's year rather than the
 * publication date: in past-tense narration, after a stated date, later in that same year and
 * not after the publication date. Otherwise undefined, and the publication date places it.
 */
function narrativeYear(spec: Extract<DateSpec, { kind: 'calendar' }>, ctx: ResolveContext): Period | undefined {
  if (spec.direction || ctx.future || !ctx.past || (spec.unit !== 'month' && spec.unit !== 'day')) return undefined;
  const inSentence = ctx.previousInSentence && NARRATIVE.has(ctx.previousInSentence.granularity) ? ctx.previousInSentence : undefined;
  const recent = ctx.previousRecent && ctx.previous && NARRATIVE.has(ctx.previous.granularity) ? ctx.previous : undefined;
  const frame = ctx.frame && ctx.frame.granularity !== 'decade' ? ctx.frame : undefined;
  const focus = inSentence ?? frame ?? recent;
  if (!focus || !/^\d{4}/.test(focus.timex)) return undefined;
  const year = Number(focus.timex.slice(0, 4));
  const p = calendarPeriod(spec, year);
  if (!p) return undefined;
  // Narration moves forward: a month before the focus is more likely the next year or a flashback.
  const focusStart = focus.granularity === 'year' ? focus.start : monthPeriod(fields(focus.start).year, fields(focus.start).month).start;
  if (p.start < focusStart) return undefined;
  if (ctx.reference && p.start > ctx.reference.end) return undefined;
  return p;
}

/**
 * Places a spec on the calendar. Returns undefined when it cannot be placed honestly: a
 * relative expression without a reference, a discourse anchor without an earlier date.
 */
export function resolveSpec(spec: DateSpec, ctx: ResolveContext, span?: Span): TimeValue | undefined {
  const ref = ctx.reference;
  switch (spec.kind) {
    case 'ref':
      return ref ? { timex: spec.ref, start: ref.start, end: ref.end, granularity: ref.granularity, anchor: 'publication', implied: [], ...(span ? { span } : {}) } : undefined;
    case 'decade':
      return build(decadePeriod(spec.decade), 'decade', 'absolute', ['month', 'day'], spec.mod, span);
    case 'century':
      return { ...build(centuryPeriod(spec.century), 'decade', 'absolute', ['month', 'day'], spec.mod, span) };
    case 'calendar': {
      if (spec.year) {
        const y = resolveYear(spec.year, ctx);
        if (!y) return undefined;
        const period = calendarPeriod(spec, y.year);
        if (period && spec.weekOf) return build(weekPeriod(period.start), 'week', y.anchor, [], spec.mod, span);
        return period ? build(period, spec.unit, y.anchor, [], spec.mod, span) : undefined;
      }
      if (!ref || ref.timex.endsWith('_REF')) return undefined;
      const narrated = narrativeYear(spec, ctx);
      if (narrated) return build(narrated, spec.unit, 'discourse', ['year'], spec.mod, span);
      // No year stated: the nearest such period, on the side the wording points to.
      const refYear = fields(ref.end).year;
      // 'expects to report third-quarter results' speaks of a quarter already over: reporting
      // periods are placed by nearness alone.
      const periodic = spec.unit === 'quarter' || spec.unit === 'half';
      // A sentence that has placed a date ahead of the reference stays ahead ('flights leave from
      // March 30, with the third departing from August 6').
      const ahead = ctx.previousInSentence !== undefined && ctx.previousInSentence.start > ref.end;
      const dir = spec.direction ?? ((ctx.future || ahead) && !periodic ? 'next' : ctx.pastClause && spec.unit === 'month' ? 'past' : undefined);
      let year: number | undefined;
      let best = Infinity;
      for (const y of [refYear - 1, refYear, refYear + 1]) {
        const p = calendarPeriod(spec, y);
        if (!p) continue;
        if (dir === 'next' && p.end < ref.start) continue;
        if (dir === 'past' && p.start > ref.end) continue;
        if (dir === 'last' && p.start >= (ref.granularity === 'day' ? monthPeriod(fields(ref.start).year, fields(ref.start).month).start : ref.start)) continue;
        // News reports the past: a period ahead of the reference wins only when it is much nearer.
        const d = distance(p, ref) * (p.start > ref.end && dir === undefined ? FUTURE_PENALTY : 1);
        if (d < best) {
          best = d;
          year = y;
        }
      }
      if (year === undefined) return undefined;
      const period = calendarPeriod(spec, year);
      if (!period) return undefined;
      // 'last August' in May, 'next March' in October: the word before the month says which year,
      // so it is stated; 'in August' leaves the year to the tagger's guess, and so does 'last
      // August' written in September (the August just gone, or the one a year before?).
      const implied: TimeValue['implied'] = (spec.direction === 'last' || spec.direction === 'next') && distance(period, ref) > 62 ? [] : ['year'];
      if (spec.weekOf) return build(weekPeriod(period.start), 'week', 'publication', implied, spec.mod, span);
      // A day placed against a month-or-coarser reference is still a stated day; only its year is implied.
      return build(period, spec.unit, 'publication', implied, spec.mod, span);
    }
    case 'weekday': {
      if (!ref || ref.timex.endsWith('_REF')) return undefined;
      if (spec.previous) {
        // Before the day the text is at, or, with none, the one before the latest such weekday.
        const focus = ctx.previousInSentence ?? ctx.previous;
        if (focus?.granularity === 'day') {
          const back = ((weekdayOf(focus.start) - spec.weekday + 7) % 7) || 7;
          const iso = addDays(focus.start, -back);
          return build({ timex: iso, start: iso, end: iso }, 'day', 'discourse', [], spec.mod, span);
        }
      }
      if (ref.granularity !== 'day') return coarsen(ref, 'day', spec.mod, span);
      const wd = weekdayOf(ref.start);
      let delta = spec.weekday - wd;
      const dir = spec.direction ?? (ctx.future ? 'next' : 'past');
      if (dir === 'next') delta = delta <= 0 ? delta + 7 : delta;
      else if (dir === 'last') delta = delta >= 0 ? delta - 7 : delta;
      else if (dir === 'this') delta = delta < 0 && ctx.future ? delta + 7 : delta;
      else delta = delta > 0 ? delta - 7 : delta;
      const iso = addDays(ref.start, delta + (spec.dayShift ?? 0) - (spec.previous ? 7 : 0));
      return build({ timex: iso, start: iso, end: iso }, 'day', 'publication', [], spec.mod, span);
    }
    case 'offset': {
      let near: TimeValue | undefined;
      if (spec.keep && spec.unit === 'year') {
        // 'a year earlier' after 'the third quarter' is that quarter a year before.
        near = ctx.previousInSentence ?? (spec.from === 'discourse' || spec.comparable ? ctx.previous : undefined);
        const kept = near && (KEEPABLE.has(near.granularity) || (spec.keepDay === true && near.granularity === 'day')) ? shiftKeeping(near, spec.by) : undefined;
        if (near && kept) return build(kept, near.granularity, 'discourse', [], spec.mod, span);
      }
      // Figures compared with 'a year earlier' and no period stated for them: the latest
      // reported period, a year back. A stated year still counts back from that year.
      const reported = spec.comparable === true && near?.granularity !== 'year';
      let base: TimeValue | undefined = reported ? undefined : spec.from === 'discourse' ? ctx.previous : ref;
      let anchor: TimeValue['anchor'] = spec.from === 'discourse' ? 'discourse' : 'publication';
      let unit = spec.unit;
      let by = spec.by;
      if (reported) {
        base = ref;
        anchor = 'publication';
        if (spec.fallbackShift) ({ unit, by } = spec.fallbackShift);
      } else if (!base && spec.from === 'discourse' && spec.fallback) {
        base = ref;
        anchor = 'publication';
        if (spec.fallbackShift) ({ unit, by } = spec.fallbackShift);
      }
      if (!base || base.timex.endsWith('_REF')) return undefined;
      if (spec.weekend && by === 0 && spec.lastWeekend && base.granularity === 'day') {
        // 'over the weekend' is the latest weekend up to the reference day.
        const wd = weekdayOf(base.start);
        const saturday = addDays(base.start, wd === 0 ? -1 : wd === 6 ? 0 : -(wd + 1));
        return build(weekPeriod(saturday, true), 'week', anchor, [], spec.mod, span);
      }
      const unitGran: Granularity = unit;
      if (finer(unitGran, base.granularity)) {
        // 'that month' after a bare year cannot be placed; 'yesterday' against a month is the month.
        return anchor === 'publication' ? coarsen(base, unitGran, spec.mod, span) : undefined;
      }
      // Weeks are ISO weeks, Monday to Sunday.
      const shifted = shiftPeriod(unit, base.start, by, spec.weekend);
      const { granularity } = shifted;
      let { period } = shifted;
      if (spec.yearOverride !== undefined && unit === 'quarter') period = quarterPeriod(spec.yearOverride, Number(period.timex.slice(-1)));
      return build(period, granularity, anchor, [], spec.mod, span);
    }
  }
}
