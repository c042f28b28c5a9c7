import type { TimeRule } from '../rule.js';
import type { YearSpec } from '../spec.js';
import { NON_QUARTER_PERIOD, ordinalNumber } from '../vocabulary.js';
import { YEAR_PHRASE, yearSpec } from './year-phrase.js';

const ORD = 'first|second|third|fourth|1st|2nd|3rd|4th|final|last';
const yearFromPossessive = (w: string | undefined): YearSpec | undefined => {
  if (!w) return undefined;
  if (/^\d{4}/.test(w)) return { kind: 'absolute', year: Number(w.slice(0, 4)) };
  const d = w.toLowerCase();
  if (d.startsWith('this')) return { kind: 'relative', from: 'reference', by: 0 };
  if (d.startsWith('last')) return { kind: 'relative', from: 'reference', by: -1 };
  if (d.startsWith('next')) return { kind: 'relative', from: 'reference', by: 1 };
  if (/year-ago|year-earlier|prior-year/.test(d)) return { kind: 'relative', from: 'reference', by: -1 };
  return undefined;
};

/** Quarters by ordinal: 'the second quarter of 2021', 'third-quarter', 'this year's fourth quarter', 'the fiscal first quarter'. */
export const quarterRule: TimeRule = {
  name: 'quarter',
  hint: ['quarter'],
  pattern: new RegExp(
    `(?:the\\s+)?(?:(?<poss>(?:this|last|next)\\s+year['’]s|(?:1\\d{3}|20\\d{2})(?:['’]s)?|(?:comparable\\s+)?(?:year-ago|year-earlier|prior-year))\\s+)?(?:(?:fiscal|calendar)[\\s-]+)?(?<ord>${ORD})[\\s-]+(?:(?:fiscal|calendar)[\\s-]+)?quarter(?![\\w-])(?:\\s+(?:of|in|for)\\s+(?:fiscal\\s+)?${YEAR_PHRASE}|\\s+(?<y2>1\\d{3}|20\\d{2})(?!\\d))?`,
    'i',
  ),
  extract(match) {
    const g = match.groups ?? {};
    const year = yearSpec(g) ?? yearFromPossessive(g.poss) ?? (g.y2 ? { kind: 'absolute', year: Number(g.y2) } : undefined);
    const ord = (g.ord ?? '').toLowerCase();
    const quarter = ord === 'final' || ord === 'last' ? 4 : ordinalNumber(ord);
    if (!quarter) return null;
    // 'last quarter' alone is the previous quarter, read by the relative rule.
    if (ord === 'last' && !year) return null;
    return { spec: { kind: 'calendar', unit: 'quarter', quarter, ...(year ? { year } : {}) } };
  },
};

/** Quarters in short form: 'Q3', 'Q3 2021', '2021 Q3', '2021-Q3', '3Q21', "Q2'21". */
export const shortQuarterRule: TimeRule = {
  name: 'short-quarter',
  hint: /Q[1-4]|[1-4]Q/,
  pattern: /(?<![\w-])(?:(?<y1>(?:19|20)\d{2})[\s-]?Q(?<q1>[1-4])|Q(?<q2>[1-4])(?:(?:\s+|\s*['’]|\s*-\s*)(?:FY\s?)?(?<y2>(?:19|20)\d{2}|\d{2}))?|(?<q3>[1-4])Q\s?(?<y3>(?:19|20)?\d{2}))(?![\w-])/,
  extract(match) {
    const g = match.groups ?? {};
    const quarter = Number(g.q1 ?? g.q2 ?? g.q3);
    const y = g.y1 ?? g.y2 ?? g.y3;
    const year = y === undefined ? undefined : y.length === 2 ? 2000 + Number(y) : Number(y);
    return { spec: { kind: 'calendar', unit: 'quarter', quarter, ...(year ? { year: { kind: 'absolute', year } } : {}) } };
  },
};

/** Halves: 'the first half of 2022', 'H1', 'H2 2021', '1H22', 'the first six months of 2022', 'the first two quarters of 1990'. */
export const halfRule: TimeRule = {
  name: 'half',
  hint: ['half', 'six months', 'two quarters'],
  pattern: new RegExp(
    `(?:the\\s+)?(?<ord>first|second|1st|2nd|latter|last|back|front)\\s+(?:half|six\\s+months|two\\s+quarters)(?![\\w-])(?:\\s+(?:of|in|for)\\s+(?:fiscal\\s+)?(?:the\\s+year\\s+)?${YEAR_PHRASE}|\\s+(?<y2>1\\d{3}|20\\d{2})(?!\\d))?`,
    'i',
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    const ord = (g.ord ?? '').toLowerCase();
    const half = ord === 'first' || ord === '1st' || ord === 'front' ? 1 : 2;
    const year = yearSpec(g) ?? (g.y2 ? ({ kind: 'absolute', year: Number(g.y2) } as const) : undefined);
    // 'the last six months' is a span back from now, not the second half of a year.
    if (!year && !/half/i.test(match[0])) return null;
    // 'the last half of the '80s', 'the first half of the match': a half of something else.
    const end = match.index + match[0].length;
    if (!year && /^\s+of\b/i.test(text.slice(end, end + 5))) return null;
    return { spec: { kind: 'calendar', unit: 'half', half, ...(year ? { year } : {}) } };
  },
};

/** Halves in short form: 'H1', 'H1 2022', '2022 H1', '1H22'. */
export const shortHalfRule: TimeRule = {
  name: 'short-half',
  hint: /H[12]|[12]H/,
  pattern: /(?<![\w-])(?:(?<y1>(?:19|20)\d{2})[\s-]?H(?<h1>[12])|H(?<h2>[12])(?:(?:\s+|\s*['’]|\s*-\s*)(?:FY\s?)?(?<y2>(?:19|20)\d{2}|\d{2}))?|(?<h3>[12])H\s?(?<y3>(?:19|20)?\d{2}))(?![\w-])/,
  extract(match) {
    const g = match.groups ?? {};
    const half = Number(g.h1 ?? g.h2 ?? g.h3);
    const y = g.y1 ?? g.y2 ?? g.y3;
    const year = y === undefined ? undefined : y.length === 2 ? 2000 + Number(y) : Number(y);
    return { spec: { kind: 'calendar', unit: 'half', half, ...(year ? { year: { kind: 'absolute', year } } : {}) } };
  },
};

/** 'the 1988 quarter', 'the 2019 period': the reporting period of a results story, in a stated year. */
export const yearQuarterRule: TimeRule = {
  name: 'year-quarter',
  hint: ['quarter', 'period'],
  pattern: /(?<![\w-])the\s+(?<y>1\d{3}|20\d{2})\s+(?:quarter|period)(?![\w-])/i,
  extract(match, text) {
    const year = Number(match.groups?.y);
    // After 'in the first nine months', 'the 1988 period' is those months of 1988: as a date, that year.
    if (/period/i.test(match[0]) && NON_QUARTER_PERIOD.test(text.slice(0, match.index))) return { spec: { kind: 'calendar', unit: 'year', year: { kind: 'absolute', year } } };
    return { spec: { kind: 'offset', unit: 'quarter', by: -1, from: 'reference', yearOverride: year } };
  },
};
