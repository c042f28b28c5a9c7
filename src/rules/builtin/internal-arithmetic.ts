import { z } from 'zod';
import type { Claim, Quantity, TimeValue } from '../../types.js';
import { describeNumber, describeQuantity, describeTime } from '../describe.js';
import { isQuantity, rangeOf, rangesDisjoint, type Range } from '../figures.js';
import { disjoint, intervalOf, type DayInterval } from '../intervals.js';
import { defineRule, type RuleReport } from '../rule.js';
import { normalizeName } from '../same-thing.js';
import { labelOf } from '../sides.js';

const messages = {
  change:
    "{{subject}} {{what}}: {{outletA}} gives a change of {{stated}} from {{from}} ({{timeFrom}}) to {{to}} ({{timeTo}}), but those figures make it {{computed}}",
  overWhole: '{{subject}} {{what}}: {{outletA}} gives {{value}}, more than the whole',
  sumOverWhole: '{{subject}} {{what}}: {{outletA}} gives shares of {{parts}} that add up to {{sum}}%, more than the whole',
  partOverWhole: '{{subject}} {{what}} ({{time}}): {{outletA}} gives {{part}} for {{partName}}, more than the {{whole}} it gives for the whole',
  countOverWhole: '{{subject}} ({{time}}): {{outletA}} gives {{part}}, more than the {{whole}} it gives in all',
} as const;

type MessageId = keyof typeof messages;

interface Dated {
  readonly claim: Claim;
  readonly quantity: Quantity;
  readonly interval: DayInterval;
}

/** Whether a claim states a change of a figure rather than the figure: qualifier 'change' or predicate '<attribute>-change'. */
function isChange(claim: Claim): boolean {
  return claim.qualifier === 'change' || claim.predicate.endsWith('-change');
}

/** The attribute a change is of. */
function baseOf(claim: Claim): string {
  return claim.predicate.endsWith('-change') ? claim.predicate.slice(0, -'-change'.length) : claim.predicate;
}

/** What a figure counts: the counted noun, else the qualifier. */
function nounOf(f: Dated): string {
  return normalizeName(f.quantity.noun ?? f.claim.qualifier ?? '');
}

/**
 * Whether a figure is a part and of what: a count whose noun narrows another's ('overseas users'
 * of 'users'), or an additive attribute with a qualifier (a segment's revenue).
 */
function partNameOf(f: Dated, additive: readonly string[]): string | undefined {
  if (f.quantity.kind === 'count') return nounOf(f).includes(' ') ? (f.quantity.noun ?? f.claim.qualifier) : undefined;
  return additive.includes(f.claim.predicate) && f.claim.qualifier !== undefined ? f.claim.qualifier : undefined;
}

function isWholeOf(whole: Dated, part: Dated, additive: readonly string[]): boolean {
  if (part.quantity.kind === 'count') {
    const w = nounOf(whole);
    const p = nounOf(part);
    return w !== '' && w !== p && p.endsWith(` ${w}`);
  }
  return additive.includes(whole.claim.predicate) && whole.claim.qualifier === undefined;
}

/** Counts at a moment overlap; additive amounts must cover the same period. */
function sameSpan(a: DayInterval, b: DayInterval, predicate: string, additive: readonly string[]): boolean {
  return additive.includes(predicate) ? a.start === b.start && a.end === b.end : !disjoint(a, b);
}

/** The absolute values of a range: [-1.2, 0.4] becomes [0, 1.2]. */
function magnitude(r: Range): Range {
  if (r.low <= 0 && r.high >= 0) return { low: 0, high: Math.max(-r.low, r.high) };
  const a = Math.abs(r.low);
  const b = Math.abs(r.high);
  return { low: Math.min(a, b), high: Math.max(a, b) };
}

/**
 * Arithmetic inside one article. A percentage change is checked against the two figures it links
 * (same subject and attribute, same sentence, two dates), with the precision their digits imply:
 * a 0.9% fall from 7 billion to 6.97 billion is within rounding, since '7 billion' may be anything
 * that rounds to it. Which way the change goes is not checked, only its size, because extraction
 * may give it unsigned. A share of a whole above 100%, and shares of one whole held by different
 * holders at the same time adding up past 100%, are impossible.
 */
export default defineRule({
  id: 'internal-arithmetic',
  meta: {
    description: "Figures inside one article that do not add up: a percentage change against its own figures, a part larger than its whole",
    severity: 'error',
    kinds: ['attribute'],
    scope: 'document',
    options: z
      .object({
        /** Attributes that are shares of a whole, given in percent. */
        sharePredicates: z.array(z.string()).default(['stake']),
        /** Percentage points allowed over 100 for shares, for rounding of each part. */
        shareSlack: z.number().min(0).default(0.5),
        /**
         * Attributes that add up over parts: a figure with a qualifier (a segment, a product) is a
         * part of the same attribute without one, for the same subject and period.
         */
        additivePredicates: z.array(z.string()).default(['revenue', 'loans-issued']),
      })
      .strict(),
    messages,
  },
  check(group, context) {
    const doc = group.doc ?? '';
    const { options } = context;
    const reports: RuleReport<MessageId>[] = [];
    const figures: Dated[] = [];
    for (const claim of group.claims) {
      const q = claim.object;
      if (!isQuantity(q) || claim.modality.negated) continue;
      const time = claim.time ?? context.published(claim.doc);
      const interval = time ? intervalOf(time) : undefined;
      if (interval) figures.push({ claim, quantity: q, interval });
    }

    // A percentage change against the two figures of its sentence.
    for (const change of figures.filter((f) => isChange(f.claim) && (f.quantity.unit === '%' || f.quantity.unit === 'pp'))) {
      const base = figures.filter(
        (f) =>
          f !== change &&
          !isChange(f.claim) &&
          f.claim.subject === change.claim.subject &&
          f.claim.predicate === baseOf(change.claim) &&
          f.claim.evidence.sentence === change.claim.evidence.sentence,
      );
      if (base.length !== 2) continue;
      const [first, second] = [...base].sort((a, b) => a.interval.start - b.interval.start);
      if (!first || !second || !disjoint(first.interval, second.interval) || first.quantity.unit !== second.quantity.unit) continue;
      const from = rangeOf(first.quantity);
      const to = rangeOf(second.quantity);
      let computed: Range;
      if (change.quantity.unit === 'pp') {
        if (first.quantity.unit !== '%') continue;
        computed = { low: to.low - from.high, high: to.high - from.low };
      } else {
        if (from.low <= 0 || from.high <= 0) continue;
        computed = { low: ((to.low - from.high) / from.high) * 100, high: ((to.high - from.low) / from.low) * 100 };
      }
      if (!rangesDisjoint(magnitude(computed), magnitude(rangeOf(change.quantity)))) continue;
      const point = change.quantity.unit === 'pp' ? second.quantity.value - first.quantity.value : ((second.quantity.value - first.quantity.value) / first.quantity.value) * 100;
      reports.push({
        messageId: 'change',
        sides: [[change.claim.id], [first.claim.id, second.claim.id]],
        data: {
          subject: change.claim.subject,
          what: labelOf(baseOf(change.claim)),
          outletA: context.outlet(doc),
          stated: describeQuantity(change.quantity),
          from: describeQuantity(first.quantity),
          to: describeQuantity(second.quantity),
          timeFrom: first.claim.time ? describeTime(first.claim.time) : 'then',
          timeTo: second.claim.time ? describeTime(second.claim.time) : 'later',
          computed: `${describeNumber(Number(point.toFixed(2)))}${change.quantity.unit === 'pp' ? ' points' : '%'}`,
        },
      });
    }

    // A part larger than its whole: a count of 'overseas users' above the count of 'users', or a
    // segment's revenue above the company's, for the same subject and time.
    const parts = figures.filter((f) => !isChange(f.claim) && f.quantity.unit !== '%' && f.quantity.unit !== 'pp');
    const wholesOf = new Map<string, Dated[]>();
    for (const f of parts) {
      // Counts meet across predicates ('users' and 'count' of 'registered users'); amounts by attribute.
      const key = `${f.claim.subject}\u0000${f.quantity.kind === 'count' ? 'count' : f.claim.predicate}\u0000${f.quantity.unit}`;
      const list = wholesOf.get(key);
      if (list) list.push(f);
      else wholesOf.set(key, [f]);
    }
    for (const list of wholesOf.values()) {
      for (const part of list) {
        const partName = partNameOf(part, options.additivePredicates);
        if (!partName) continue;
        const whole = list.find((w) => w !== part && isWholeOf(w, part, options.additivePredicates) && sameSpan(w.interval, part.interval, part.claim.predicate, options.additivePredicates));
        if (!whole || rangeOf(part.quantity).low <= rangeOf(whole.quantity).high) continue;
        reports.push({
          messageId: part.quantity.kind === 'count' ? 'countOverWhole' : 'partOverWhole',
          sides: [[part.claim.id], [whole.claim.id]],
          data: {
            subject: part.claim.subject,
            what: labelOf(part.claim.predicate),
            time: part.claim.time ? describeTime(part.claim.time) : (context.published(doc) ? describeTime(context.published(doc) as TimeValue) : 'the same time'),
            outletA: context.outlet(doc),
            part: describeQuantity(part.quantity),
            partName,
            whole: describeQuantity(whole.quantity),
          },
        });
      }
    }

    // Shares of one whole: each at most 100%, and holders at one time adding up to at most 100%.
    const shares = figures.filter((f) => options.sharePredicates.includes(f.claim.predicate) && f.quantity.unit === '%' && !isChange(f.claim));
    for (const s of shares) {
      if (rangeOf(s.quantity).low > 100 + options.shareSlack) {
        reports.push({ messageId: 'overWhole', sides: [[s.claim.id]], data: { subject: s.claim.subject, what: labelOf(s.claim.predicate), outletA: context.outlet(doc), value: describeQuantity(s.quantity) } });
      }
    }
    const wholes = new Map<string, Dated[]>();
    for (const s of shares) {
      const key = `${s.claim.subject}\u0000${s.claim.predicate}`;
      const list = wholes.get(key);
      if (list) list.push(s);
      else wholes.set(key, [s]);
    }
    for (const list of wholes.values()) {
      // One figure per holder (the smallest it may be), among figures of overlapping times.
      const anchor = list[0];
      if (!anchor) continue;
      const together = list.filter((s) => !disjoint(s.interval, anchor.interval));
      const byHolder = new Map<string, Dated>();
      for (const s of together) {
        const holder = s.claim.qualifier ?? '';
        const prev = byHolder.get(holder);
        if (!prev || rangeOf(s.quantity).low < rangeOf(prev.quantity).low) byHolder.set(holder, s);
      }
      if (byHolder.size < 2 || byHolder.has('')) continue;
      const parts = [...byHolder.values()];
      // Decide on the smallest each part may be after rounding; show the sum of the figures as written.
      const least = parts.reduce((total, s) => total + Math.max(0, rangeOf(s.quantity).low), 0);
      if (least <= 100 + options.shareSlack) continue;
      const sum = parts.reduce((total, s) => total + s.quantity.value, 0);
      reports.push({
        messageId: 'sumOverWhole',
        sides: [parts.map((s) => s.claim.id)],
        data: {
          subject: anchor.claim.subject,
          what: labelOf(anchor.claim.predicate),
          outletA: context.outlet(doc),
          parts: parts.map((s) => `${describeQuantity(s.quantity)} (${context.name(s.claim.qualifier ?? '')})`).join(', '),
          sum: Number(sum.toFixed(2)),
        },
      });
    }
    return reports;
  },
});
