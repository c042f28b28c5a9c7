import { z } from 'zod';
import type { Claim } from '../../types.js';
import { describeTime } from '../describe.js';
import { entirelyBefore, intervalOf, within, disjoint, type DayInterval } from '../intervals.js';
import { defineRule, type RuleReport } from '../rule.js';
import { sameThing } from '../same-thing.js';
import { whatOf } from '../sides.js';

const messages = {
  notYet: '{{subject}} {{what}}: {{outletA}} says it had not happened as of {{timeA}}, but {{outletB}} dates it {{timeB}}, before that',
  notThen: '{{subject}} {{what}}: {{outletA}} says it did not happen in {{timeA}}, but {{outletB}} dates it {{timeB}}',
  notHolder: '{{subject}} {{what}}: {{outletA}} says {{holder}} did not hold it at {{timeA}}, but {{outletB}} says {{holder}} did at {{timeB}}',
} as const;

interface Placed {
  readonly claim: Claim;
  readonly interval: DayInterval;
  readonly when: string;
  /** For a negation: it has a date of its own in the past ('did not list in 2019'), not 'not yet'. */
  readonly dated?: boolean;
}

/**
 * A negative statement against a positive one, compared in time. 'Has not yet obtained' at T1
 * only contradicts 'obtained' at T2 when all of T2 lies before T1: 'not yet in April 2020' and
 * 'obtained in 2020' are both true if it came after April. A negation in the past with its own
 * date ('did not list in 2019') contradicts an event dated inside that period. For roles, 'is not
 * the chairman' contradicts the same person as chairman at an overlapping time.
 */
export default defineRule({
  id: 'negated-event-timeline',
  meta: {
    description: 'Something said not to have happened (or not to hold) at a time when another claim says it had',
    severity: 'error',
    kinds: ['event', 'role'],
    options: z.object({ graceDays: z.number().int().min(0).default(0) }).strict(),
    messages,
  },
  check(group, context) {
    const place = (claim: Claim): Placed | undefined => {
      const time = claim.time ?? context.published(claim.doc);
      const interval = time ? intervalOf(time) : undefined;
      return time && interval ? { claim, interval, when: describeTime(time) } : undefined;
    };
    // 'Has not yet' speaks as of its article's date: a time that is only 'on or before publication'
    // (or none at all) means that date.
    const asOf = (claim: Claim): Placed | undefined => {
      const own = claim.time && claim.time.mod !== 'ON_OR_BEFORE' && claim.time.mod !== 'BEFORE' ? place(claim) : undefined;
      if (own) return { ...own, dated: claim.tense === 'past' };
      const published = context.published(claim.doc);
      const interval = published ? intervalOf(published) : undefined;
      return published && interval ? { claim, interval, when: describeTime(published) } : undefined;
    };
    const negative = group.claims.filter((c) => c.modality.negated && c.tense !== 'future').flatMap((c) => asOf(c) ?? []);
    const positive = group.claims.filter((c) => !c.modality.negated && c.tense !== 'future').flatMap((c) => place(c) ?? []);
    const reports: RuleReport<keyof typeof messages>[] = [];
    for (const n of negative) {
      const clashing = positive.filter((p) => {
        const a = n.claim.object;
        const b = p.claim.object;
        if (typeof a === 'string' && typeof b === 'string' && !sameThing(a, b, context.entity)) return false;
        if (n.claim.kind === 'role') return typeof a === 'string' && typeof b === 'string' && !disjoint(n.interval, p.interval, context.options.graceDays);
        return n.dated ? within(p.interval, n.interval) : entirelyBefore(p.interval, n.interval, context.options.graceDays);
      });
      const first = clashing[0];
      if (!first) continue;
      const messageId = n.claim.kind === 'role' ? 'notHolder' : n.dated ? 'notThen' : 'notYet';
      const hedged = n.claim.modality.hedged || clashing.every((p) => p.claim.modality.hedged);
      reports.push({
        messageId,
        sides: [[n.claim.id], clashing.map((p) => p.claim.id)],
        data: {
          what: whatOf(n.claim, context),
          outletA: context.outlet(n.claim.doc),
          outletB: context.outlet(first.claim.doc),
          timeA: n.when,
          timeB: first.when,
          holder: typeof n.claim.object === 'string' ? n.claim.object : '',
        },
        grade: hedged ? 'doubt' : 'conflict',
      });
    }
    return reports;
  },
});
