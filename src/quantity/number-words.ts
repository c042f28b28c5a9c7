/**
 * Numbers written in words ('two billion', 'forty-five', 'a million', 'one and a half') and the
 * magnitude words and suffixes that scale a number ('million', 'bn', 'm', 'lakh crore').
 * A small parser of our own: it runs on the tokenizer's output, in time linear in the words.
 */
import type { Token } from './tokens.js';

const ONES: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

/** Scale words that multiply what precedes them. */
const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['lakh', 1e5], ['lakhs', 1e5],
  ['lac', 1e5], ['crore', 1e7], ['crores', 1e7],
]);

/** A magnitude after digits: the word, its factor, and whether it needs a currency to count. */
export interface Magnitude {
  readonly factor: number;
  /** Single letters ('m', 'k', 'b') are magnitudes only when touching the digits. */
  readonly weak: boolean;
  /** Only money carries it ('$1.5T', 'Rs 5cr'): '5t' alone is tonnes. */
  readonly moneyOnly?: boolean;
}

const MAGNITUDES: ReadonlyMap<string, Magnitude> = new Map<string, Magnitude>([
  ['hundred', { factor: 100, weak: false }],
  ...[...SCALES].map(([w, f]): [string, Magnitude] => [w, { factor: f, weak: false }]),
  ['mn', { factor: 1e6, weak: false }], ['mln', { factor: 1e6, weak: false }], ['mio', { factor: 1e6, weak: false }],
  ['bn', { factor: 1e9, weak: false }], ['bln', { factor: 1e9, weak: false }],
  ['tn', { factor: 1e12, weak: false }], ['trn', { factor: 1e12, weak: false }],
  ['k', { factor: 1e3, weak: true }], ['m', { factor: 1e6, weak: true }], ['b', { factor: 1e9, weak: true }],
  ['cr', { factor: 1e7, weak: true, moneyOnly: true }], ['t', { factor: 1e12, weak: true, moneyOnly: true }],
]);

/** The magnitude a word names, if any. */
export function magnitudeOf(lower: string): Magnitude | undefined {
  return MAGNITUDES.get(lower);
}

/** A number read from words. */
export interface WordNumber {
  readonly value: number;
  /** Index of the last token used. */
  readonly last: number;
  /** The largest scale word used (1 when none), for implied precision. */
  readonly magnitude: number;
  /** Decimal places implied ('one and a half billion' has one). */
  readonly decimals: number;
}

/** Every lower-case word that can start a spelled-out number. */
export const NUMBER_STARTERS: readonly string[] = [...ONES.keys(), ...TENS.keys(), 'a', 'an', 'half', 'dozen'];

const numberStarters = new Set(NUMBER_STARTERS);

/** Whether a word can start a spelled-out number. */
export function startsWordNumber(lower: string): boolean {
  return numberStarters.has(lower);
}

type State = 'none' | 'ones' | 'tens' | 'hundred' | 'scale' | 'a';

/**
 * Reads a spelled-out number starting at token `k`, or undefined. 'a'/'an' count only before a
 * scale ('a million'); 'one' alone is a number (the caller decides whether a figure follows).
 */
export function readWordNumber(toks: readonly Token[], k: number): WordNumber | undefined {
  let total = 0;
  let cur = 0;
  let state: State = 'none';
  let magnitude = 1;
  let decimals = 0;
  let best: WordNumber | undefined;
  let t = k;
  // Twelve words hold any number news spells out; the bound keeps every attempt short.
  while (t < toks.length && t - k < 12) {
    const tok = toks[t];
    if (!tok) break;
    if (t > k && !tok.gap && tok.kind === 'sym' && tok.text === '-' && state === 'tens') {
      const next = toks[t + 1];
      if (next && !next.gap && next.kind === 'word' && (ONES.get(next.lower) ?? 0) > 0 && (ONES.get(next.lower) ?? 0) < 10) {
        t += 1;
        continue;
      }
      break;
    }
    if (tok.kind !== 'word' || (t > k && !tok.gap && toks[t - 1]?.kind !== 'sym')) break;
    const w = tok.lower;
    const one = ONES.get(w);
    const ten = TENS.get(w);
    const scale = SCALES.get(w);
    if (one !== undefined) {
      if (state === 'ones' || state === 'a' || (state === 'tens' && one >= 10) || (state === 'tens' && one === 0)) break;
      cur += one;
      state = 'ones';
    } else if (ten !== undefined) {
      if (state === 'ones' || state === 'tens' || state === 'a') break;
      cur += ten;
      state = 'tens';
    } else if (w === 'hundred') {
      if (state === 'none' || state === 'hundred' || state === 'scale' || cur >= 100) break;
      cur = (cur === 0 ? 1 : cur) * 100;
      magnitude = Math.max(magnitude, 100);
      state = 'hundred';
    } else if (scale !== undefined) {
      if (state === 'none') break;
      if (state === 'scale') {
        // 'lakh crore': chained scales multiply.
        total *= scale;
        magnitude *= scale;
      } else {
        total += (cur === 0 ? 1 : cur) * scale;
        magnitude = Math.max(magnitude, scale);
      }
      cur = 0;
      state = 'scale';
    } else if (w === 'dozen') {
      if (state !== 'none' && state !== 'ones' && state !== 'a') break;
      cur = (cur === 0 ? 1 : cur) * 12;
      state = 'ones';
    } else if ((w === 'a' || w === 'an') && state === 'none') {
      cur = 1;
      state = 'a';
    } else if (w === 'half' && state === 'none' && (toks[t + 1]?.lower === 'a' || toks[t + 1]?.lower === 'an')) {
      // 'half a million'
      const s = SCALES.get(toks[t + 2]?.lower ?? '');
      if (s === undefined) break;
      total = s / 2;
      magnitude = s;
      decimals = 1;
      t += 3;
      state = 'scale';
      best = { value: total, last: t - 1, magnitude, decimals };
      continue;
    } else if (w === 'and' && state !== 'none' && state !== 'a') {
      const a = toks[t + 1]?.lower;
      if (a === 'a' && toks[t + 2]?.lower === 'half' && state !== 'scale') {
        // 'one and a half billion': the half belongs to what the next scale multiplies.
        cur += 0.5;
        decimals = 1;
        t += 3;
        state = 'ones';
        best = { value: total + cur, last: t - 1, magnitude, decimals };
        continue;
      }
      if (state === 'hundred' && a !== undefined && (ONES.has(a) || TENS.has(a))) {
        t += 1;
        continue;
      }
      break;
    } else {
      break;
    }
    if (state !== 'a') best = { value: total + cur, last: t, magnitude, decimals };
    t += 1;
  }
  return best;
}
