/**
 * The one module that imports chrono-node. It builds our chrono configuration (chrono's casual
 * English parsers for absolute dates, our rules as extra parsers, chrono's merge and overlap
 * refiners) and turns chrono's results into our own {@link Mention}s, so the rest of the code
 * never sees a chrono type.
 */
import * as chrono from 'chrono-node';
import type { TimeRule } from './rule.js';
import type { DateSpec } from './spec.js';
import { TIME_RULES } from './rules/index.js';

/** A date expression found in a sentence, not yet placed on the calendar. */
export interface Mention {
  /** Offset in the text that was parsed. */
  readonly index: number;
  readonly text: string;
  readonly spec: DateSpec;
}

// What our rules found during the current parse. chrono's refiners clone and merge results
// without their tags, so a result is matched back to our findings by the text it covers.
// parse() is synchronous, so one list for the module is enough.
let found: Mention[] = [];

// chrono's parsers that resolve against a clock or resolve forward ('Thursday' as next
// Thursday, 'last week' as seven days ago); our rules read these and leave the placing to the
// resolver, which knows the publication date and the previous date in the text.
const REPLACED_PARSERS = new Set([
  'ENCasualDateParser',
  'ENWeekdayParser',
  'ENRelativeDateFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENTimeUnitWithinFormatParser',
  'ENEndOfCurrentMonthParser',
  'ENMonthNameParser',
  // Clock times and parts of day: a date's value never carries them, and they cost a sixth of
  // the parse. A clock beside a date is read where it matters (published.ts).
  'ENCasualTimeParser',
  'ENTimeExpressionParser',
]);

// Ranges become two dates (each end is a claimable date); the unlikely-format filters would
// drop a bare '2016', which in news is a year; forward dating is for schedulers; without clock
// times there are no times or time zones to merge.
const REMOVED_REFINERS = new Set(['ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner', 'ENMergeDateTimeRefiner', 'ENMergeDateRangeRefiner', 'ForwardDateRefiner', 'UnlikelyFormatFilter', 'ENUnlikelyFormatFilter', 'ENEndOfPeriodRefiner']);

// What a rule runs when its hint says the sentence cannot hold it: anchored at the start, so it
// fails at once, on two noncharacters that no text contains.
const NEVER = /^\uFFFF\uFFFE/;

// Every hint word of every rule is looked up per word (and per pair of words, for 'six months')
// of the sentence; what each word contains is remembered, since news reuses its vocabulary.
const HINT_WORDS = [...new Set(TIME_RULES.flatMap((r) => (Array.isArray(r.hint) ? r.hint : [])))];
const SINGLE = HINT_WORDS.filter((w) => !w.includes(' '));
const PAIRS = new Set(HINT_WORDS.filter((w) => w.includes(' ')));
// First words of the pairs: only after one of these is a pair worth building.
const PAIR_FIRST = new Set([...PAIRS].map((w) => w.slice(0, w.indexOf(' '))));
const MEMO_LIMIT = 50_000;
const memo = new Map<string, readonly string[]>();
// What a word is made of, in lower case: [a-z0-9'’].
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019;

// The single hint words by their first two letters (every hint has at least two), with their
// place in SINGLE: a word is searched at each of its positions for the few hints starting there,
// not for every hint.
const BY_START = new Map<string, { hint: string; at: number }[]>();
SINGLE.forEach((hint, at) => {
  const key = hint.slice(0, 2);
  const list = BY_START.get(key) ?? [];
  list.push({ hint, at });
  BY_START.set(key, list);
});
const NONE: readonly string[] = [];

function containedHints(word: string): readonly string[] {
  let hit = memo.get(word);
  if (!hit) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    let found: number[] | undefined;
    for (let i = 0; i + 1 < word.length; i++) {
      const candidates = BY_START.get(word.slice(i, i + 2));
      if (candidates === undefined) continue;
      for (const c of candidates) if (word.startsWith(c.hint, i) && !found?.includes(c.at)) (found ??= []).push(c.at);
    }
    // In SINGLE's order, as filtering it gave them.
    hit = found === undefined ? NONE : found.sort((a, b) => a - b).map((at) => SINGLE[at] as string);
    memo.set(word, hit);
  }
  return hit;
}

// The hint words present in the sentence being parsed.
let present = new Set<string>();

/** The hint words in a sentence, given in lower case. */
function hintWordsIn(lower: string): Set<string> {
  const words = new Set<string>();
  let previous = '';
  // The words, found by their character codes: a match object for every word
  // of every sentence was a twentieth of what extraction allocated.
  for (let i = 0; i < lower.length; ) {
    if (!isWordCode(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < lower.length && isWordCode(lower.charCodeAt(i))) i++;
    const word = lower.slice(start, i);
    for (const h of containedHints(word)) words.add(h);
    if (PAIR_FIRST.has(previous)) {
      const pair = `${previous} ${word}`;
      if (PAIRS.has(pair)) words.add(pair);
    }
    previous = word;
  }
  return words;
}

function hinted(rule: TimeRule, text: string): boolean {
  const h = rule.hint;
  if (!h) return true;
  if (h instanceof RegExp) return h.test(text);
  return h.some((word) => present.has(word));
}

function toParser(rule: TimeRule): chrono.Parser {
  return {
    pattern: (context) => (hinted(rule, context.text) ? rule.pattern : NEVER),
    extract: (context, match) => {
      if (match[0] === '\uFFFF\uFFFE') return null;
      const registry = found;
      const hit = rule.extract(match as RegExpExecArray, context.text);
      if (!hit) return null;
      const lead = hit.lead ?? 0;
      const text = match[0].slice(lead, match[0].length - (hit.trail ?? 0));
      const known = knownComponents(hit.spec);
      const index = (match.index ?? 0) + lead;
      registry.push({ index, text, spec: hit.spec });
      return context.createParsingResult(index, text, known);
    },
  };
}

// Stated fields are handed to chrono as known values so its own refiners can merge them
// ('Tuesday, Dec. 27' into one date, 'yesterday at 5 pm' into one).
function knownComponents(spec: DateSpec): { [c in chrono.Component]?: number } {
  if (spec.kind === 'weekday') return { weekday: spec.weekday };
  const year = spec.kind === 'calendar' && spec.year?.kind === 'absolute' ? spec.year.year : NEUTRAL_YEAR;
  // A known year keeps chrono from taking our dates for bare times and merging them into neighbours.
  if (spec.kind !== 'calendar' || spec.unit !== 'day' || !spec.month || !spec.day) return { year };
  return { month: spec.month, day: spec.day, ...(spec.year?.kind === 'absolute' ? { year: spec.year.year } : {}) };
}

// The fixed instant chrono fills unstated fields from; never read, since every field we use is
// either stated or placed by our resolver.
const NEUTRAL_YEAR = 2000;
const NEUTRAL_REFERENCE = new Date(Date.UTC(NEUTRAL_YEAR, 0, 1, 12));

// What each of chrono's own parsers that we keep needs in a sentence to match at all: every
// one of their patterns has a [0-9] or a month name (or both) that it cannot match without. A
// parser not listed here always runs, and its presence turns off the whole-sentence skip.
const BUILTIN_NEEDS: Readonly<Record<string, 'digit' | 'month' | 'digit+month'>> = {
  ENYearMonthDayParser: 'digit',
  ISOFormatParser: 'digit',
  SlashDateFormatParser: 'digit',
  ENSlashMonthFormatParser: 'digit',
  ENMonthNameLittleEndianParser: 'month',
  ENMonthNameMiddleEndianParser: 'month',
  ENYearMonthNameParser: 'digit+month',
};
// Every month name and abbreviation chrono knows starts with one of these (its patterns match
// ASCII letters only, case-insensitively).
const MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DIGIT = /\d/;

// Whether the sentence being parsed has a digit and a month stem.
let hasDigit = false;
let hasMonth = false;

/** One of chrono's own parsers, skipped on a sentence that lacks what its pattern needs. */
function gated(parser: chrono.Parser, need: 'digit' | 'month' | 'digit+month'): chrono.Parser {
  const ok = (): boolean => (need === 'digit' ? hasDigit : need === 'month' ? hasMonth : hasDigit && hasMonth);
  return {
    pattern: (context) => (ok() ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

const RULES_ALL_HINTED = TIME_RULES.every((r) => r.hint !== undefined);

function buildEngine(): { engine: chrono.Chrono; allGated: boolean } {
  const engine = chrono.casual.clone();
  const builtins = engine.parsers.filter((p) => !REPLACED_PARSERS.has(p.constructor.name));
  engine.parsers = [
    ...TIME_RULES.map(toParser),
    ...builtins.map((p) => {
      const need = BUILTIN_NEEDS[p.constructor.name];
      return need ? gated(p, need) : p;
    }),
  ];
  engine.refiners = engine.refiners.filter((r) => !REMOVED_REFINERS.has(r.constructor.name));
  return { engine, allGated: RULES_ALL_HINTED && builtins.every((p) => BUILTIN_NEEDS[p.constructor.name] !== undefined) };
}

const { engine, allGated } = buildEngine();

/**
 * Whether any parser can match the sentence whose hint words are `present`: some rule's hint
 * holds, or chrono's own parsers find what they need. Most sentences of news hold no date, and a
 * chrono parse with nothing to find still runs every pattern and refiner.
 */
function anyParserCanMatch(text: string): boolean {
  if (!allGated || hasDigit || hasMonth || present.size > 0) return true;
  return TIME_RULES.some((r) => r.hint instanceof RegExp && r.hint.test(text));
}

// A chrono result of its own absolute parsers, as a spec: a day or month with or without a year.
function builtinSpec(result: chrono.ParsedResult): DateSpec | undefined {
  const c = result.start;
  if (!c.isCertain('month')) return undefined;
  const month = c.get('month') ?? 0;
  const year = c.isCertain('year') ? { year: { kind: 'absolute', year: c.get('year') ?? 0 } as const } : {};
  // '3/4' and '12/5' without a year are fractions and scores far more often than dates.
  if (!c.isCertain('year') && /^[\d\s/.-]+$/.test(result.text)) return undefined;
  // Without a figure or a month name, chrono computed the date from a relative phrase ('the day
  // before last Tuesday') against its neutral instant, which is no date of the text.
  if (!/\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(result.text)) return undefined;
  if (c.isCertain('day')) return { kind: 'calendar', unit: 'day', month, day: c.get('day') ?? 0, ...year };
  return { kind: 'calendar', unit: 'month', month, ...year };
}

const LEADING_PREPOSITION = /^(?:on|in|at|from|since|by|until|of)\s+(?=\S)/i;

// How precise a spec is, to choose among the findings inside one merged chrono result.
const rank = (spec: DateSpec): number => (spec.kind === 'calendar' && spec.unit === 'day' ? 2 : spec.kind === 'weekday' ? 0 : 1);

/** Every date expression chrono and our rules find in one sentence-sized text. */
export function findMentions(text: string): Mention[] {
  found = [];
  const lower = text.toLowerCase();
  present = hintWordsIn(lower);
  hasDigit = DIGIT.test(text);
  hasMonth = MONTH_STEMS.some((m) => lower.includes(m));
  if (!anyParserCanMatch(text)) return [];
  const results = engine.parse(text, NEUTRAL_REFERENCE);
  const ours = found;
  found = [];
  const out: Mention[] = [];
  for (const r of results) {
    const end = r.index + r.text.length;
    // Of our findings inside a merged result, a stated day beats a weekday, then the longest wins.
    let best: Mention | undefined;
    for (const f of ours) {
      if (f.index < r.index || f.index + f.text.length > end) continue;
      if (!best || rank(f.spec) > rank(best.spec) || (rank(f.spec) === rank(best.spec) && f.text.length > best.text.length)) best = f;
    }
    const builtin = builtinSpec(r);
    // chrono's own parse of a longer stretch ('27 December 2015') can be more precise than ours inside it.
    const spec = best && (!builtin || rank(best.spec) >= rank(builtin)) ? best.spec : builtin;
    if (!spec) continue;
    // 'the day before last Tuesday': chrono joins a discourse offset to the date it counts
    // from. A day counted from a weekday is that weekday shifted; otherwise the date is kept on
    // its own, since the offset has no earlier date in the text to count from.
    const counted = best && spec === best.spec && best.spec.kind === 'offset' && best.spec.from === 'discourse' ? ours.find((f) => f.index >= best.index + best.text.length && f.index + f.text.length <= end) : undefined;
    if (best && counted) {
      const shift = best.spec.kind === 'offset' && best.spec.unit === 'day' ? best.spec.by : 0;
      const whole = { index: best.index, text: text.slice(best.index, counted.index + counted.text.length) };
      out.push(counted.spec.kind === 'weekday' && shift !== 0 ? { ...whole, spec: { ...counted.spec, dayShift: shift } } : counted);
      continue;
    }
    // chrono's own patterns take a leading preposition ('On 27 December'); the span is the date.
    const lead = LEADING_PREPOSITION.exec(r.text)?.[0].length ?? 0;
    out.push({ index: r.index + lead, text: r.text.slice(lead), spec });
  }
  return out;
}
