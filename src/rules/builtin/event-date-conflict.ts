import { z } from 'zod';
import { PREDICATES } from '../../claims/vocabulary.js';
import type { Claim, TimeValue } from '../../types.js';
import { intervalComponents, pairs } from '../components.js';
import { describeTime } from '../describe.js';
import { dayOf, disjoint, intervalOf, type DayInterval } from '../intervals.js';
import { defineRule, type ClaimGroup, type RuleContext, type RuleReport } from '../rule.js';
import { groupBySameThing } from '../same-thing.js';
import { sideText, singleDocument, singleSentence, whatOf } from '../sides.js';

/** Options of the one-time event check, shared by the built-in rule and declarative ones. */
export const eventDateOptions = z
  .object({
    /** Predicates left to other rules (declarative rules in configuration claim theirs here). */
    exclude: z.array(z.string()).default([]),
    /** Days of slack between two dates before they count as disjoint. */
    graceDays: z.number().int().min(0).default(0),
    /**
     * Predicates whose object tells one event from another of the same kind: a company is renamed
     * once per new name, acquires once per target, launches once per product. Their claims are
     * only compared when the objects match, and a claim without an object is left alone.
     */
    distinctByObject: z.array(z.string()).default(['renamed', 'acquired', 'launched', 'listed', 'merged']),
    /**
     * Of those, the predicates whose claims without an object still name one event: a launch
     * without an object is the subject's own launch, a listing without one the subject's listing.
     * Claims without an object are compared with each other, never with claims that have one.
     */
    sameWithoutObject: z.array(z.string()).default(['launched', 'listed']),
    /** Predicates to check besides those the vocabulary marks `oneTime`. */
    predicates: z.array(z.string()).default([]),
  })
  .strict();

/** The options, with defaults filled in. */
export type EventDateOptions = z.output<typeof eventDateOptions>;

/** Messages of the check, shared with declarative rules. */
export const eventDateMessages = {
  disjoint: '{{subject}} {{what}}: {{a}} ({{outletA}}) vs {{b}} ({{outletB}}), dates that cannot both be right',
  selfDisjoint: '{{subject}} {{what}}: {{outletA}} gives both {{a}} and {{b}} for the same one-time event',
  unverifiable: '{{subject}} {{what}}: {{outletA}} gives {{a}} without stating the year, {{outletB}} gives {{b}}; this cannot be checked',
} as const;

/** Whether the vocabulary marks a predicate as happening once. */
function isOneTime(predicate: string): boolean {
  const entry = (PREDICATES as Readonly<Record<string, { readonly oneTime?: boolean }>>)[predicate];
  return entry?.oneTime === true;
}

interface Dated {
  readonly claim: Claim;
  readonly interval: DayInterval;
}

/**
 * The one-time event check over one key group: the claims it may compare (asserted, not
 * negated, not planned, with a comparable date), split by object where the object tells events
 * apart, then into sets of dates that agree; any two sets are a disagreement.
 */
export function checkEventDates(
  group: ClaimGroup,
  context: RuleContext<EventDateOptions>,
  applies: (predicate: string) => boolean,
): RuleReport<keyof typeof eventDateMessages>[] {
  const { options } = context;
  if (options.exclude.includes(group.predicate ?? '')) return [];
  const dated: Dated[] = [];
  const guessed: Dated[] = [];
  for (const claim of group.claims) {
    if (!applies(claim.predicate) || claim.modality.negated || claim.tense === 'future' || !claim.time) continue;
    const interval = intervalOf(claim.time);
    if (interval) dated.push({ claim, interval });
    else {
      const raw = guessedInterval(claim.time);
      if (raw) guessed.push({ claim, interval: raw });
    }
  }
  const predicate = group.predicate ?? '';
  const notes = options.distinctByObject.includes(predicate) ? [] : unverifiable(guessed, dated, context);
  if (dated.length < 2) return notes;
  const byObject = options.distinctByObject.includes(predicate)
    ? [
        ...groupBySameThing(
          dated.filter((d) => typeof d.claim.object === 'string'),
          (d) => d.claim.object as string,
          context.entity,
        ),
        ...(options.sameWithoutObject.includes(predicate) ? [dated.filter((d) => d.claim.object === undefined)] : []),
      ]
    : [dated];
  const reports: RuleReport<keyof typeof eventDateMessages>[] = [];
  for (const same of byObject) {
    // Chronological sets of dates that agree with each other; any two sets disagree.
    const agreeing = intervalComponents(same, (d) => d.interval, options.graceDays);
    for (const [left, right] of pairs(agreeing)) {
      const a = left.items.map((d) => d.claim);
      const b = right.items.map((d) => d.claim);
      const head = a[0];
      if (!head || singleSentence([...a, ...b])) continue;
      const ta = sideText(a, (c) => (c.time ? describeTime(c.time) : ''), context);
      const tb = sideText(b, (c) => (c.time ? describeTime(c.time) : ''), context);
      const doc = singleDocument([...a, ...b]);
      const hedged = a.every((c) => c.modality.hedged) || b.every((c) => c.modality.hedged);
      reports.push({
        messageId: doc ? 'selfDisjoint' : 'disjoint',
        sides: [a.map((c) => c.id), b.map((c) => c.id)],
        data: { what: whatOf(head, context), a: ta.value, b: tb.value, outletA: ta.outlets, outletB: tb.outlets, gapDays: right.start - left.end },
        grade: hedged ? 'doubt' : 'conflict',
      });
    }
  }
  return [...reports, ...notes];
}

/**
 * The days a date whose year the tagger filled in would mean if the guess were right; none for an
 * undated past event ('on or before publication'), which says nothing of its own.
 */
function guessedInterval(time: TimeValue): DayInterval | undefined {
  if (!time.implied.includes('year') || time.mod === 'ON_OR_BEFORE' || time.mod === 'BEFORE' || time.start.startsWith('0001')) return undefined;
  const start = dayOf(time.start);
  const end = dayOf(time.end);
  return start !== undefined && end !== undefined && end >= start ? { start, end } : undefined;
}

/**
 * A date without its year that, with the year the tagger guessed, agrees with no stated date:
 * reported as what cannot be checked (info), never as a conflict.
 */
function unverifiable(guessed: readonly Dated[], dated: readonly Dated[], context: RuleContext<EventDateOptions>): RuleReport<keyof typeof eventDateMessages>[] {
  const out: RuleReport<keyof typeof eventDateMessages>[] = [];
  for (const g of guessed) {
    const others = dated.filter((d) => d.claim.doc !== g.claim.doc);
    if (others.length === 0 || others.some((d) => !disjoint(d.interval, g.interval, context.options.graceDays))) continue;
    const tb = sideText(others.map((d) => d.claim), (c) => (c.time ? describeTime(c.time) : ''), context);
    out.push({
      messageId: 'unverifiable',
      sides: [[g.claim.id], others.map((d) => d.claim.id)],
      data: { what: whatOf(g.claim, context), a: g.claim.time ? describeTime(g.claim.time) : '', b: tb.value, outletA: context.outlet(g.claim.doc), outletB: tb.outlets },
      grade: 'note',
    });
  }
  return out;
}

/**
 * A one-time event (founded, renamed, licensed, opened, ...) dated in intervals that share no day:
 * 'founded in 2015' against 'founded in 2016'. Dates compare as intervals, so 2016 agrees with
 * December 2016; implied parts and modifiers widen them first (see `intervalOf`). Different
 * milestones have different predicates and never meet: an approval is not an opening.
 */
export default defineRule({
  id: 'event-date-conflict',
  meta: {
    description: 'A one-time event dated in disjoint intervals by two sources, or twice by one',
    severity: 'error',
    kinds: ['event'],
    options: eventDateOptions,
    messages: eventDateMessages,
  },
  check(group, context) {
    return checkEventDates(group, context, (p) => isOneTime(p) || context.options.predicates.includes(p));
  },
});
