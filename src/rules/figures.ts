import type { Quantity } from '../types.js';
import type { Convert } from './rule.js';

/** A closed interval of values a figure may stand for. */
export interface Range {
  readonly low: number;
  readonly high: number;
}

/** How much of a figure's value a rounded figure is allowed, at most, when its precision is a guess. */
const MAX_ROUNDING = 0.05;

/** How much a qualifier such as 'about' widens a figure, at least. */
const AROUND = 0.05;

/**
 * Half a unit of a value's last significant digit: what rounding can hide. 6.97 billion hides
 * 5 million, 0.9 hides 0.05. Trailing zeros of an integer are ambiguous (is '30,000' exact to the
 * unit or to the ten thousand?), so their share is capped at 5% of the value.
 */
export function roundingOf(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude === 0 || !Number.isFinite(magnitude)) return 0;
  let exponent = Math.floor(Math.log10(magnitude)) - 14;
  for (let k = Math.floor(Math.log10(magnitude)); k >= -12; k--) {
    const scaled = magnitude / 10 ** k;
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, scaled)) {
      exponent = k;
      break;
    }
  }
  const half = 10 ** exponent / 2;
  return exponent > 0 ? Math.min(half, magnitude * MAX_ROUNDING) : half;
}

/**
 * The interval a figure stands for. The quantity stage's own `low`/`high` are kept; when they are
 * a single point, the precision the digits imply is added; qualifiers open or widen it ('over 3,000'
 * has no upper bound, 'about 30' is at least ±5%); `slack` widens it by a share of its value.
 */
export function rangeOf(q: Quantity, slack = 0): Range {
  let low = Math.min(q.low, q.value);
  let high = Math.max(q.high, q.value);
  if (low === high) {
    // A count with its units digit written ('6 partners') is exact; rounding hides only in trailing zeros.
    const r = q.kind === 'count' && Number.isInteger(q.value) && q.value % 10 !== 0 ? 0 : roundingOf(q.value);
    low -= r;
    high += r;
  }
  const size = Math.abs(q.value);
  switch (q.approx) {
    case 'over':
    case 'at-least':
      high = Infinity;
      break;
    case 'under':
    case 'up-to':
      low = Math.min(low, 0);
      break;
    case 'nearly':
      low = Math.min(low, q.value - size * 0.1);
      break;
    case 'around':
      low = Math.min(low, q.value - size * AROUND);
      high = Math.max(high, q.value + size * AROUND);
      break;
    default:
      break;
  }
  // An open end stays open (Infinity * 0 would be NaN).
  return { low: Number.isFinite(low) ? low - Math.abs(low) * slack : low, high: Number.isFinite(high) ? high + Math.abs(high) * slack : high };
}

/** Whether two ranges share no value. */
export function rangesDisjoint(a: Range, b: Range): boolean {
  return a.high < b.low || b.high < a.low;
}

/**
 * A range in another currency at a month's rate, widened by `rateSlack` for the rate's movement
 * within the month; undefined when the rate is unknown (the comparison is then unverifiable).
 */
export function convertRange(range: Range, from: string, to: string, month: string, convert: Convert, rateSlack: number): Range | undefined {
  if (from === to) return range;
  const rate = convert(1, from, to, month);
  if (rate === undefined || !Number.isFinite(rate) || rate <= 0) return undefined;
  return { low: range.low * rate * (1 - rateSlack), high: Number.isFinite(range.high) ? range.high * rate * (1 + rateSlack) : range.high };
}

/** Whether a claim's object is a figure. */
export function isQuantity(object: unknown): object is Quantity {
  return typeof object === 'object' && object !== null && typeof (object as Quantity).value === 'number' && typeof (object as Quantity).unit === 'string';
}
