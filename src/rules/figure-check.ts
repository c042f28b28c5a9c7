import { z } from 'zod';
import type { Claim, Quantity } from '../types.js';
import { intervalComponents, pairs } from './components.js';
import { describeQuantity, describeTime } from './describe.js';
import { convertRange, isQuantity, rangeOf, rangesDisjoint, type Range } from './figures.js';
import { disjoint, intervalOf, PRECISION, type DayInterval } from './intervals.js';
import { REPORT_WINDOW_DAYS, daysApart, predicatesWith, reportOf, statesChange, statesTransition, type Report } from './reported-state.js';
import type { ClaimGroup, Convert, RuleContext, RuleReport } from './rule.js';
import { normalizeName } from './same-thing.js';
import { singleDocument, singleSentence, sideText, whatOf } from './sides.js';

/** Options of a figure comparison, shared by the built-in figure and count rules and declarative ones. */
export const figureOptions = z
  .object({
    /** Predicates left to other rules (declarative rules in configuration claim theirs here). */
    exclude: z.array(z.string()).default([]),
    /** Extra relative slack on each figure, on top of its rounding and qualifiers (0.01 = 1%). */
    tolerance: z.number().min(0).max(1).default(0),
    /** Slack for exchange rates moving within a month, and for the rate table's own error. */
    rateTolerance: z.number().min(0).max(1).default(0.03),
    /**
     * Attributes measured over a period (revenue for a quarter) rather than at a moment (a stake):
     * their figures are only compared when the periods are the same, not merely overlapping.
     */
    periodPredicates: z.array(z.string()).default(predicatesWith('period')),
    /**
     * Attributes of one deal among possibly several (the price paid, the amount raised): unless the
     * qualifier names the deal (the round, the target), compared only when both are dated to the
     * month or finer, so two deals of one year are not confused.
     */
    dealPredicates: z.array(z.string()).default(predicatesWith('deal')),
    /**
     * States with one value at a time that change only through a stated event (a stake, registered
     * capital): two articles giving them as current within `windowDays` of each other are compared.
     */
    statePredicates: z.array(z.string()).default(predicatesWith('functional')),
    /**
     * Days within which two articles' current figures for a state are compared although their dates
     * do not overlap (a warning, not an error); 0 turns it off. See `REPORT_WINDOW_DAYS`.
     */
    windowDays: z.number().int().min(0).default(REPORT_WINDOW_DAYS),
  })
  .strict();

/** The options, with defaults filled in. */
export type FigureOptions = z.output<typeof figureOptions>;

/** Messages of a figure comparison. */
export const figureMessages = {
  mismatch: '{{subject}} {{what}} ({{time}}): {{a}} ({{outletA}}) vs {{b}} ({{outletB}}), figures that do not agree even allowing for rounding',
  selfMismatch: '{{subject}} {{what}} ({{time}}): {{outletA}} gives both {{a}} and {{b}}',
  changed: '{{subject}} {{what}}: {{a}} ({{outletA}}, {{timeA}}) then {{b}} ({{outletB}}, {{timeB}}), a value that changed over time',
  reported: '{{subject}} {{what}}: {{a}} ({{outletA}}, {{timeA}}) vs {{b}} ({{outletB}}, {{timeB}}), both given as current {{days}} days apart with no change stated',
} as const;

/** A message id of a figure comparison. */
export type FigureMessage = keyof typeof figureMessages;

interface Figure {
  readonly claim: Claim;
  readonly quantity: Quantity;
  readonly interval: DayInterval;
  readonly when: string;
  readonly precise: boolean;
  readonly month: string;
  /** How the claim gives the figure as current, for comparison with articles published a little apart. */
  readonly report: Report | undefined;
}

// Rounds of funding a company raises only once: a lettered series and its listing.
const ONE_TIME_ROUND = /^(?:(?:pre-)?series-[a-h]|ipo)$/u;

/** Any time at all: the interval of a named deal whose date is too vague to place. */
const ANY_TIME = { start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY } as const;

/**
 * Compares the figures of one attribute (one key group): two figures for the same time whose
 * intervals share no value, after currency conversion at that month's rate, disagree; figures for
 * different times that differ are an update. `accepts` picks the figures a rule is about.
 */
export function checkFigures(group: ClaimGroup, context: RuleContext<FigureOptions>, accepts: (claim: Claim, quantity: Quantity) => boolean): RuleReport<FigureMessage>[] {
  const { options } = context;
  if (options.exclude.includes(group.predicate ?? '')) return [];
  const period = options.periodPredicates.includes(group.predicate ?? '');
  const flow = period || options.dealPredicates.includes(group.predicate ?? '');
  const state = !flow && options.statePredicates.includes(group.predicate ?? '') && options.windowDays > 0;
  // A deal named by its qualifier (the round, the target) is one deal whenever it is dated, so a
  // date whose year the tagger had to infer still places it.
  const namedDeal = options.dealPredicates.includes(group.predicate ?? '') && group.qualifier !== undefined;
  const figures: Figure[] = [];
  for (const claim of group.claims) {
    const q = claim.object;
    if (!isQuantity(q) || !accepts(claim, q) || claim.modality.negated || claim.tense === 'future') continue;
    // A figure in the past tense without a date held at some unknown time before publication; a
    // flow (revenue, a deal's price) without its period is of no known period at all.
    // A deal named by its qualifier (a Series B round, the purchase of B by A) is one deal even
    // when the text gives no date ('has raised $75 million in a Series B round').
    if (!claim.time && (claim.tense === 'past' || flow) && !namedDeal) continue;
    const time = claim.time ?? context.published(claim.doc);
    // A company's Series B or its IPO happens once: reports of it compare whatever month each gives
    // ('in an initial public offering last month' in June, 'when it listed last June' a year on).
    // So is one bidder's price per share for one company: a bid raised is told as raised.
    const once = namedDeal && (ONE_TIME_ROUND.test(group.qualifier ?? '') || group.predicate === 'share-price');
    const interval = (!claim.time && namedDeal) || once ? ANY_TIME : time ? (intervalOf(time) ?? (namedDeal ? ANY_TIME : undefined)) : undefined;
    if (!time || !interval) continue;
    figures.push({
      claim,
      quantity: q,
      interval,
      when: describeTime(time),
      precise: PRECISION[time.granularity] >= PRECISION.month,
      // A time open towards the past ('by August 2022') is converted at the rate of its known end.
      month: (Number.isFinite(interval.start) ? time.start : time.end).slice(0, 7),
      report: state ? currentReport(reportOf(claim, context.published(claim.doc))) : undefined,
    });
  }
  if (figures.length < 2) return [];
  // A deal named by its qualifier (the round, the target) is one deal; an unnamed one may be any of several.
  const deal = options.dealPredicates.includes(group.predicate ?? '') && group.qualifier === undefined;
  const agree = (a: Figure, b: Figure): boolean | undefined => {
    if (a.quantity.unit === b.quantity.unit && a.quantity.kind === b.quantity.kind) return !rangesDisjoint(rangeOf(a.quantity, options.tolerance), rangeOf(b.quantity, options.tolerance));
    if (a.quantity.kind !== 'money' || b.quantity.kind !== 'money') return undefined;
    const bInA = rangeIn(b.quantity, a.quantity.unit, a.month, context.convert, options);
    if (bInA) return !rangesDisjoint(rangeOf(a.quantity, options.tolerance), bInA);
    const aInB = rangeIn(a.quantity, b.quantity.unit, b.month, context.convert, options);
    return aInB ? !rangesDisjoint(aInB, rangeOf(b.quantity, options.tolerance)) : undefined;
  };
  const comparable = (a: Figure, b: Figure): boolean => agree(a, b) !== undefined && sameNoun(a.quantity, b.quantity);
  const describe = (f: Figure): string => describeQuantity(f.quantity);
  const reports: RuleReport<FigureMessage>[] = [];

  // Disagreements: within figures of one time and one dimension, the sets of values that agree
  // among themselves; sweeps over sorted intervals rather than every pair, so a busy key stays cheap.
  const moments: Figure[][] = period
    ? [...groupBy(figures, (f) => `${f.interval.start}:${f.interval.end}`).values()]
    : intervalComponents(deal ? figures.filter((f) => f.precise) : figures, (f) => f.interval).map((m) => m.items);
  for (const moment of moments) {
    for (const dimension of dimensionsOf(moment)) {
      const ranged = valueRanges(dimension, options, context.convert);
      const sets = intervalComponents(ranged, (r) => ({ start: r.range.low, end: r.range.high }));
      for (const [left, right] of pairs(sets)) {
        const a = sameTimeAs(left.items, right.items).map((r) => r.figure);
        const b = sameTimeAs(right.items, left.items).map((r) => r.figure);
        const head = a[0];
        if (!head || b.length === 0 || singleSentence([...a, ...b].map((f) => f.claim))) continue;
        const ta = sideText(a.map((f) => f.claim), (c) => describe(figureOf(a, c)), context);
        const tb = sideText(b.map((f) => f.claim), (c) => describe(figureOf(b, c)), context);
        const doc = singleDocument([...a, ...b].map((f) => f.claim));
        const hedged = a.every((f) => f.claim.modality.hedged) || b.every((f) => f.claim.modality.hedged);
        reports.push({
          messageId: doc ? 'selfMismatch' : 'mismatch',
          sides: [a.map((f) => f.claim.id), b.map((f) => f.claim.id)],
          data: { what: whatOf(head.claim, context), time: head.when, a: ta.value, b: tb.value, outletA: ta.outlets, outletB: tb.outlets },
          grade: hedged ? 'doubt' : 'conflict',
        });
      }
    }
  }

  // Updates: consecutive figures at disjoint times whose values differ. For a state two articles
  // give as current a few weeks apart, with no change stated, the difference is a doubt instead.
  const ordered = [...figures].sort((a, b) => a.interval.start - b.interval.start || a.interval.end - b.interval.end);
  for (let i = 1; i < ordered.length; i++) {
    const x = ordered[i - 1];
    const y = ordered[i];
    if (!x || !y || !disjoint(x.interval, y.interval) || !comparable(x, y) || agree(x, y) !== false) continue;
    const days = x.report && y.report && x.claim.doc !== y.claim.doc && !statesChange(x.claim) && !statesTransition(x.claim) && !statesChange(y.claim) ? daysApart(x.report, y.report, options.windowDays) : undefined;
    if (days !== undefined) {
      reports.push({
        messageId: 'reported',
        sides: [[x.claim.id], [y.claim.id]],
        data: { what: whatOf(x.claim, context), a: describe(x), b: describe(y), outletA: context.outlet(x.claim.doc), outletB: context.outlet(y.claim.doc), timeA: x.when, timeB: y.when, days },
        grade: 'doubt',
      });
      continue;
    }
    reports.push({
      messageId: 'changed',
      sides: [[x.claim.id], [y.claim.id]],
      data: { what: whatOf(x.claim, context), a: describe(x), b: describe(y), outletA: context.outlet(x.claim.doc), outletB: context.outlet(y.claim.doc), timeA: x.when, timeB: y.when },
      grade: 'update',
    });
  }
  return reports;
}

/**
 * A money figure's range in another currency: converted at the month's rate, or, when the rate is
 * unknown, the equivalent the article states beside it in that currency ('Rs 120 crore (about $15
 * million)'), since the writer's own conversion is better than none.
 */
function rangeIn(q: Quantity, unit: string, month: string, convert: Convert, options: FigureOptions): Range | undefined {
  const converted = convertRange(rangeOf(q, options.tolerance), q.unit, unit, month, convert, options.rateTolerance);
  if (converted) return converted;
  return q.equivalent?.unit === unit ? rangeOf(q.equivalent, options.tolerance) : undefined;
}

interface Ranged {
  readonly figure: Figure;
  readonly range: Range;
}

/**
 * Figures that can be compared with each other: money in any convertible currency, or one unit
 * otherwise; counts of different nouns are different sets (a count without a noun joins the only
 * noun there is), and so are prices of different shares of a company ('for 30%', 'for 21%').
 */
function dimensionsOf(figures: readonly Figure[]): Figure[][] {
  const groups = groupBy(figures, (f) => (f.quantity.kind === 'money' || f.quantity.kind === 'count' ? `${f.quantity.kind}:${f.quantity.noun ? normalizeName(f.quantity.noun) : ''}` : `${f.quantity.kind}:${f.quantity.unit}`));
  for (const kind of ['count', 'money']) {
    const nounless = groups.get(`${kind}:`);
    const nouns = [...groups.keys()].filter((k) => k.startsWith(`${kind}:`) && k !== `${kind}:`);
    if (!nounless || nouns.length === 0) continue;
    // A count without its noun joins the only noun there is; a price without the share it bought
    // may be of any tranche, so it is compared with each.
    if (kind === 'count' && nouns.length > 1) continue;
    for (const k of nouns) groups.set(k, [...(groups.get(k) ?? []), ...nounless]);
    groups.delete(`${kind}:`);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/**
 * Each figure's range in one unit: money in the currency, among those the figures are given or
 * stated in, that the most of them can be converted to (the first such), each at its own month and
 * widened for the rate; a figure that cannot be converted drops out.
 */
function valueRanges(figures: readonly Figure[], options: FigureOptions, convert: Convert): Ranged[] {
  const units = [...new Set(figures.flatMap((f) => (f.quantity.kind === 'money' && f.quantity.equivalent ? [f.quantity.unit, f.quantity.equivalent.unit] : [f.quantity.unit])))];
  let best: Ranged[] = [];
  for (const unit of units) {
    const ranged = rangesIn(figures, unit, options, convert);
    if (ranged.length > best.length) best = ranged;
    if (best.length === figures.length) break;
  }
  return best;
}

function rangesIn(figures: readonly Figure[], reference: string, options: FigureOptions, convert: Convert): Ranged[] {
  const out: Ranged[] = [];
  for (const figure of figures) {
    const range = figure.quantity.kind === 'money' ? rangeIn(figure.quantity, reference, figure.month, convert, options) : rangeOf(figure.quantity, options.tolerance);
    if (range) out.push({ figure, range });
  }
  return out;
}

/** The items of one side dated within the span of the other side: a side is what was said of the same time. */
function sameTimeAs(side: readonly Ranged[], other: readonly Ranged[]): Ranged[] {
  let start = Infinity;
  let end = -Infinity;
  for (const r of other) {
    start = Math.min(start, r.figure.interval.start);
    end = Math.max(end, r.figure.interval.end);
  }
  return side.filter((r) => r.figure.interval.end >= start && r.figure.interval.start <= end);
}

/** Only a report of the state at publication: a figure with a date of its own is of that date. */
function currentReport(report: Report | undefined): Report | undefined {
  return report?.kind === 'current' ? report : undefined;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function figureOf(list: readonly Figure[], claim: Claim): Figure {
  return list.find((f) => f.claim === claim) ?? (list[0] as Figure);
}

/** Counts of different nouns ('branches', 'employees') under one key are not the same set. */
function sameNoun(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind || (a.kind !== 'count' && a.kind !== 'money') || !a.noun || !b.noun) return true;
  return normalizeName(a.noun) === normalizeName(b.noun);
}
