/**
 * How a stated figure becomes an interval: the precision its digits imply, widened by the
 * qualifier written with it ('over', 'up to', 'around').
 *
 * Precision: half a unit in the last digit written ('43.08%' is 43.075..43.085). With a
 * magnitude word at least one decimal of the magnitude is implied, since news rounds
 * '8.97 billion' to '9 billion': '9 billion' covers 8.95..9.05 billion, '41.375 million' is exact
 * to the thousand. Whole counts without a magnitude are exact.
 *
 * Qualifiers: 'over' / 'at-least' and 'under' / 'up-to' are open on one side; the open side is
 * Number.MAX_VALUE (or 0 for positive figures below), which stays valid JSON where Infinity
 * would not. 'around' is ±10%; 'nearly' is the 10% just below; 'just over' / 'just under' are
 * the 10% beside the figure.
 */
import type { Approx } from '../types.js';

/** A qualifier phrase: what it means and, for 'just over/under', that it is tight. */
export interface Qualifier {
  readonly approx: Approx;
  readonly tight: boolean;
}

const Q = (approx: Approx, tight = false): Qualifier => ({ approx, tight });

/** Qualifier phrases written before a figure, lower case, single spaces. Longest match wins. */
export const QUALIFIERS_BEFORE: ReadonlyMap<string, Qualifier> = new Map([
  ['over', Q('over')], ['more than', Q('over')], ['above', Q('over')], ['exceeding', Q('over')], ['in excess of', Q('over')],
  ['exceeds', Q('over')], ['exceeded', Q('over')], ['surpassing', Q('over')],
  ['upwards of', Q('over')], ['upward of', Q('over')], ['north of', Q('over')], ['greater than', Q('over')],
  ['higher than', Q('over')], ['well over', Q('over')], ['well above', Q('over')], ['just over', Q('over', true)],
  ['just above', Q('over', true)], ['slightly more than', Q('over', true)], ['a little over', Q('over', true)],
  ['at least', Q('at-least')], ['no less than', Q('at-least')], ['not less than', Q('at-least')], ['a minimum of', Q('at-least')],
  ['no fewer than', Q('at-least')], ['at a minimum', Q('at-least')],
  ['under', Q('under')], ['less than', Q('under')], ['fewer than', Q('under')], ['below', Q('under')], ['lower than', Q('under')],
  ['just under', Q('under', true)], ['just below', Q('under', true)], ['slightly less than', Q('under', true)],
  ['a little under', Q('under', true)], ['just shy of', Q('under', true)], ['shy of', Q('under', true)],
  ['up to', Q('up-to')], ['as much as', Q('up-to')], ['as many as', Q('up-to')], ['as high as', Q('up-to')], ['at most', Q('up-to')],
  ['no more than', Q('up-to')], ['not more than', Q('up-to')], ['a maximum of', Q('up-to')], ['a maximum', Q('up-to')],
  ['capped at', Q('up-to')],
  ['around', Q('around')], ['about', Q('around')], ['roughly', Q('around')], ['approximately', Q('around')], ['approx', Q('around')],
  ['some', Q('around')], ['an estimated', Q('around')], ['estimated', Q('around')], ['circa', Q('around')], ['ca', Q('around')],
  ['in the region of', Q('around')], ['in the order of', Q('around')], ['on the order of', Q('around')], ['of the order of', Q('around')],
  ['an approximate', Q('around')], ['some estimated', Q('around')], ['or so', Q('around')], ['around about', Q('around')],
  ['nearly', Q('nearly')], ['almost', Q('nearly')], ['close to', Q('nearly')], ['closer to', Q('nearly')], ['just about', Q('nearly')],
  ['approaching', Q('nearly')], ['not quite', Q('nearly')],
]);

/** The most words a qualifier phrase has. */
export const LONGEST_QUALIFIER = 4;

/** Qualifier phrases written after a figure ('3,000 or more'). */
export const QUALIFIERS_AFTER: ReadonlyMap<string, Qualifier> = new Map([
  ['or more', Q('at-least')], ['or above', Q('at-least')], ['or higher', Q('at-least')], ['or so', Q('around')],
  ['or less', Q('up-to')], ['or fewer', Q('up-to')], ['or below', Q('up-to')], ['plus', Q('over')],
]);

/** Half the width of the interval the written digits imply. */
export function precisionOf(decimals: number, magnitude: number, exact: boolean): number {
  if (exact) return 0;
  const places = magnitude > 1 ? Math.max(decimals, 1) : decimals;
  return 0.5 * 10 ** -places * magnitude;
}

/** The interval [low, high] a value stands for, given its precision and qualifier. */
export function intervalOf(value: number, precision: number, qualifier: Qualifier | undefined): readonly [number, number] {
  const lo = value - precision;
  const hi = value + precision;
  if (!qualifier) return [lo, hi];
  const a = Math.abs(value);
  const tenth = a * 0.1;
  switch (qualifier.approx) {
    case 'over':
    case 'at-least':
      return [value, qualifier.tight ? value + tenth : Number.MAX_VALUE];
    case 'under':
      return [qualifier.tight ? value - tenth : value >= 0 ? 0 : -Number.MAX_VALUE, value];
    case 'up-to':
      return value >= 0 ? [0, value] : [value, 0];
    case 'around':
      return [Math.min(lo, value - tenth), Math.max(hi, value + tenth)];
    case 'nearly':
      return [value - tenth, value];
  }
}
