import type { Document, TimeValue } from '../types.js';
import { splitText } from '../text/index.js';
import { addDays, daysInMonth, dayPeriod, fields, monthPeriod, yearPeriod } from './calendar.js';
import { parseTimes } from './parse.js';
import type { SentenceDates } from './sentence-dates.js';
import { referenceValue as referenceValueOf } from './reference.js';
import { isFutureContext } from './tense.js';
import { monthNumber } from './vocabulary.js';
import { DEFAULT_RATE_TABLE, convert, parseQuantities } from '../quantity/index.js';

/** A publication date inferred from a document, with what it rests on and how sure it is. */
export interface PublishedInference {
  /** The interval the article was published in; absent when nothing in the document tells. */
  readonly value?: TimeValue;
  /** Which evidence: 'byline', 'dateline', 'url', 'internal', or 'none'. */
  readonly basis: string;
  /** 0 to 1. */
  readonly confidence: number;
}

// Bylines and datelines sit in the first lines of an article.
const HEAD_LINES = 15;
const TAIL_LINES = 6;
// At the foot of an article a date is a byline only with its word: bare stamps there are comments.
const FOOT_BYLINE = /\b(?:published|posted|first\s+published|updated)\b/i;
const MAX_HEAD_LINE = 240;
const QUOTE_START = /^["“”'‘’«]/;
const CLOCK = /\b\d{1,2}:\d{2}\b/;
const CLOCK_AFTER = /^[\sT]+\d{1,2}:\d{2}/;
// A clock time printed right after a date, with its half of the day: ', 04:41 PM'.
const CLOCK_STAMP = /^,?[\sT]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?/i;
const BYLINE_WORD = /\b(?:published|updated|posted|author|editor|by|date|time)\b/i;
// 'CHENGDU, Dec. 27 (NBD)', 'BEIJING, March 3 (Reuters) -': a place in capitals, a comma, a date.
const DATELINE = /^[A-Z][A-Z .'’-]{1,40},\s+(?=[A-Z][a-z]{2})/;

const value = (p: { timex: string; start: string; end: string }, granularity: TimeValue['granularity'], extra: Partial<TimeValue> = {}): TimeValue => ({
  timex: p.timex,
  start: p.start,
  end: p.end,
  granularity,
  anchor: 'absolute',
  implied: [],
  ...extra,
});

/** The last non-empty lines of a text, where some sites print 'Published 3 March 2019'. */
function tailLines(text: string): string[] {
  return text.slice(-2000).split('\n').map((l) => l.trim()).filter(Boolean).slice(-TAIL_LINES);
}

function headLines(text: string): { line: string; start: number }[] {
  const out: { line: string; start: number }[] = [];
  let start = 0;
  while (start <= text.length && out.length < HEAD_LINES) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line) out.push({ line, start });
    start = end + 1;
  }
  return out;
}

/** A full date printed with a clock time or a byline word in the first lines ('Oct 18, 2020 04:41 PM'). */
function fromByline(text: string, dates: SentenceDates | undefined): PublishedInference | undefined {
  for (const { line } of headLines(text)) {
    if (line.length > MAX_HEAD_LINE || QUOTE_START.test(line)) continue;
    const days = parseTimes(line, { dates }).filter((v) => v.granularity === 'day' && v.anchor === 'absolute' && v.implied.length === 0);
    const day = days[0];
    if (!day?.span) continue;
    const before = line.slice(0, day.span.start);
    if (/["“]/.test(before) && !/["”]/.test(before.slice(before.search(/["“]/) + 1))) continue;
    // A clock right after the date is part of its stamp ('Oct 18, 2020 04:41 PM').
    const clock = CLOCK_STAMP.exec(line.slice(day.span.end))?.[0].length ?? 0;
    const stamp = day.span.text.length + clock;
    // A line that is mostly a date and clock is a dateline; a name before a stamp is a comment.
    if (BYLINE_WORD.test(line) || stamp * 2 >= line.length) {
      return { value: value(day, 'day'), basis: 'byline', confidence: 0.95 };
    }
  }
  for (const line of tailLines(text)) {
    if (line.length > MAX_HEAD_LINE || QUOTE_START.test(line) || !FOOT_BYLINE.test(line)) continue;
    const day = parseTimes(line, { dates }).find((v) => v.granularity === 'day' && v.anchor === 'absolute' && v.implied.length === 0);
    if (day) return { value: value(day, 'day'), basis: 'byline', confidence: 0.9 };
  }
  return undefined;
}

/** A date in the URL's path: '/2016/06/17/', '/2016/dec/27/', '/2015/06/', '-20140210-'; not a long numeric id. */
export function dateFromUrl(url: string | undefined): TimeValue | undefined {
  if (!url) return undefined;
  const scheme = url.indexOf('://');
  const afterHost = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
  const full = afterHost < 0 ? '' : url.slice(afterHost);
  const cut = full.search(/[?#]/);
  // Only the path: query strings carry ids and timestamps of the visit, not of the article.
  const path = cut < 0 ? full : full.slice(0, cut);
  const valid = (y: number, m: number, d?: number): boolean =>
    y >= 1990 && y <= 2099 && m >= 1 && m <= 12 && (d === undefined || (d >= 1 && d <= daysInMonth(y, m)));
  const ymd = /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=$|[/\-_.])/.exec(path);
  if (ymd && valid(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]))) return value(dayPeriod(Number(ymd[1]), Number(ymd[2]), Number(ymd[3])), 'day');
  const compact = /(?:^|[/\-_.])((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/\-_.])/.exec(path);
  if (compact && valid(Number(compact[1]), Number(compact[2]), Number(compact[3]))) return value(dayPeriod(Number(compact[1]), Number(compact[2]), Number(compact[3])), 'day');
  const named = /\/((?:19|20)\d{2})\/([a-z]{3})[a-z]*\/(\d{1,2})(?=$|\/)/i.exec(path);
  const namedMonth = named ? monthNumber(named[2] ?? '') : undefined;
  if (named && namedMonth && valid(Number(named[1]), namedMonth, Number(named[3]))) return value(dayPeriod(Number(named[1]), namedMonth, Number(named[3])), 'day');
  const ym = /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})(?=$|\/)/.exec(path);
  if (ym && valid(Number(ym[1]), Number(ym[2]))) return value(monthPeriod(Number(ym[1]), Number(ym[2])), 'month');
  return undefined;
}

/** A dateline's month and day, its year taken from a year interval ('CHENGDU, Dec. 27 (NBD)'). */
function fromDateline(text: string, year: TimeValue | undefined, dates: SentenceDates | undefined): TimeValue | undefined {
  if (!year) return undefined;
  for (const { line } of headLines(text)) {
    if (line.length > MAX_HEAD_LINE * 4 || QUOTE_START.test(line)) continue;
    const m = DATELINE.exec(line);
    if (!m) continue;
    const first = parseTimes(line, { reference: year, dates }).find((v) => v.span && v.span.start === m[0].length);
    if (first && first.granularity === 'day') return value(first, 'day');
  }
  return undefined;
}

/**
 * The latest date the article states as past, from its own sentences (not its furniture: reader
 * comments carry later dates). The article was published on or after it.
 */
function latestStated(doc: Pick<Document, 'text'>, dates: SentenceDates | undefined): TimeValue | undefined {
  const sentences = splitText(doc.text).sentences;
  const furniture = sentences.filter((s) => s.boilerplate);
  // Future wording is judged within the value's own sentence, as the tagger does.
  const future = (at: number): boolean => {
    const s = sentences.find((x) => at >= x.start && at < x.end);
    return s ? isFutureContext(s.text, at - s.start) : false;
  };
  const headEnd = headLines(doc.text).at(-1)?.start ?? 0;
  // A date stamped with a clock time below the head is a comment's or an update's stamp.
  const stamped = (v: TimeValue): boolean => v.span !== undefined && v.span.start > headEnd && (CLOCK.test(v.span.text) || CLOCK_AFTER.test(doc.text.slice(v.span.end, v.span.end + 8)));
  const inFurniture = (at: number): boolean => furniture.some((s) => at >= s.start && at < s.end);
  const past = (v: TimeValue): boolean =>
    v.span !== undefined && !inFurniture(v.span.start) && !stamped(v) && !future(v.span.start) && v.mod !== 'BEFORE' && v.mod !== 'ON_OR_BEFORE' && !v.timex.endsWith('_REF');
  let latest: TimeValue | undefined;
  for (const v of parseTimes(doc.text, { sentences, dates })) if (past(v) && (!latest || v.start > latest.start)) latest = v;
  if (!latest) return undefined;
  // Dates without a year ('On September 14') read against the latest stated year, when later.
  for (const v of parseTimes(doc.text, { reference: yearPeriodValue(fields(latest.start).year), sentences, dates })) {
    if (past(v) && v.anchor === 'publication' && v.implied.includes('year') && v.start > latest.start) latest = v;
  }
  return latest;
}

const yearPeriodValue = (y: number): TimeValue => value(yearPeriod(y), 'year');

/**
 * Infers when a document was published, in order of trust: a byline or dateline in the text, a
 * date in the URL's path, then the latest date the text states as past. Never the clock:
 * without evidence the result has no value and basis 'none'. `dates` keeps the sentences read, for
 * a caller that reads the document's dates again.
 */
export function inferPublished(doc: Pick<Document, 'text' | 'url'>, dates?: SentenceDates): PublishedInference {
  const byline = fromByline(doc.text, dates);
  if (byline) return byline;
  const url = dateFromUrl(doc.url);
  // The text's own dates cost two passes over it; read them only when the URL does not settle it.
  const latest = url?.granularity === 'day' ? undefined : latestStated(doc, dates);
  const yearHint = url ? yearPeriodValue(fields(url.start).year) : latest ? yearPeriodValue(fields(latest.start).year) : undefined;
  const dateline = fromDateline(doc.text, yearHint, dates);
  if (dateline && (!url || (dateline.start >= url.start && dateline.end <= url.end))) {
    return { value: dateline, basis: url ? 'dateline+url' : 'dateline', confidence: url ? 0.9 : 0.6 };
  }
  if (url) return { value: url, basis: 'url', confidence: url.granularity === 'day' ? 0.85 : 0.8 };
  if (latest) {
    // Inline conversions ('3 billion RMB (around $432 million)') fit the exchange rate of some
    // months only: the first run of such months after the latest stated date narrows it.
    const run = conversionRun(doc.text, latest.start);
    if (run) {
      const start = run.start > latest.start ? run.start : latest.start;
      return { value: { timex: start.slice(0, 4), start, end: run.end, granularity: 'year', mod: 'ON_OR_AFTER', anchor: 'absolute', implied: ['month', 'day'] }, basis: 'internal+conversion', confidence: 0.45 };
    }
    // On or after the latest stated date; news reports recent events, so the window is short.
    const start = latest.start;
    const endOfYear = `${start.slice(0, 4)}-12-31`;
    const end = addDays(start, 60) > endOfYear ? addDays(start, 60) : endOfYear;
    return { value: { timex: start.slice(0, 4), start, end, granularity: 'year', mod: 'ON_OR_AFTER', anchor: 'absolute', implied: ['month', 'day'] }, basis: 'internal', confidence: 0.4 };
  }
  return { basis: 'none', confidence: 0 };
}

/** A byline, or the URL with a dateline that fits it: evidence strong enough to contradict metadata. */
function strongEvidence(doc: Pick<Document, 'text' | 'url'>, dates: SentenceDates | undefined): PublishedInference | undefined {
  const byline = fromByline(doc.text, dates);
  if (byline) return byline;
  const url = dateFromUrl(doc.url);
  if (!url) return undefined;
  const dateline = fromDateline(doc.text, yearPeriodValue(fields(url.start).year), dates);
  if (dateline && dateline.start >= url.start && dateline.end <= url.end) return { value: dateline, basis: 'dateline+url', confidence: 0.9 };
  return { value: url, basis: 'url', confidence: url.granularity === 'day' ? 0.85 : 0.8 };
}
// A stated date this far from strong evidence is a contradiction, not an imprecision.
const CONTRADICTION_DAYS = 31;

/**
 * When a document states `published` and its byline, or its URL (with a dateline), puts it more
 * than a month away, the inference that contradicts it; otherwise undefined. The text's own past
 * dates never contradict metadata: they are only lower bounds. `dates` as for {@link inferPublished}.
 */
export function contradictsPublished(doc: Pick<Document, 'text' | 'url' | 'published'>, dates?: SentenceDates): PublishedInference | undefined {
  if (!doc.published) return undefined;
  const stated = referenceValueOf(doc.published);
  if (!stated) return undefined;
  const inferred = strongEvidence(doc, dates);
  if (!inferred?.value) return undefined;
  const gap = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;
  const apart = inferred.value.end < stated.start ? gap(inferred.value.end, stated.start) : stated.end < inferred.value.start ? gap(stated.end, inferred.value.start) : 0;
  return apart > CONTRADICTION_DAYS ? inferred : undefined;
}

// The rate table's own error (about 1.5% against central-bank series), to which the rounding of
// the stated equivalent is added; the source figure is what the writer converted, so it is exact.
const RATE_TABLE_ERROR = 0.015;

/** Half a unit of the last significant digit of a figure, relative to it: 432 million is ±0.12%. */
function roundingOf(value: number): number {
  if (value <= 0) return 1;
  let unit = 1;
  while (value % (unit * 10) === 0 && unit < 1e12) unit *= 10;
  return unit / 2 / value;
}

/**
 * The first run of months, from `after`'s month on, whose exchange rates fit every inline
 * currency conversion in the text; undefined when the text has none or no month fits.
 */
function conversionRun(text: string, after: string): { start: string; end: string } | undefined {
  const pairs = parseQuantities(text).filter((q) => q.kind === 'money' && q.equivalent?.kind === 'money' && q.equivalent.unit !== q.unit && q.value > 0);
  if (pairs.length === 0) return undefined;
  const table = DEFAULT_RATE_TABLE;
  const fits = (month: string): boolean =>
    pairs.every((q) => {
      const eq = q.equivalent;
      if (!eq) return true;
      const expected = convert(q.value, q.unit, eq.unit, month, { table });
      if (expected === undefined || expected <= 0) return true;
      return Math.abs(eq.value / expected - 1) <= RATE_TABLE_ERROR + roundingOf(eq.value);
    });
  const first = fields(after);
  const last = fields(`${table.end}-01`);
  let runStart: string | undefined;
  let runEnd: string | undefined;
  for (let y = first.year, m = first.month; y < last.year || (y === last.year && m <= last.month); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    const month = monthPeriod(y, m);
    if (fits(month.timex)) {
      runStart ??= month.start;
      runEnd = month.end;
    } else if (runStart) break;
  }
  return runStart && runEnd ? { start: runStart, end: runEnd } : undefined;
}
