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

const SPEC_TAG = 'corroborate/spec:';

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
]);

// Ranges become two dates (each end is a claimable date); the unlikely-format filters would
// drop a bare '2016', which in news is a year; forward dating is for schedulers.
const REMOVED_REFINERS = new Set(['ENMergeDateRangeRefiner', 'ForwardDateRefiner', 'UnlikelyFormatFilter', 'ENUnlikelyFormatFilter', 'ENEndOfPeriodRefiner']);

// What a rule runs when its hint says the sentence cannot hold it: two noncharacters that no
// text contains, found (or not) in one fast scan.
const NEVER = /\uFFFF\uFFFE/;

function toParser(rule: TimeRule): chrono.Parser {
  return {
    pattern: (context) => (!rule.hint || rule.hint.test(context.text) ? rule.pattern : NEVER),
    extract: (context, match) => {
      if (match[0] === '\uFFFF\uFFFE') return null;
      const found = rule.extract(match as RegExpExecArray, context.text);
      if (!found) return null;
      const lead = found.lead ?? 0;
      const text = match[0].slice(lead, match[0].length - (found.trail ?? 0));
      const known = knownComponents(found.spec);
      const result = context.createParsingResult((match.index ?? 0) + lead, text, known);
      result.start.addTag(SPEC_TAG + JSON.stringify(found.spec));
      return result;
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

function buildEngine(): chrono.Chrono {
  const engine = chrono.casual.clone();
  engine.parsers = [...TIME_RULES.map(toParser), ...engine.parsers.filter((p) => !REPLACED_PARSERS.has(p.constructor.name))];
  engine.refiners = engine.refiners.filter((r) => !REMOVED_REFINERS.has(r.constructor.name));
  return engine;
}

const engine = buildEngine();

// A chrono result of its own absolute parsers, as a spec: a day or month with or without a year.
function builtinSpec(result: chrono.ParsedResult): DateSpec | undefined {
  const c = result.start;
  if (!c.isCertain('month')) return undefined;
  const month = c.get('month') ?? 0;
  const year = c.isCertain('year') ? { year: { kind: 'absolute', year: c.get('year') ?? 0 } as const } : {};
  // '3/4' and '12/5' without a year are fractions and scores far more often than dates.
  if (!c.isCertain('year') && /^[\d\s/.-]+$/.test(result.text)) return undefined;
  if (c.isCertain('day')) return { kind: 'calendar', unit: 'day', month, day: c.get('day') ?? 0, ...year };
  return { kind: 'calendar', unit: 'month', month, ...year };
}

/** Every date expression chrono and our rules find in one sentence-sized text. */
export function findMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const r of engine.parse(text, NEUTRAL_REFERENCE)) {
    const tag = [...r.start.tags()].find((t) => t.startsWith(SPEC_TAG));
    const spec = tag ? (JSON.parse(tag.slice(SPEC_TAG.length)) as DateSpec) : builtinSpec(r);
    if (spec) out.push({ index: r.index, text: r.text, spec });
  }
  return out;
}
