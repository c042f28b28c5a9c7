import type { TimeRule } from '../rule.js';
import type { DateSpec, OffsetUnit } from '../spec.js';
import { isFutureContext } from '../tense.js';
import { COUNT, MODIFIER, MONTH_ABBREVIATIONS, MONTH_NAMES, NON_QUARTER_PERIOD, countOf, modifierOf, monthNumber } from '../vocabulary.js';

type Offset = Pick<Extract<DateSpec, { kind: 'offset' }>, 'by' | 'from' | 'fallback' | 'keep'>;

// How a determiner before a period word counts: from the publication date, or from the
// previous date in the text ('the same year', 'the following month').
const DETERMINERS: Readonly<Record<string, Offset>> = {
  this: { by: 0, from: 'reference' },
  current: { by: 0, from: 'reference' },
  'the current': { by: 0, from: 'reference' },
  'this current': { by: 0, from: 'reference' },
  last: { by: -1, from: 'reference' },
  past: { by: -1, from: 'reference' },
  'the past': { by: -1, from: 'reference' },
  'this past': { by: -1, from: 'reference' },
  'the last': { by: -1, from: 'reference' },
  'the latest': { by: -1, from: 'reference' },
  'the most recent': { by: -1, from: 'reference' },
  'the recent': { by: -1, from: 'reference' },
  next: { by: 1, from: 'reference' },
  coming: { by: 1, from: 'reference' },
  'the coming': { by: 1, from: 'reference' },
  'this coming': { by: 1, from: 'reference' },
  'the same': { by: 0, from: 'discourse' },
  same: { by: 0, from: 'discourse' },
  that: { by: 0, from: 'discourse' },
  'that same': { by: 0, from: 'discourse' },
  'the following': { by: 1, from: 'discourse', fallback: true },
  following: { by: 1, from: 'discourse', fallback: true },
  'the next': { by: 1, from: 'discourse', fallback: true },
  'the subsequent': { by: 1, from: 'discourse', fallback: true },
  'the previous': { by: -1, from: 'discourse', fallback: true },
  previous: { by: -1, from: 'discourse', fallback: true },
  'the prior': { by: -1, from: 'discourse', fallback: true },
  prior: { by: -1, from: 'discourse', fallback: true },
  'the preceding': { by: -1, from: 'discourse', fallback: true },
  'the year-ago': { by: -1, from: 'discourse', fallback: true, keep: true },
  'the year-earlier': { by: -1, from: 'discourse', fallback: true, keep: true },
  'the prior-year': { by: -1, from: 'discourse', fallback: true, keep: true },
  'the comparable year-ago': { by: -1, from: 'discourse', fallback: true, keep: true },
  'the comparable year-earlier': { by: -1, from: 'discourse', fallback: true, keep: true },
  'the full': { by: 0, from: 'reference' },
  'the whole': { by: 0, from: 'reference' },
  'the entire': { by: 0, from: 'reference' },
  the: { by: 0, from: 'reference' },
};

const DETERMINER =
  'this\\s+current|this\\s+past|this\\s+coming|that\\s+same|the\\s+(?:current|past|last|latest|most\\s+recent|recent|coming|same|following|next|subsequent|previous|prior|preceding|year-ago|year-earlier|prior-year|full|whole|entire|comparable\\s+year-ago|comparable\\s+year-earlier)|this|current|last|past|next|coming|same|that|following|previous|prior|the';

const ENDED_MONTH = new RegExp(`^\\s+(?:ended|ending)\\s+(?<month>${MONTH_NAMES}|${MONTH_ABBREVIATIONS})\\.?\\s+\\d`, 'i');

/**
 * The calendar quarter that a quarter closing in the month after 'ended' mostly covers: a
 * quarter ended July 31 runs May to July, so it is the second. Its middle month decides.
 */
function quarterEndedIn(after: string): number | undefined {
  const month = monthNumber(ENDED_MONTH.exec(after)?.groups?.month ?? '');
  if (!month) return undefined;
  const middle = month === 1 ? 12 : month - 1;
  return Math.ceil(middle / 3);
}

// Figures a period reports, in the possessive: "this quarter's loss", "this quarter's results".
const REPORTED_FIGURES = /^['’]s\s+(?:net\s+)?(?:loss|losses|profit|profits|results|earnings|income|revenue|revenues|sales)\b/i;
// Wording after the subject that looks ahead: "this quarter's results will", 'are expected to'.
const FUTURE_AFTER = /\b(?:will|would|could|should|may|might|expected|likely|forecast|projected)\b/i;

/** Periods named relative to the publication date or to the previous date: 'last year', 'this week', 'the same year', 'the latest quarter', 'earlier this month'. */
export const relativePeriodRule: TimeRule = {
  name: 'relative-period',
  hint: ['year', 'month', 'week', 'quarter', 'period', 'decade', 'day'],
  pattern: new RegExp(`${MODIFIER}(?<det>${DETERMINER})\\s+(?:(?:fiscal|calendar)\\s+)?(?<unit>year|month|weekend|week|quarter|period|decade|day)(?![\\w-])(?!\\s+(?:\\d|of\\s+\\d))`, 'i'),
  extract(match, text) {
    const g = match.groups ?? {};
    const det = (g.det ?? '').toLowerCase().replace(/\s+/g, ' ');
    const word = (g.unit ?? '').toLowerCase();
    const offset = DETERMINERS[det];
    if (!offset) return null;
    const mod = modifierOf(g.modA ?? g.modB);
    // 'the quarter' in a results story is the latest reported one; 'the day' is too vague to place.
    if (det === 'the' && word === 'day') return null;
    // 'the year-ago period' is the comparable period of a results story; a bare 'period' is not a date.
    if (word === 'period' && !offset.keep && det !== 'the latest' && det !== 'the most recent') return null;
    if (word === 'day' && offset.from === 'reference') return null;
    const unit: OffsetUnit = word === 'weekend' ? 'week' : word === 'period' ? 'quarter' : (word as OffsetUnit);
    if (det === 'the' && word === 'quarter') {
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 24);
      const quarter = quarterEndedIn(after);
      // A quarter that 'ended' is over: the last such quarter begun before the publication month.
      const direction = /^\s+ended/i.test(after) ? { direction: 'last' as const } : {};
      if (quarter) return { spec: { kind: 'calendar', unit: 'quarter', quarter, ...direction, ...(mod ? { mod } : {}) } };
    }
    // "This quarter's loss" reports figures, which exist only for a quarter already closed: the
    // latest one, unless the sentence looks ahead ('this quarter's results will be weak').
    const end = match.index + match[0].length;
    const reported = det === 'this' && word === 'quarter' && REPORTED_FIGURES.test(text.slice(end, end + 24)) && !isFutureContext(text, match.index) && !FUTURE_AFTER.test(text.slice(end, end + 60));
    const by = (det === 'the' && unit === 'quarter') || reported ? -1 : offset.by;
    if (offset.keep && unit === 'year') return null;
    // Without an earlier quarter in the text, the year-ago quarter is the one before the latest, a year back.
    const spec: DateSpec = offset.keep
      ? { kind: 'offset', unit: 'year', by: -1, from: 'discourse', keep: true, fallback: true, fallbackShift: { unit, by: unit === 'quarter' ? -5 : -12 }, ...(mod ? { mod } : {}) }
      : { kind: 'offset', unit, ...offset, by, ...(word === 'weekend' ? { weekend: true, ...(det === 'the' ? { lastWeekend: true } : {}) } : {}), ...(mod ? { mod } : {}) };
    return { spec };
  },
};

/** 'the day before', 'the next day', 'a day earlier' style anchors, and 'year-earlier' adjectives. */
export const yearAgoRule: TimeRule = {
  name: 'year-ago',
  hint: ['year'],
  pattern: /(?<![\w-])(?:year-earlier|year-ago|prior-year|the\s+year\s+before|the\s+previous\s+year)(?![\w-])/i,
  extract(match) {
    if (/previous|before/i.test(match[0])) return { spec: { kind: 'offset', unit: 'year', by: -1, from: 'discourse', fallback: true } };
    return { spec: { kind: 'offset', unit: 'year', by: -1, from: 'discourse', keep: true, fallback: true } };
  },
};

// A reported figure just before 'a year earlier': '$93.3 million', 'C$307.2', '$1.12 a share'.
// A period the figures are stated for that is not a quarter: 'for the nine months', 'for the year'.
const FIGURE_BEFORE = /\d(?:\s*(?:million|billion|bn))?(?:, or [^,]{1,40} a share)?,?\s*$/i;

// A reporting period closed on a stated day: 'the quarter ended Sept. 30', 'six months ending Aug. 12'.
const PERIOD_ENDED_ON = new RegExp(`\\b(?:quarter|months|weeks|year|period)\\s+(?:ended|ending)\\s+(?:${MONTH_NAMES}|${MONTH_ABBREVIATIONS})\\.?\\s+\\d`, 'i');

/** Counted offsets: 'two years ago', 'six weeks ago', 'a year earlier', 'three months later'. */
export const agoRule: TimeRule = {
  name: 'ago',
  hint: ['day', 'week', 'month', 'year', 'decade'],
  pattern: new RegExp(`(?<![\\w-])(?<n>${COUNT})\\s+(?<unit>day|week|month|year|decade)s?\\s+(?<dir>ago|earlier|before|later|after|from\\s+now|hence|back|previously|on)(?![\\w-])`, 'i'),
  extract(match, text) {
    const g = match.groups ?? {};
    const n = countOf(g.n ?? '');
    if (n === undefined || !Number.isInteger(n)) return null;
    const unit = (g.unit ?? '').toLowerCase() as OffsetUnit;
    const dir = (g.dir ?? '').toLowerCase().replace(/\s+/g, ' ');
    const end = match.index + match[0].length;
    // 'two years after the merger' counts from an event, not from a date.
    if ((dir === 'after' || dir === 'before' || dir === 'on') && /^\s+[a-z]/i.test(text.slice(end, end + 3))) return null;
    const deictic = dir === 'ago' || dir === 'back' || dir === 'from now' || dir === 'hence';
    // 'net fell to $85.7 million from $93.3 million a year earlier': the figures' period, a year back.
    // Figures for 'the six months ended Aug. 12' a year earlier are those for the period that closed on that day a year back.
    const keepDay = n === 1 && unit === 'year' && (dir === 'ago' || dir === 'earlier') && PERIOD_ENDED_ON.test(text.slice(0, match.index)) ? { keepDay: true } : {};
    if (n === 1 && unit === 'year' && (dir === 'ago' || dir === 'earlier') && FIGURE_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index)) && !NON_QUARTER_PERIOD.test(text.slice(0, match.index))) {
      return { spec: { kind: 'offset', unit, by: -1, from: deictic ? 'reference' : 'discourse', keep: true, comparable: true, fallback: true, fallbackShift: { unit: 'quarter', by: -5 }, ...keepDay } };
    }
    const by = dir === 'ago' || dir === 'back' || dir === 'earlier' || dir === 'before' || dir === 'previously' ? -n : n;
    if (deictic) return { spec: { kind: 'offset', unit, by, from: 'reference', ...(n === 1 && unit === 'year' ? { keep: true, ...keepDay } : {}) } };
    return { spec: { kind: 'offset', unit, by, from: 'discourse', fallback: by < 0, ...(n === 1 && unit === 'year' ? { keep: true, ...keepDay } : {}) } };
  },
};

/** Days named against the publication date: 'yesterday', 'today', 'tomorrow', 'tonight', 'this morning'. */
export const deicticDayRule: TimeRule = {
  name: 'deictic-day',
  hint: ['yesterday', 'today', 'tomorrow', 'tonight', 'this morning', 'this afternoon', 'this evening'],
  pattern: /(?:(?<modB>early|late|earlier|later)\s+)?(?<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening))(?![\w-])(?:\s+(?:morning|afternoon|evening|night))?/i,
  extract(match) {
    const w = (match.groups?.w ?? '').toLowerCase();
    const by = w.includes('before yesterday') ? -2 : w.includes('after tomorrow') ? 2 : w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    const mod = modifierOf(match.groups?.modB);
    return { spec: { kind: 'offset', unit: 'day', by, from: 'reference', ...(mod ? { mod } : {}) } };
  },
};

// What follows 'the day before' when it counts from an event ('the day before the vote').
const EVENT_AFTER = /^\s+(?:(?:the|an?|his|her|its|their|this|that)\b|[A-Z])/;
// A date right before, in apposition ('Oct. 12, the day before the plunge').
const DATE_APPOSITION = /(?:\d|day)\s*,\s*$/i;

/** Days anchored on the previous date: 'that day', 'the same day', 'the next morning', 'the day before', 'later in the day'. */
export const discourseDayRule: TimeRule = {
  name: 'discourse-day',
  hint: ['day', 'morning', 'afternoon', 'evening', 'night'],
  pattern:
    /(?<![\w-])(?:(?<w1>that|the\s+same|that\s+same|the\s+following|the\s+next|the\s+previous|the\s+prior)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+(?<w2>before|after|earlier|later)|(?<w3>earlier|later)\s+in\s+the\s+day)(?![\w-])/i,
  extract(match, text) {
    // 'later in the day' is the day the story is about: the previous date, else the publication day.
    if (match.groups?.w3) return { spec: { kind: 'offset', unit: 'day', by: 0, from: 'discourse', fallback: true } };
    const w = (match.groups?.w1 ?? match.groups?.w2 ?? '').toLowerCase();
    const end = match.index + match[0].length;
    if ((w === 'before' || w === 'after') && EVENT_AFTER.test(text.slice(end, end + 6))) {
      // 'the day before the plunge' is a day of its own, placed by an event, not the day before a date;
      // in apposition to a date it is that date.
      if (!DATE_APPOSITION.test(text.slice(Math.max(0, match.index - 12), match.index))) return null;
      return { spec: { kind: 'offset', unit: 'day', by: 0, from: 'discourse' }, trail: match[0].length - 'the day'.length };
    }
    const by = /following|next|after|later/.test(w) ? 1 : /previous|prior|before|earlier/.test(w) ? -1 : 0;
    return { spec: { kind: 'offset', unit: 'day', by, from: 'discourse' } };
  },
};

// What says a numbered day is the present one: 'today is', "it's", 'this is'.
const PRESENT_DAY_BEFORE = /(?:\btoday|\bit|\bthis|\bmonday|\btuesday|\bwednesday|\bthursday|\bfriday|\bsaturday|\bsunday)\s*(?:\bis|['’]s)\s+$/i;

/**
 * A numbered day of an event said to be the present one ('today is the eighth day of the
 * strike', "it's the second day of an offensive"): the publication day. In past narration
 * ('it was the second day') the day is the narrative's, so no date is read.
 */
export const presentNthDayRule: TimeRule = {
  name: 'present-nth-day',
  hint: ['day'],
  pattern:
    /(?<![\w-])(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,3}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|full\s+)?day(?![\w-])/i,
  extract(match, text) {
    if (!PRESENT_DAY_BEFORE.test(text.slice(Math.max(0, match.index - 16), match.index))) return null;
    return { spec: { kind: 'offset', unit: 'day', by: 0, from: 'reference' } };
  },
};

// The period a comparison set against the elided one names ('this year' in 'this year as last').
const THIS_PERIOD = /\bthis\s+(?<unit>year|month|week|quarter)\b/gi;

/**
 * An elided period after a comparison with the current one: 'twice as high this year as last',
 * 'more this month than last' is last year, last month. Without a 'this <period>' before it
 * ('as last reported', 'than last time') the word names nothing.
 */
export const ellipticLastRule: TimeRule = {
  name: 'elliptic-last',
  hint: ['last'],
  pattern: /(?<![\w-])(?:than|as)\s+last(?=\s*(?:[.,;:!?)"”]|$))/i,
  extract(match, text) {
    let unit: OffsetUnit | undefined;
    for (const m of text.slice(Math.max(0, match.index - 100), match.index).matchAll(THIS_PERIOD)) {
      unit = (m.groups?.unit ?? '').toLowerCase() as OffsetUnit;
    }
    if (!unit) return null;
    return { spec: { kind: 'offset', unit, by: -1, from: 'reference' }, lead: match[0].length - 'last'.length };
  },
};

/** Counted periods ahead in future wording: 'would be redeemed in five years', 'will open in two weeks'. */
export const inCountRule: TimeRule = {
  name: 'in-count',
  hint: ['days', 'weeks', 'months', 'years'],
  pattern: new RegExp(`(?<![\\w-])in\\s+(?<n>${COUNT})\\s+(?<unit>day|week|month|year)s(?![\\w-])`, 'i'),
  extract(match, text) {
    const g = match.groups ?? {};
    const n = countOf(g.n ?? '');
    if (n === undefined || !Number.isInteger(n) || n < 2) return null;
    const end = match.index + match[0].length;
    // 'the first time in five years' is a stretch of time; only a modal makes it a date ahead.
    if (!isFutureContext(text, match.index) || /^\s*(?:['’]|of\b|time\b|to\s+come)/i.test(text.slice(end, end + 10))) return null;
    return { spec: { kind: 'offset', unit: (g.unit ?? '').toLowerCase() as OffsetUnit, by: n, from: 'reference' }, lead: match[0].length - match[0].replace(/^in\s+/i, '').length };
  },
};

/** 'year-end', 'by year end', "the year's end": the end of the current year. */
export const yearEndRule: TimeRule = {
  name: 'year-end',
  hint: ['year'],
  pattern: /(?<![\w-])(?:(?<this>this\s+)?year[\s-]end|(?:the\s+)?year['’]s\s+end|the\s+end\s+of\s+the\s+year)(?![\w-])/i,
  extract(match, text) {
    // 'the change since year-end' counts from the last year-end already passed.
    const since = /\bsince\s+$/i.test(text.slice(Math.max(0, match.index - 8), match.index)) && !match.groups?.this;
    return { spec: { kind: 'offset', unit: 'year', by: since ? -1 : 0, from: 'reference', mod: 'LATE' } };
  },
};

/** 'the corresponding period last year', 'the quarter a year ago', "last year's quarter": the comparable period a year back. */
export const comparablePeriodRule: TimeRule = {
  name: 'comparable-period',
  hint: ['period', 'quarter'],
  pattern: /(?<![\w-])(?:(?:the\s+)?(?:(?:corresponding|comparable|same)\s+)?(?<unit>period|quarter)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier|before))|last\s+year['’]s\s+(?<unit2>period|quarter))(?![\w-])/i,
  extract() {
    return { spec: { kind: 'offset', unit: 'year', by: -1, from: 'discourse', keep: true, fallback: true, fallbackShift: { unit: 'quarter', by: -5 } } };
  },
};
