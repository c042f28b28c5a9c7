/**
 * The figure scanner: one left-to-right pass over the tokens of a whole document that reads
 * money amounts, percentages, percentage points and counts, with their qualifiers, ranges and
 * parenthetical conversions. Each attempt looks at a bounded window of tokens, so the pass is
 * linear in the text.
 *
 * Ambiguous signs: a bare '$' is US dollars unless `options.symbols` says otherwise; a bare '¥'
 * is yuan (CNY) when the document mentions yuan, RMB, renminbi or CNY anywhere, else yen (JPY).
 * 'cents' without a currency are US cents, 'pence' pounds; 'francs' alone are Swiss, 'pounds'
 * sterling (news rarely weighs in pounds next to 'million'); 'pesos', 'shillings', 'rupees',
 * 'dinars' and 'kroner' are the currency of the country the document names most (Mexican pesos,
 * Kenyan shillings, Indian rupees, Kuwaiti dinars, Norwegian kroner when it names none).
 */
import type { Approx, Quantity, QuantityKind } from '../types.js';
import { countedNoun } from './counted-noun.js';
import {
  CURRENCY_NAMES, CURRENCY_PREFIX_WORDS, DOLLAR, DOLLAR_QUALIFIERS, LONGEST_NAME, PREFIX_WORDS, SIGNS, YEN, YEN_QUALIFIERS,
  SHARED_NAMES, YUAN_CONTEXT, codeOf, type CurrencyMark,
} from './currencies.js';
import {
  LONGEST_QUALIFIER, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, intervalOf, precisionOf, type Qualifier,
} from './interval.js';
import { NUMBER_STARTERS, magnitudeOf, readWordNumber, startsWordNumber } from './number-words.js';
import { tokenize, tokenizeNear, type Token } from './tokens.js';

/** Options for {@link parseQuantities}. */
export interface ParseQuantitiesOptions {
  /** The publication date ('2016-12-28', '2016-12', '2016'); kept for callers, not needed to read figures. */
  readonly reference?: string | undefined;
  /**
   * ISO codes for the ambiguous signs, e.g. `{ '$': 'HKD' }` for a Hong Kong paper. Defaults:
   * '$' USD; '¥' CNY if the document mentions yuan, else JPY.
   */
  readonly symbols?: Readonly<Partial<Record<'$' | '¥', string>>> | undefined;
}

/** What follows a number: a currency, a percent sign or word, or nothing. */
type Unit =
  | { readonly kind: 'money'; readonly mark: CurrencyMark }
  | { readonly kind: 'percent' | 'points'; readonly factor: number };

/** An amount as read: before qualifiers, ranges and intervals. */
interface Amount {
  /** First and last token index. */
  readonly first: number;
  readonly last: number;
  /** Token index of the number (digits or first number word). */
  readonly numAt: number;
  /** Last token of the number and its magnitude words (before any unit). */
  readonly numLast: number;
  /** The number times its magnitude, signed, before any sub-unit factor. */
  readonly value: number;
  readonly decimals: number;
  readonly magnitude: number;
  /** Written in digits (not words). */
  readonly digits: boolean;
  /** A one-letter magnitude ('40m') that only money may carry. */
  readonly weak: boolean;
  readonly unit: Unit | undefined;
  /** A currency stated before the digits. */
  readonly prefix: CurrencyMark | undefined;
}

const MINUS = new Set(['-', '−', '–']);
const DASHES = new Set(['-', '–', '—', '−']);

/** Percent words after a number, lower case, single spaces. */
const PERCENT_WORDS: ReadonlyMap<string, { readonly kind: 'percent' | 'points'; readonly factor: number }> = new Map([
  ['percent', { kind: 'percent', factor: 1 }], ['per cent', { kind: 'percent', factor: 1 }], ['pct', { kind: 'percent', factor: 1 }], ['pct points', { kind: 'points', factor: 1 }],
  ['percents', { kind: 'percent', factor: 1 }], ['percentage', { kind: 'percent', factor: 1 }], ['per-cent', { kind: 'percent', factor: 1 }],
  ['percentage points', { kind: 'points', factor: 1 }], ['percentage point', { kind: 'points', factor: 1 }],
  ['percent points', { kind: 'points', factor: 1 }], ['per cent points', { kind: 'points', factor: 1 }],
  ['pp', { kind: 'points', factor: 1 }], ['ppt', { kind: 'points', factor: 1 }], ['ppts', { kind: 'points', factor: 1 }],
  ['basis points', { kind: 'points', factor: 0.01 }], ['basis point', { kind: 'points', factor: 0.01 }],
  ['bps', { kind: 'points', factor: 0.01 }], ['bp', { kind: 'points', factor: 0.01 }],
]);

/** Verbs of change: 'rose from 5% to 7%' is two figures, not a range. */
const CHANGE = new Set([
  'rose', 'rise', 'rises', 'rising', 'risen', 'fell', 'fall', 'falls', 'falling', 'fallen', 'increased', 'increase', 'increases',
  'increasing', 'decreased', 'decrease', 'decreases', 'decreasing', 'grew', 'grow', 'grows', 'growing', 'grown', 'dropped',
  'drop', 'drops', 'dropping', 'declined', 'decline', 'declines', 'declining', 'climbed', 'climb', 'climbs', 'jumped', 'jump',
  'jumps', 'surged', 'surge', 'soared', 'soar', 'plunged', 'plunge', 'slumped', 'slid', 'slide', 'cut', 'cuts', 'raised',
  'raise', 'raises', 'lifted', 'lowered', 'reduced', 'reduce', 'widened', 'narrowed', 'expanded', 'shrank', 'shrunk',
  'boosted', 'revised', 'changed', 'moved', 'went', 'gone', 'edged', 'slipped', 'tumbled', 'gained', 'doubled', 'tripled',
  'up', 'down', 'higher', 'lower', 'upgraded', 'downgraded', 'trimmed', 'hiked', 'dipped', 'sank', 'sunk', 'spiked',
]);

/** Words before a number that make it an identifier, not a figure ('No. 3', 'page 12'). */
const LABELS = new Set([
  'no', 'nos', 'number', 'page', 'pages', 'chapter', 'section', 'article', 'clause', 'paragraph', 'item', 'room', 'flight',
  'route', 'vol', 'volume', 'issue', 'version', 'level', 'grade', 'phase', 'round', 'stage', 'step', 'episode', 'part',
  'rule', 'figure', 'fig', 'table', 'line', 'row', 'column', 'code', 'id', 'model', 'series', 'gen', 'generation', 'type',
  'class', 'tier', 'category', 'season', 'week', 'day', 'year', 'top', 'iphone', 'galaxy', 'windows', 'covid', 'ipv',
]);

/** Words before a year ('in 2015', 'constant 2015 dollars'). */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'during', 'until', 'till', 'before', 'after', 'from', 'of', 'constant', 'real', 'nominal', 'fiscal']);

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

function isSym(t: Token | undefined, ...chars: string[]): boolean {
  return t !== undefined && t.kind === 'sym' && chars.includes(t.text);
}

/** Units of physical measures, with the unit a figure is given in and the factor to it. */
const MEASURE_WORDS: readonly (readonly [readonly string[], string, number])[] = [
  [['mw', 'megawatt', 'megawatts'], 'MW', 1],
  [['gw', 'gigawatt', 'gigawatts'], 'MW', 1000],
  [['kw', 'kilowatt', 'kilowatts'], 'MW', 0.001],
  [['mwh', 'megawatt-hour', 'megawatt-hours'], 'MWh', 1],
  [['gwh', 'gigawatt-hour', 'gigawatt-hours'], 'MWh', 1000],
  [['twh', 'terawatt-hour', 'terawatt-hours'], 'MWh', 1_000_000],
  [['kwh', 'kilowatt-hour', 'kilowatt-hours'], 'MWh', 0.001],
  [['teu', 'teus'], 'TEU', 1],
];
const MEASURES = new Map<string, { readonly unit: string; readonly factor: number }>(MEASURE_WORDS.flatMap(([words, unit, factor]) => words.map((w) => [w, { unit, factor }] as [string, { unit: string; factor: number }])));

/** The measure unit at token `at` ('MW'), or right after a hyphen there ('200-megawatt'), with its token. */
function measureAt(toks: readonly Token[], at: number): { readonly unit: string; readonly factor: number; readonly token: number } | undefined {
  const hyphen = toks[at]?.kind === 'sym' && toks[at]?.text === '-' && toks[at + 1]?.start === toks[at]?.end;
  const token = hyphen ? at + 1 : at;
  const t = toks[token];
  if (!t || t.kind !== 'word') return undefined;
  const measure = MEASURES.get(t.lower);
  return measure ? { ...measure, token } : undefined;
}

/** Scanner state for one document. */
class Scanner {
  readonly toks: Token[];
  readonly text: string;
  readonly dollar: string;
  private yenCode: string | undefined;

  constructor(text: string, toks: Token[], options: ParseQuantitiesOptions) {
    this.text = text;
    this.toks = toks;
    this.dollar = options.symbols?.['$'] ?? 'USD';
    this.yenCode = options.symbols?.['¥'];
  }

  /** What a bare '¥' means here; decided on first use, since most documents have none. */
  get yen(): string {
    this.yenCode ??= YUAN_CONTEXT.test(this.text) ? 'CNY' : 'JPY';
    return this.yenCode;
  }

  private shared: Map<string, string> | undefined;

  resolve(code: string): string {
    if (code === DOLLAR) return this.dollar;
    if (code === YEN) return this.yen;
    const candidates = SHARED_NAMES.get(code);
    return candidates ? this.sharedCode(code, candidates) : code;
  }

  /** What 'pesos' (or another shared name) means here: decided on first use, by the country named most. */
  private sharedCode(name: string, candidates: readonly { readonly code: string; readonly country: RegExp }[]): string {
    this.shared ??= new Map();
    let code = this.shared.get(name);
    if (code === undefined) {
      let best = 0;
      code = candidates[0]?.code ?? name;
      for (const c of candidates) {
        const n = this.text.match(c.country)?.length ?? 0;
        if (n > best) {
          best = n;
          code = c.code;
        }
      }
      this.shared.set(name, code);
    }
    return code;
  }

  /** A currency written before the digits at `j`: the mark and the index after it. */
  prefixAt(j: number): { readonly mark: CurrencyMark; readonly next: number } | undefined {
    const t = this.toks[j];
    if (!t) return undefined;
    const n1 = this.toks[j + 1];
    if (t.kind === 'sym') {
      const mark = SIGNS.get(t.text);
      if (!mark) return undefined;
      // '$US90 billion', '$A2bn' (Australian and New Zealand style): the qualifier follows the sign.
      if (t.text === '$' && n1 && !n1.gap && n1.kind === 'word' && n1.text === n1.text.toUpperCase() && this.toks[j + 2]?.kind === 'num') {
        const q = DOLLAR_QUALIFIERS.get(n1.lower);
        if (q) return { mark: { code: q.code, strength: 2 }, next: j + 2 };
      }
      return { mark, next: j + 1 };
    }
    if (t.kind !== 'word') return undefined;
    if (isSym(n1, '$')) {
      const q = DOLLAR_QUALIFIERS.get(t.lower);
      if (q && (!q.attached || (!n1?.gap && t.text[0] === t.text[0]?.toUpperCase()))) return { mark: { code: q.code, strength: 2 }, next: j + 2 };
    }
    if (isSym(n1, '£') && !n1?.gap && t.text === 'E') return { mark: { code: 'EGP', strength: 2 }, next: j + 2 };
    if (isSym(n1, '¥', '￥') && !n1?.gap) {
      const q = YEN_QUALIFIERS.get(t.lower);
      if (q) return { mark: { code: q, strength: 2 }, next: j + 2 };
    }
    const code = codeOf(t.text, t.lower);
    if (code) return { mark: { code, strength: 3 }, next: j + 1 };
    const p = PREFIX_WORDS.get(t.text) ?? PREFIX_WORDS.get(t.lower);
    // 'R350 million' and 'R1,200' are rand; a bare 'R2' is more often a name or a grade.
    const attachedOk = n1 !== undefined && !n1.gap && n1.kind === 'num' && (n1.grouped || magnitudeOf(this.toks[j + 2]?.lower ?? '') !== undefined);
    if (p && (!p.caseSensitive || PREFIX_WORDS.get(t.text)) && (!p.attached || attachedOk)) {
      // 'Rs.' keeps its dot.
      const next = isSym(n1, '.') && !n1?.gap ? j + 2 : j + 1;
      return { mark: { code: p.code, strength: 2 }, next };
    }
    return undefined;
  }

  /**
   * Whether the digits at `k` are part of a date, time, code or identifier. With a currency
   * before them the token before is that currency; inside a range the dash before is the range's.
   */
  notAFigure(k: number, hasPrefix: boolean, inRange: boolean): boolean {
    const t = this.toks[k];
    if (!t || t.bad) return true;
    const p1 = this.toks[k - 1];
    const p2 = this.toks[k - 2];
    const n1 = this.toks[k + 1];
    const n2 = this.toks[k + 2];
    if (!t.gap && p1 && !hasPrefix) {
      if (p1.kind === 'word' || p1.kind === 'num') return true;
      if (p1.kind === 'sym' && (p1.text === '/' || p1.text === ':' || p1.text === '.' || p1.text === '#' || p1.text === '+' || p1.text === '№' || p1.text === '_')) return true;
      if (!inRange && p1.kind === 'sym' && DASHES.has(p1.text) && p2 && !p1.gap && (p2.kind === 'num' || p2.kind === 'word')) return true;
    }
    if (n1 && !n1.gap && n1.kind === 'sym' && (n1.text === ':' || n1.text === '/' || n1.text === '_') && n2 && !n2.gap && (n2.kind === 'num' || n2.kind === 'word')) return true;
    if (n1 && !n1.gap && n1.kind === 'sym' && n1.text === '.' && n2 && !n2.gap && n2.kind === 'word') return true;
    return false;
  }

  /** The longest currency name or percent word starting at `s`: what it is and its last token. */
  unitWordsAt(s: number): { readonly unit: Unit; readonly last: number } | undefined {
    let key = '';
    let best: { unit: Unit; last: number } | undefined;
    let t = s;
    for (let words = 0; words < LONGEST_NAME && t < this.toks.length; words += 1) {
      const tok = this.toks[t];
      if (!tok || tok.kind !== 'word') break;
      if (words > 0 && !tok.gap) break;
      key = words === 0 ? tok.lower : `${key} ${tok.lower}`;
      const name = CURRENCY_NAMES.get(key);
      if (name) best = { unit: { kind: 'money', mark: name }, last: t };
      const pct = PERCENT_WORDS.get(key);
      if (pct) best = { unit: pct, last: t };
      // Hyphenated forms read like spaced ones: 'per-cent', 'percentage-point'.
      const dash = this.toks[t + 1];
      const next = this.toks[t + 2];
      if (isSym(dash, '-') && !dash?.gap && next?.kind === 'word' && !next.gap) {
        const joined = PERCENT_WORDS.get(`${key} ${next.lower}`);
        if (joined) best = { unit: joined, last: t + 2 };
        break;
      }
      t += 1;
    }
    return best;
  }

  /** A unit after the number ending at `s - 1`: '%', 'per cent', 'yuan', 'RMB', '€'. */
  suffixAt(s: number, hasPrefix: boolean): { readonly unit: Unit; readonly last: number } | undefined {
    let t = this.toks[s];
    if (!t) return undefined;
    // '12-cent', 'one-yen', '$50-million' was handled with the magnitudes.
    let at = s;
    if (isSym(t, '-') && !t.gap) {
      const n = this.toks[s + 1];
      if (!n || n.gap || n.kind !== 'word') return undefined;
      at = s + 1;
      t = n;
    }
    if (t.kind === 'sym') {
      if (t.text === '%' || t.text === '％') {
        // '3% points' are percentage points.
        const n = this.toks[at + 1];
        if (n && n.kind === 'word' && (n.lower === 'points' || n.lower === 'point') && n.gap) return { unit: { kind: 'points', factor: 1 }, last: at + 1 };
        return { unit: { kind: 'percent', factor: 1 }, last: at };
      }
      const mark = hasPrefix ? undefined : SIGNS.get(t.text);
      // '10 $' and '100元'; a sign that opens the next amount ('$5 $6') is not a suffix.
      if (mark && !(this.toks[at + 1]?.kind === 'num' && !this.toks[at + 1]?.gap)) return { unit: { kind: 'money', mark }, last: at };
      return undefined;
    }
    if (t.kind !== 'word') return undefined;
    const code = codeOf(t.text, t.lower);
    if (code) return { unit: { kind: 'money', mark: { code, strength: 3 } }, last: at };
    const words = this.unitWordsAt(at);
    if (words) return words;
    // '470p' is pence and '50pc' per cent when the letters touch the digits.
    if (t.text === 'p' && !t.gap && at === s) return { unit: { kind: 'money', mark: { code: 'GBP', strength: 2, factor: 0.01 } }, last: at };
    if (t.text === 'pc' && !t.gap && at === s) return { unit: { kind: 'percent', factor: 1 }, last: at };
    if (t.text === 'c' && !t.gap && at === s) return { unit: { kind: 'money', mark: { code: DOLLAR, strength: 1, factor: 0.01 } }, last: at };
    return undefined;
  }

  /** Reads an amount whose first token (sign, currency or number) is at `i`. */
  amountAt(i: number, inRange = false): Amount | undefined {
    const toks = this.toks;
    let j = i;
    let negative = false;
    const t0 = toks[i];
    if (!t0) return undefined;
    if (t0.kind === 'sym' && MINUS.has(t0.text) && toks[i + 1] && !toks[i + 1]?.gap) {
      const p = toks[i - 1];
      if (p && !t0.gap && !isSym(p, '(')) return undefined;
      negative = true;
      j += 1;
    } else if (t0.lower === 'minus' || t0.lower === 'negative') {
      negative = true;
      j += 1;
    }
    const pre = this.prefixAt(j);
    if (pre) {
      j = pre.next;
      const m = toks[j];
      if (!negative && m && m.kind === 'sym' && MINUS.has(m.text) && !toks[j + 1]?.gap) {
        negative = true;
        j += 1;
      }
    }
    const numTok = toks[j];
    if (!numTok) return undefined;
    let value: number;
    let decimals: number;
    let magnitude = 1;
    let numLast: number;
    let digits: boolean;
    if (numTok.kind === 'num') {
      if (this.notAFigure(j, pre !== undefined, inRange)) return undefined;
      value = numTok.value;
      decimals = numTok.decimals;
      numLast = j;
      digits = true;
    } else if (numTok.kind === 'word' && startsWordNumber(numTok.lower)) {
      const w = readWordNumber(toks, j);
      if (!w) return undefined;
      value = w.value;
      decimals = w.decimals;
      magnitude = w.magnitude;
      numLast = w.last;
      digits = false;
    } else {
      return undefined;
    }
    // Magnitudes: '3 billion', '3bn', '£40m', '10 lakh crore', '$50-million'.
    let weak = false;
    let moneyOnly = false;
    let k = numLast + 1;
    // At most three ('10 lakh crore'): a run of magnitude words is no number, and a bound keeps
    // every attempt short.
    for (let n = 0; n < 3; n += 1) {
      let t = toks[k];
      let dash = 0;
      if (t && isSym(t, '-') && !t.gap && toks[k + 1] && !toks[k + 1]?.gap && toks[k + 1]?.kind === 'word') {
        t = toks[k + 1];
        dash = 1;
      }
      if (!t || t.kind !== 'word') break;
      const mag = magnitudeOf(t.lower);
      if (!mag) break;
      if (mag.weak && (t.gap || dash)) break;
      // 'hundred' after words was read by the word parser; after digits it multiplies.
      if (t.lower === 'hundred' && !digits) break;
      if (mag.weak) weak = true;
      if (mag.moneyOnly) moneyOnly = true;
      value *= mag.factor;
      magnitude = magnitude * mag.factor;
      numLast = k + dash;
      k = numLast + 1;
    }
    // A number beyond any real figure (a run of hundreds of digits) would overflow to Infinity,
    // which JSON cannot carry.
    if (!(Math.abs(value) < 1e300)) return undefined;
    if (negative && value !== 0) value = -value;
    let unit: Unit | undefined;
    let last = numLast;
    const suf = this.suffixAt(numLast + 1, pre !== undefined);
    if (suf && !(suf.unit.kind === 'money' && numTok.kind === 'num' && magnitude === 1 && !pre && this.yearBeforeCurrency(j, suf.unit.mark))) {
      if (!pre || suf.unit.kind === 'money') {
        unit = suf.unit;
        last = suf.last;
      }
    }
    if (pre) {
      if (!unit) {
        unit = { kind: 'money', mark: pre.mark };
      } else if (unit.kind === 'money' && unit.mark.strength <= pre.mark.strength && !unit.mark.factor) {
        // '$75 million USD' is USD either way; 'US$5 million dollars' keeps the qualified sign.
        unit = { kind: 'money', mark: pre.mark };
      } else if (unit.kind === 'money' && unit.mark.factor && unit.mark.code === DOLLAR) {
        unit = { kind: 'money', mark: { code: pre.mark.code, strength: pre.mark.strength, factor: unit.mark.factor } };
      }
    }
    // '5m users' may still be a count (a plural noun must follow); '5m%' is nothing.
    if ((weak && unit && unit.kind !== 'money') || (moneyOnly && unit?.kind !== 'money')) return undefined;
    return { first: i, last, numAt: j, numLast, value, decimals, magnitude, digits, weak, unit, prefix: pre?.mark };
  }

  /**
   * Whether the digits at `k`, followed by a currency, are a year: 'in 2023 RMB loans grew',
   * '2015 won', 'in constant 2015 dollars'. A year before a code or 'won', or after a
   * preposition of time, is no amount.
   */
  yearBeforeCurrency(k: number, mark: CurrencyMark): boolean {
    const t = this.toks[k];
    if (!t || !yearLike(t) || t.value < 1900 || t.value > 2099) return false;
    if (mark.strength === 3 || mark.code === 'KRW') return true;
    const p = this.toks[k - 1]?.lower ?? '';
    return YEAR_PREPOSITIONS.has(p);
  }

  /** The qualifier written just before token `i`, and the index of its first word. */
  qualifierBefore(at: number): { readonly q: Qualifier; readonly first: number } | undefined {
    let key = '';
    let best: { q: Qualifier; first: number } | undefined;
    // 'approx. $5 million', 'c. 300 staff': an abbreviation's dot sits between.
    const dot = this.toks[at - 1];
    const i = isSym(dot, '.') && !dot?.gap && (this.toks[at - 2]?.lower === 'approx' || this.toks[at - 2]?.lower === 'est' || this.toks[at - 2]?.lower === 'c') ? at - 1 : at;
    if (i !== at) {
      const abbr = this.toks[at - 2];
      if (abbr) return { q: { approx: 'around', tight: false }, first: at - 2 };
    }
    for (let n = 1; n <= LONGEST_QUALIFIER; n += 1) {
      const t = this.toks[i - n];
      if (!t || t.kind !== 'word') break;
      if (!this.toks[i - n + 1]?.gap) break;
      key = n === 1 ? t.lower : `${t.lower} ${key}`;
      const q = QUALIFIERS_BEFORE.get(key);
      if (q) best = { q, first: i - n };
    }
    return best;
  }

  /** A qualifier written after token `last` ('or more', '-plus'), and its last token. */
  qualifierAfter(last: number): { readonly q: Qualifier; readonly last: number } | undefined {
    const a = this.toks[last + 1];
    const b = this.toks[last + 2];
    if (!a) return undefined;
    if (isSym(a, '-') && !a.gap && b?.lower === 'plus' && !b.gap) return { q: QUALIFIERS_AFTER.get('plus') as Qualifier, last: last + 2 };
    if (a.kind !== 'word' || !a.gap) return undefined;
    if (a.lower === 'plus' && !(b && (b.kind === 'num' || SIGNS.has(b.text)))) return { q: QUALIFIERS_AFTER.get('plus') as Qualifier, last: last + 1 };
    if (b && b.kind === 'word' && b.gap) {
      const q = QUALIFIERS_AFTER.get(`${a.lower} ${b.lower}`);
      if (q) return { q, last: last + 2 };
    }
    return undefined;
  }

  /** Whether a change verb sits among the few words before token `i`. */
  changeBefore(i: number): boolean {
    // Up to six tokens back, over a figure in between ('rose 10% from $4 billion to ...'), but
    // not past the clause.
    for (let n = 1; n <= 6; n += 1) {
      const t = this.toks[i - n];
      if (!t) return false;
      if (t.kind === 'sym' && (t.text === '.' || t.text === ';' || t.text === ':' || t.text === '' || t.text === '(' || t.text === ')')) return false;
      if (t.kind === 'word' && CHANGE.has(t.lower)) return true;
    }
    return false;
  }

  /** Builds the quantity for an amount (or a range of two) with a qualifier. */
  build(a: Amount, b: Amount | undefined, unit: Unit | undefined, q: Qualifier | undefined, count: { readonly first: number; readonly last: number } | undefined): Quantity | undefined {
    let kind: QuantityKind;
    let code: string;
    let factor = 1;
    if (unit?.kind === 'money') {
      kind = 'money';
      code = this.resolve(unit.mark.code);
      factor = unit.mark.factor ?? 1;
    } else if (unit) {
      kind = unit.kind;
      code = unit.kind === 'percent' ? '%' : 'pp';
      factor = unit.factor;
    } else if (count) {
      kind = 'count';
      code = 'count';
    } else {
      return undefined;
    }
    // Whole counts up to hundreds ('three hundred warehouses') are exact; '3 million users' is rounded.
    const exact = kind === 'count' && a.magnitude <= 100 && a.decimals === 0;
    const value = round(a.value * factor);
    const pa = precisionOf(a.decimals, a.magnitude, exact) * factor;
    let low: number;
    let high: number;
    if (b) {
      const vb = round(b.value * factor);
      const pb = precisionOf(b.decimals, b.magnitude, exact) * factor;
      low = Math.min(value - pa, vb - pb);
      high = Math.max(value + pa, vb + pb);
    } else {
      [low, high] = intervalOf(value, pa, q);
    }
    const last = this.toks[Math.max(b?.last ?? a.last, count?.last ?? 0)];
    const first = this.toks[a.first];
    if (!first || !last) return undefined;
    const span = { start: first.start, end: last.end, text: this.text.slice(first.start, last.end) };
    const out: Quantity = {
      kind,
      value,
      // Rounding must never move a bound past the value it holds.
      low: Math.min(round(low), value),
      high: Math.max(round(high), value),
      unit: code,
      ...(q && !b ? { approx: q.approx as Approx } : {}),
      ...(count ? { noun: this.text.slice(this.toks[count.first]?.start ?? 0, this.toks[count.last]?.end ?? 0) } : {}),
      span,
    };
    return out;
  }

  /**
   * The reversed form 'per cent of twenty-two' / 'percent of 10' (= 22%, 10%), read only when
   * the number ends the clause, so 'percent of 10 banks' stays no figure.
   */
  percentOfAt(i: number): { readonly q: Quantity; readonly last: number } | undefined {
    const w = this.unitWordsAt(i);
    if (!w || w.unit.kind !== 'percent' || this.toks[w.last + 1]?.lower !== 'of') return undefined;
    const prev = this.toks[i - 1];
    if (prev && (prev.kind === 'num' || (prev.kind === 'word' && startsWordNumber(prev.lower)))) return undefined;
    const a = this.amountAt(w.last + 2);
    if (!a || a.unit || a.value < 0 || !this.mayBeBare(a)) return undefined;
    const next = this.toks[a.last + 1];
    if (next && next.kind !== 'sym') return undefined;
    const first = this.toks[i];
    const last = this.toks[a.last];
    if (!first || !last) return undefined;
    const precision = precisionOf(a.decimals, a.magnitude, false);
    const value = round(a.value);
    const span = { start: first.start, end: last.end, text: this.text.slice(first.start, last.end) };
    return { q: { kind: 'percent', value, low: Math.min(round(value - precision), value), high: Math.max(round(value + precision), value), unit: '%', span }, last: a.last };
  }

  /** A stated conversion after token `last`: '(about $210 million)', ', or about $60 million'. */
  equivalentAfter(last: number, unit: string): { readonly q: Quantity; readonly last: number } | undefined {
    const open = this.toks[last + 1];
    let i: number;
    let paren: boolean;
    if (isSym(open, '(')) {
      i = last + 2;
      paren = true;
    } else if (isSym(open, ',') && this.toks[last + 2]?.lower === 'or') {
      // '500 crore rupees, or about $60 million': only into another currency, since
      // '$5, or $6' offers an alternative rather than a conversion.
      i = last + 3;
      paren = false;
    } else {
      return undefined;
    }
    let q: Qualifier | undefined;
    for (let n = LONGEST_QUALIFIER; n >= 1; n -= 1) {
      const words = this.toks.slice(i, i + n);
      if (words.length === n && words.every((w) => w.kind === 'word')) {
        const hit = QUALIFIERS_BEFORE.get(words.map((w) => w.lower).join(' '));
        if (hit) {
          q = hit;
          i += n;
          break;
        }
      }
    }
    const a = this.amountAt(i);
    if (!a || a.unit?.kind !== 'money') return undefined;
    if (paren && !isSym(this.toks[a.last + 1], ')')) return undefined;
    if (!paren && (this.resolve(a.unit.mark.code) === unit || this.rangeAfter(a, undefined))) return undefined;
    const built = this.build(a, undefined, a.unit, q, undefined);
    return built ? { q: built, last: paren ? a.last + 1 : a.last } : undefined;
  }

  /** Every figure in the document, in text order. */
  scan(): Quantity[] {
    const out: Quantity[] = [];
    const toks = this.toks;
    let i = 0;
    while (i < toks.length) {
      const t = toks[i];
      if (!t || !(t.kind === 'num' || (t.kind === 'sym' && (MINUS.has(t.text) || SIGNS.has(t.text))) || (t.kind === 'word' && STARTERS.has(t.lower)))) {
        i += 1;
        continue;
      }
      const reversed = t.kind === 'word' ? this.percentOfAt(i) : undefined;
      if (reversed) {
        out.push(reversed.q);
        i = reversed.last + 1;
        continue;
      }
      const a = this.amountAt(i);
      if (!a) {
        i += 1;
        continue;
      }
      const before = this.qualifierBefore(a.first);
      const opener = toks[a.first - 1]?.lower;
      const range = this.rangeAfter(a, opener);
      let quantity: Quantity | undefined;
      let end = a.last;
      if (range) {
        quantity = this.build(range.a, range.b, range.unit, undefined, range.count);
        end = range.end;
      } else if (a.unit) {
        const after = this.qualifierAfter(a.last);
        const q = before?.q ?? after?.q;
        quantity = this.build(a, undefined, a.unit, q, undefined);
        end = after && !before ? after.last : a.last;
        if (after && !before && quantity && quantity.span) {
          const lastTok = toks[after.last];
          if (lastTok) quantity = { ...quantity, span: { start: quantity.span.start, end: lastTok.end, text: this.text.slice(quantity.span.start, lastTok.end) } };
        }
      } else if (a.value > 0 && this.mayBeBare(a) && measureAt(toks, a.numLast + 1)) {
        // '320 MW', 'a 200-megawatt farm', '1.5 GW': power in MW, energy in MWh, containers in TEU.
        const at = measureAt(toks, a.numLast + 1);
        if (at) {
          const counted = this.build(a, undefined, undefined, before?.q, { first: at.token, last: at.token });
          if (counted) quantity = { ...counted, value: round(counted.value * at.factor), low: round(counted.low * at.factor), high: round(counted.high * at.factor), unit: at.unit };
          end = at.token;
        }
      } else if (this.mayCount(a)) {
        const after = this.qualifierAfter(a.numLast);
        const noun = countedNoun(toks, (after ? after.last : a.numLast) + 1);
        if (noun) {
          quantity = this.build(a, undefined, undefined, before?.q ?? after?.q, noun);
          end = noun.last;
        }
      }
      if (!quantity) {
        i = Math.max(a.numLast, i) + 1;
        continue;
      }
      if (!range && quantity.kind === 'money' && quantity.span) {
        const cents = this.centsAfter(a, end);
        if (cents) {
          const value = round(quantity.value + cents.value);
          const lastTok = toks[cents.last];
          const span = { start: quantity.span.start, end: lastTok?.end ?? quantity.span.end, text: this.text.slice(quantity.span.start, lastTok?.end ?? quantity.span.end) };
          quantity = { ...quantity, value, low: round(value - 0.005), high: round(value + 0.005), span };
          end = cents.last;
        }
      }
      if (quantity.kind === 'money') {
        const eq = this.equivalentAfter(end, quantity.unit);
        if (eq) {
          quantity = { ...quantity, equivalent: eq.q };
          end = eq.last;
        }
      }
      out.push(quantity);
      i = end + 1;
    }
    return out;
  }

  /** The cents of '3 dollars 50 cents' / 'thirteen dollars and forty-five cents' after amount `a`. */
  centsAfter(a: Amount, end: number): { readonly value: number; readonly last: number } | undefined {
    if (a.unit?.kind !== 'money' || a.unit.mark.factor || a.magnitude !== 1 || a.prefix) return undefined;
    const k = this.toks[end + 1]?.lower === 'and' ? end + 2 : end + 1;
    const b = this.amountAt(k);
    if (!b || b.magnitude !== 1 || b.value < 0 || b.value >= 100) return undefined;
    if (b.unit?.kind === 'money' && b.unit.mark.factor === 0.01) return { value: b.value * 0.01, last: b.last };
    // 'thirteen dollars forty-five': spelled-out cents without the word, ending the clause.
    const next = this.toks[b.last + 1];
    if (!b.unit && !b.digits && Number.isInteger(b.value) && (!next || (next.kind === 'sym' && next.text !== '-'))) return { value: b.value * 0.01, last: b.last };
    return undefined;
  }

  /** Whether an amount without a unit may be a count: not a year, a day or an identifier. */
  mayCount(a: Amount): boolean {
    const t = this.toks[a.numAt];
    if (!t) return false;
    if (t.kind === 'num' && a.magnitude === 1 && t.decimals > 0) return false;
    if (a.value < 0) return false;
    // 'one' and 'a' on their own are articles and pronouns more often than counts.
    if (!a.digits && a.value === 1) return false;
    return this.mayBeBare(a);
  }

  /** Whether a number without a unit can open a range or a count: not a year, day or label. */
  mayBeBare(a: Amount): boolean {
    const t = this.toks[a.numAt];
    if (!t) return false;
    if (t.kind === 'num' && a.magnitude === 1 && yearLike(t)) return false;
    const p = this.toks[a.first - 1];
    if (p && p.kind === 'word' && (MONTHS.has(p.lower) || LABELS.has(p.lower))) return false;
    // 'Jan. 5 earnings', 'No. 3 bank'
    const p2 = this.toks[a.first - 2];
    if (isSym(p, '.') && p2 && p2.kind === 'word' && (MONTHS.has(p2.lower) || LABELS.has(p2.lower))) return false;
    if (isSym(p, '#', '.') && !this.toks[a.first]?.gap) return false;
    return true;
  }

  /** A range starting with amount `a`: '5% to 7%', 'between 5 and 7 per cent', '$3-5 million', 'from 10 rupees to 5,000 rupees'. */
  rangeAfter(a: Amount, opener: string | undefined): { readonly a: Amount; readonly b: Amount; readonly unit: Unit | undefined; readonly end: number; readonly count: { first: number; last: number } | undefined } | undefined {
    const toks = this.toks;
    const c = toks[a.last + 1];
    if (!c) return undefined;
    const dash = c.kind === 'sym' && DASHES.has(c.text);
    const word = c.kind === 'word' && c.gap && (c.lower === 'to' || (c.lower === 'and' && opener === 'between'));
    if (!dash && !word) return undefined;
    if (c.lower === 'to' && (opener === 'from' ? this.changeBefore(a.first - 1) : this.changeBefore(a.first))) return undefined;
    // A year range ('2015-2016') or a score is no figure range.
    const b = this.amountAt(a.last + 2, true);
    if (!b) return undefined;
    if (dash && this.toks[a.last + 2] && !toks[a.last + 2]?.gap && c.gap) return undefined;
    const ua = a.unit;
    const ub = b.unit;
    let unit: Unit | undefined;
    let aa = a;
    if (ua && ub) {
      if (ua.kind !== ub.kind) return undefined;
      if (ua.kind === 'money' && ub.kind === 'money' && this.resolve(ua.mark.code) !== this.resolve(ub.mark.code)) return undefined;
      unit = ub.kind === 'money' && ua.kind === 'money' && ua.mark.strength > ub.mark.strength ? ua : ub;
    } else if (ua && !ub) {
      // '$3-5 million': the second end borrows the currency (and the first its magnitude).
      if (ua.kind !== 'money' || !dash) return undefined;
      unit = ua;
    } else if (!ua && ub) {
      // '5 to 7 per cent'; never '2021 to 8.97 billion yuan'.
      if (!this.mayBeBare(a) || (a.weak && ub.kind !== 'money')) return undefined;
      unit = ub;
    } else {
      // Two bare numbers: a count range only if a noun follows ('3 to 5 companies').
      if (!this.mayCount(a) || !this.mayCount(b) || a.weak || b.weak) return undefined;
      const noun = countedNoun(toks, b.numLast + 1);
      if (!noun) return undefined;
      return { a, b, unit: undefined, end: noun.last, count: noun };
    }
    if (aa.magnitude === 1 && b.magnitude > 1 && Math.abs(aa.value) <= Math.abs(b.value / b.magnitude)) {
      aa = { ...aa, value: aa.value * b.magnitude, magnitude: b.magnitude };
    }
    if (aa.value > b.value) return undefined;
    return { a: aa, b, unit, end: b.last, count: undefined };
  }
}

/** Every word that can open an amount: number words, signs of negation, currency prefixes. */
const STARTERS: ReadonlySet<string> = new Set([
  ...NUMBER_STARTERS, 'minus', 'negative', ...CURRENCY_PREFIX_WORDS, 'percent', 'percents', 'per', 'percentage',
]);

function yearLike(t: Token): boolean {
  return !t.grouped && t.decimals === 0 && t.text.length === 4 && t.value >= 1100 && t.value <= 2199;
}

/** Rounds away binary noise ('0.1 * 3') so values print as written. */
function round(x: number): number {
  // `|| 0` turns -0 into 0, which JSON writes the same anyway.
  if (Number.isInteger(x) || !Number.isFinite(x) || Math.abs(x) >= 1e15) return x || 0;
  return Number(x.toPrecision(15));
}

/**
 * Every money amount, percentage, percentage-point figure and count in `text`, in text order,
 * with spans that are offsets into `text`. Deterministic; linear in the text.
 *
 * - A span covers the figure (sign, currency, number, magnitude, unit; a count's noun), not
 *   the qualifier before it: '$12 billion' in 'around $12 billion', with `approx: 'around'`.
 * - A stated conversion in parentheses is attached to its amount as `equivalent` rather than
 *   listed on its own ({@link flattenQuantities} lists both).
 * - A range ('between 5% and 7%', '$3-5 million') is one quantity whose `low`/`high` span
 *   both ends; `value` is the first end as stated.
 * - Money is in the stated unit: '50 cents' is 0.5 USD, '470 pence' 4.7 GBP.
 * - A bare number with no currency, percent or counted plural noun is not a figure; nor are
 *   years, dates, times, ordinals, codes ('00700:HK') and identifiers ('No. 3').
 */
export function parseQuantities(text: string, options: ParseQuantitiesOptions = {}): Quantity[] {
  return new Scanner(text, tokenizeNear(text), options).scan();
}

/**
 * {@link parseQuantities} over every token of the text rather than only the stretches near
 * digits, signs and number words: the reference the faster path must agree with (tests use it).
 */
export function parseQuantitiesEverywhere(text: string, options: ParseQuantitiesOptions = {}): Quantity[] {
  return new Scanner(text, tokenize(text), options).scan();
}

/**
 * Every figure of `quantities` with each stated conversion listed right after its amount, for
 * a consumer that wants all figures the text states ('2 billion RMB' and '$290 million').
 */
export function flattenQuantities(quantities: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of quantities) {
    out.push(q);
    if (q.equivalent) out.push(q.equivalent);
  }
  return out;
}
