import type { TimeRule } from '../rule.js';
import { MODIFIER, before, modifierOf, prepositionMod } from '../vocabulary.js';

// What may follow a number that is a count or an amount, not a year.
const NOT_A_YEAR_AFTER =
  /^(?:[.,:]\d|\d|:\w|\s*(?:%|percent\b|per\s*cent\b|million\b|billion\b|trillion\b|thousand\b|bn\b|yuan\b|dollars?\b|euros?\b|pounds\b|yen\b|won\b|rupees\b|rmb\b|people\b|persons\b|units\b|shares\b|employees\b|workers\b|staff\b|businesses\b|companies\b|firms\b|stores\b|shops\b|users\b|customers\b|clients\b|households\b|vehicles\b|cars\b|phones\b|devices\b|times\b|km\b|kilometers\b|kilometres\b|miles\b|tons\b|tonnes\b|feet\b|meters\b|metres\b|acres\b|square\b|points\b|votes\b|members\b|jobs\b|students\b|cases\b|deaths\b|troops\b|soldiers\b|homes\b|residents\b|words\b|pages\b|items\b|products\b|apps\b|merchants\b|branches\b|outlets\b|patents\b|hours\b|minutes\b|seconds\b|days\b|weeks\b|months\b|years\b))/i;
// 'Some 2000 workers have left': a count before a plural subject, unless a determiner makes it a year ('the 1992 protests have').
const COUNTED_SUBJECT_AFTER = /^\s+[a-z]+s\s+(?:were|are|have)\b/;
const DETERMINER_BEFORE = /\b(?:the|its|their|his|her|a|an|post|pre|mid)[\s-]$/i;

// What may precede a number that is an amount or an identifier.
const NOT_A_YEAR_BEFORE = /(?:[$€£¥#]|\brmb|\bhk|\bus|\busd|\bcny|\beur|\brs\.?|\bno\.?|\bnos\.?|\bnumber|\bmodel|\bflight|\broute|\broom|\bhighway|\bsection|\barticle|\bchapter|\bpage|\bp\.|\bversion|\bv|\bcode|\bunit|\bsuite|\bbox|\bext\.?|\btel\.?|\bphone|\bfax|\bresolution|\bwindows)\s*$/;

// A year range '2009-2010' or '2009–10': the second part is a year only after a year.
const RANGE_BEFORE = /(?:^|[^\d-])(?:1\d{3}|20\d{2})[-–]$/;

/** Four-digit years, with modifiers ('early 2017', 'mid-2020') and fiscal years ('fiscal 1989', 'FY2019'). */
export const yearRule: TimeRule = {
  name: 'year',
  hint: /\d{4}/,
  pattern: new RegExp(`(?<![\\w$€£¥.,:/#])${MODIFIER}(?<fiscal>fiscal\\s+(?:year\\s+)?|FY\\s?)?(?<year>1\\d{3}|20\\d{2})(?!\\w)`, 'i'),
  extract(match, text) {
    const g = match.groups ?? {};
    const index = match.index;
    const end = index + match[0].length;
    const year = Number(g.year);
    const b = text.slice(Math.max(0, index - 12), index);
    const prev = b.slice(-1);
    // 'post-1959', 'pre-2008': a year with a side.
    const side = /\b(?<side>post|pre)-$/i.exec(b)?.groups?.side?.toLowerCase();
    if ((prev === '-' || prev === '–') && !side && !RANGE_BEFORE.test(b)) return null;
    if (NOT_A_YEAR_BEFORE.test(before(text, index, 16))) return null;
    if (NOT_A_YEAR_AFTER.test(text.slice(end, end + 40))) return null;
    // '2016-1234' is part of a number; '2009-2010' is a range of years.
    const dashed = /^[-–](\d{3,})/.exec(text.slice(end, end + 8))?.[1];
    if (dashed !== undefined && !(dashed.length === 4 && Number(dashed) > year && Number(dashed) - year < 100)) return null;
    if (COUNTED_SUBJECT_AFTER.test(text.slice(end, end + 40)) && !DETERMINER_BEFORE.test(b)) return null;
    const mod = side === 'post' ? 'AFTER' : side === 'pre' ? 'BEFORE' : (modifierOf(g.modA ?? g.modB) ?? prepositionMod(text, index));
    const framed = Boolean(g.modA ?? g.modB ?? g.fiscal ?? side) || /\b(?:in|since|by|until|till|before|after|during|from|through|of|to|and|between|around|circa|year|fiscal)\s+$/i.test(b);
    if (year < (framed ? 1000 : 1600)) return null;
    return { spec: { kind: 'calendar', unit: 'year', year: { kind: 'absolute', year }, ...(mod ? { mod } : {}) } };
  },
};

/** Two-digit years after an apostrophe ('in '98'). */
export const shortYearRule: TimeRule = {
  name: 'short-year',
  hint: /['’]\d/,
  pattern: /(?<=\b(?:in|of|since|by|until|from|to|and|early|late|mid|spring|summer|fall|autumn|winter)[\s-])['’](?<yy>\d{2})(?![\w'’%])/i,
  extract(match) {
    const yy = Number(match.groups?.yy);
    // A two-digit year is read in the century that keeps it nearest to the present era of news.
    const year = yy < 50 ? 2000 + yy : 1900 + yy;
    return { spec: { kind: 'calendar', unit: 'year', year: { kind: 'absolute', year } } };
  },
};

/** Decades ('the 1990s', 'the late '70s', 'mid-1990s') and centuries ('the 20th century'). */
export const decadeRule: TimeRule = {
  name: 'decade',
  hint: ['0s', "0's", '0’s'],
  pattern: new RegExp(`(?:the\\s+)?${MODIFIER}(?:(?<dec>1[0-9]\\d0|20\\d0)['’]?s|['’](?<dec2>\\d0)s)(?![\\w'’])`, 'i'),
  extract(match) {
    const g = match.groups ?? {};
    const mod = modifierOf(g.modA ?? g.modB);
    const decade = g.dec ? Number(g.dec) / 10 : (Number(g.dec2) < 30 ? 200 : 190) + Number(g.dec2) / 10;
    return { spec: { kind: 'decade', decade, ...(mod ? { mod } : {}) } };
  },
};

const DECADE_WORDS: Readonly<Record<string, number>> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

/** Decades in words: 'the nineties', 'the late eighties' (taken as the 1900s). */
export const decadeWordRule: TimeRule = {
  name: 'decade-word',
  hint: ['ties'],
  pattern: new RegExp(`the\\s+${MODIFIER}(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\\w'’])`, 'i'),
  extract(match) {
    const g = match.groups ?? {};
    const n = DECADE_WORDS[(g.w ?? '').toLowerCase()];
    if (n === undefined) return null;
    const mod = modifierOf(g.modA ?? g.modB);
    return { spec: { kind: 'decade', decade: 190 + n, ...(mod ? { mod } : {}) } };
  },
};

const CENTURY_WORDS: Readonly<Record<string, number>> = { fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21 };

/** Centuries, as TIMEX3 two-digit values ('the 20th century' is 19). */
export const centuryRule: TimeRule = {
  name: 'century',
  hint: ['century'],
  pattern: new RegExp(`(?:the\\s+)?${MODIFIER}(?:(?<n>1\\d|2[01])(?:st|nd|rd|th)|(?<w>fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[-\\s]first))[\\s-]century`, 'i'),
  extract(match) {
    const g = match.groups ?? {};
    const n = g.n ? Number(g.n) : CENTURY_WORDS[(g.w ?? '').toLowerCase().replace(/\s/, '-')];
    if (!n) return null;
    const mod = modifierOf(g.modA ?? g.modB);
    return { spec: { kind: 'century', century: n - 1, ...(mod ? { mod } : {}) } };
  },
};

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function spelledTwoDigits(words: string): number | undefined {
  const w = words.toLowerCase().split(/[\s-]+/);
  if (w[0] === 'hundred') return 0;
  if (w[0] === 'oh') return w[1] ? UNITS.indexOf(w[1]) : undefined;
  const teen = TEENS.indexOf(w[0] ?? '');
  if (teen >= 0) return 10 + teen;
  const tens = TENS.indexOf(w[0] ?? '');
  if (tens < 2) return undefined;
  return tens * 10 + (w[1] ? Math.max(0, UNITS.indexOf(w[1])) : 0);
}

/** Years spelled out, as in broadcast transcripts: 'nineteen ninety-six', 'the year two thousand'. */
export const spelledYearRule: TimeRule = {
  name: 'spelled-year',
  hint: ['nineteen', 'twenty', 'thousand'],
  pattern:
    /(?<![\w-])(?:(?:the\s+year\s+)?two\s+thousand(?:\s+and)?(?:[\s-](?<u>one|two|three|four|five|six|seven|eight|nine))?|(?<c>nineteen|twenty)[\s-](?<rest>hundred|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?))(?![\w-])/i,
  extract(match) {
    const g = match.groups ?? {};
    if (!g.c) {
      // 'two thousand' alone is as often a count as a year; only 'the year two thousand' or with units.
      if (!/year/i.test(match[0]) && !g.u) return null;
      return { spec: { kind: 'calendar', unit: 'year', year: { kind: 'absolute', year: 2000 + (g.u ? UNITS.indexOf(g.u.toLowerCase()) : 0) } } };
    }
    const low = spelledTwoDigits(g.rest ?? '');
    if (low === undefined) return null;
    const year = (g.c.toLowerCase() === 'nineteen' ? 1900 : 2000) + low;
    return { spec: { kind: 'calendar', unit: 'year', year: { kind: 'absolute', year } } };
  },
};
