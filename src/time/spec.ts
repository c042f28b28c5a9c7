import type { TimeMod } from '../types.js';
import type { Season } from './calendar.js';

/** What a relative expression counts from: the publication date, or the previous date in the text. */
export type Origin = 'reference' | 'discourse';

/** A year as stated: a number, or a shift from an origin ('last year', 'the same year'). */
export type YearSpec =
  | { readonly kind: 'absolute'; readonly year: number }
  | { readonly kind: 'relative'; readonly from: Origin; readonly by: number };

/** Periods an offset can count in. */
export type OffsetUnit = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'decade';

/** Which way an expression without a year points when it is placed against the reference. */
export type Direction = 'last' | 'next' | 'this';

/**
 * What a date expression says, before it is placed on the calendar: the parsers produce this,
 * the resolver turns it into a TimeValue against the reference and the previous date. Keeping
 * the two apart is what lets an unknown reference leave relative dates unresolved.
 */
export type DateSpec =
  | {
      /** A named calendar period: a day, month, quarter, half, season or year, its year maybe missing. */
      readonly kind: 'calendar';
      readonly unit: 'day' | 'month' | 'quarter' | 'half' | 'season' | 'year';
      readonly year?: YearSpec;
      readonly month?: number;
      readonly day?: number;
      /** A movable day: [weekday (0 = Sunday), nth (-1 = last)] of the month, as for Thanksgiving. */
      readonly nthWeekday?: readonly [number, number];
      /** A day counted from Easter Sunday (Good Friday is -2), as movable feasts are. */
      readonly easter?: number;
      readonly quarter?: number;
      readonly half?: number;
      readonly season?: Season;
      readonly direction?: Direction;
      readonly mod?: TimeMod;
      /** The ISO week around the stated day ('the week of March 6'). */
      readonly weekOf?: boolean;
    }
  | { readonly kind: 'decade'; readonly decade: number; readonly mod?: TimeMod }
  | { readonly kind: 'century'; readonly century: number; readonly mod?: TimeMod }
  | {
      /** A period counted from an origin: 'last week', 'two years ago', 'the following year'. */
      readonly kind: 'offset';
      readonly unit: OffsetUnit;
      readonly by: number;
      readonly from: Origin;
      /** For discourse offsets: fall back to the reference when the text has no earlier date. */
      readonly fallback?: boolean;
      /** Keep the anchor's own precision ('a year earlier' after 'the third quarter' is a quarter). */
      readonly keep?: boolean;
      readonly weekend?: boolean;
      /** 'over the weekend': the latest weekend, not the current week's. */
      readonly lastWeekend?: boolean;
      /** What to count from the reference instead, when the text has no earlier date. */
      readonly fallbackShift?: { readonly unit: OffsetUnit; readonly by: number };
      /**
       * The comparable period a year back of the period reported figures cover ('up from $4
       * million a year earlier'): the latest stated period, else the latest reported quarter.
       */
      readonly comparable?: boolean;
      /**
       * Keep even a day's precision: figures for 'the six months ended Aug. 12' compared with 'a
       * year earlier' are those of the period that closed on that day a year back.
       */
      readonly keepDay?: boolean;
      /** A stated year that replaces the counted one ('the 1988 quarter'). */
      readonly yearOverride?: number;
      readonly mod?: TimeMod;
    }
  | {
      readonly kind: 'weekday';
      readonly weekday: number;
      readonly direction?: Direction;
      readonly mod?: TimeMod;
      /** Days from the named weekday ('the day before last Tuesday' is -1). */
      readonly dayShift?: number;
      /** 'the previous Friday': the one before the day in focus, or before the latest one. */
      readonly previous?: boolean;
    }
  | { readonly kind: 'ref'; readonly ref: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' };
