import { z } from 'zod';
import type { Claim, TimeValue } from '../../types.js';
import { describeTime } from '../describe.js';
import { disjoint, entirelyBefore, intervalOf, isoOf, lastDayOfMonth, type DayInterval } from '../intervals.js';
import { durationSince, startOf } from '../durations.js';
import { defineRule, type RuleReport } from '../rule.js';
import { labelOf } from '../sides.js';

/** How an event is named as a noun in a message. */
const NOUNS: Readonly<Record<string, string>> = {
  launched: 'launch',
  opened: 'opening',
  renamed: 'rename',
  acquired: 'acquisition',
  listed: 'listing',
  closed: 'closure',
  suspended: 'suspension',
  invested: 'investment',
};

interface Dated {
  readonly claim: Claim;
  readonly interval: DayInterval;
}

/**
 * One article contradicting its own timeline across predicates: something that needs its subject
 * to exist (a launch, an opening, a rename, a listing) dated entirely before the date the same
 * article gives for the subject's founding; and an event whose sentence goes on to count a length
 * of time from it up to the article's date ('so they have been preparing for six months') that does
 * not fit the date it gives. Two dates for one event, or two holders of one role,
 * inside one article are caught by the rule for that key (`event-date-conflict`,
 * `role-holder-conflict`), which name the article in their message; this rule sees what no
 * single key holds, so it reads a whole document at once.
 */
export default defineRule({
  id: 'self-contradiction',
  meta: {
    description: "An article whose own dates contradict each other across events: something done before the subject existed",
    severity: 'warning',
    kinds: ['event'],
    scope: 'document',
    options: z
      .object({
        /** The predicate that starts a subject's existence. */
        origin: z.string().default('founded'),
        /** Events that need their subject to exist already. */
        requiresExistence: z.array(z.string()).default(['launched', 'opened', 'renamed', 'acquired', 'listed', 'closed', 'suspended', 'invested']),
      })
      .strict(),
    messages: {
      beforeOrigin: '{{subject}}: {{outletA}} dates its {{what}} to {{timeA}}, before it was {{origin}} ({{timeB}} in the same article)',
      durationMismatch: "{{subject}} {{what}}: {{outletA}} dates it {{timeA}}, but the same sentence counts '{{phrase}}' from it up to the article's date, which puts it around {{timeB}}",
    },
  },
  check(group, context) {
    const { options } = context;
    const usable = (c: Claim): Dated | undefined => {
      if (c.modality.negated || c.tense === 'future' || !c.time) return undefined;
      const interval = intervalOf(c.time);
      return interval ? { claim: c, interval } : undefined;
    };
    const origins = new Map<string, Dated[]>();
    for (const c of group.claims) {
      if (c.predicate !== options.origin) continue;
      const d = usable(c);
      const list = origins.get(c.subject);
      if (d && list) list.push(d);
      else if (d) origins.set(c.subject, [d]);
    }
    const reports: RuleReport<'beforeOrigin' | 'durationMismatch'>[] = [];
    for (const c of group.claims) {
      if (!options.requiresExistence.includes(c.predicate)) continue;
      const founded = origins.get(c.subject);
      const d = usable(c);
      if (!founded || !d) continue;
      const before = founded.filter((f) => entirelyBefore(d.interval, f.interval));
      // Only when every founding date the article gives comes after the event.
      const first = before[0];
      if (!first || before.length !== founded.length || !first.claim.time || !c.time) continue;
      reports.push({
        messageId: 'beforeOrigin',
        sides: [[c.id], before.map((f) => f.claim.id)],
        data: {
          subject: c.subject,
          what: NOUNS[c.predicate] ?? `'${labelOf(c.predicate)}' event`,
          outletA: context.outlet(c.doc),
          timeA: describeTime(c.time),
          origin: options.origin,
          timeB: describeTime(first.claim.time),
        },
        grade: c.modality.hedged ? 'doubt' : 'conflict',
      });
    }

    // A length of time counted from the event up to the article's date: 'approved in June last
    // year, so they have been preparing for six months' in a December article.
    const published = context.published(group.doc ?? '');
    const reference = published ? intervalOf(published) : undefined;
    for (const c of group.claims) {
      const d = usable(c);
      const span = c.time?.span;
      if (!d || !span || !c.time || !reference) continue;
      const duration = durationSince(restOfSentence(c, span.end, context.document(c.doc)?.text));
      if (!duration) continue;
      const implied = startOf(duration, reference);
      if (!disjoint(d.interval, implied)) continue;
      reports.push({
        messageId: 'durationMismatch',
        sides: [[c.id]],
        data: {
          subject: c.subject,
          what: labelOf(c.predicate),
          outletA: context.outlet(c.doc),
          timeA: describeTime(c.time),
          phrase: duration.text,
          timeB: describeTime({ ...c.time, ...monthOf(implied), mod: undefined }),
        },
        grade: c.modality.hedged ? 'doubt' : 'conflict',
      });
    }
    return reports;
  },
});

const SENTENCE_END = /[.!?](?=\s|$)/u;

/**
 * What follows a claim's date up to the end of its sentence: from the article's text when there is
 * one (the evidence may be only the claim's clause), else from the evidence.
 */
function restOfSentence(claim: Claim, from: number, text: string | undefined): string {
  if (text !== undefined && from <= text.length && text.slice(claim.evidence.start, claim.evidence.end) === claim.evidence.text) {
    const window = text.slice(from, from + 400);
    const end = SENTENCE_END.exec(window);
    return end ? window.slice(0, end.index + 1) : window;
  }
  const after = from - claim.evidence.start;
  return after < 0 || after > claim.evidence.text.length ? '' : claim.evidence.text.slice(after);
}

/** The month in the middle of an interval, as the parts of a time value. */
function monthOf(interval: DayInterval): Pick<TimeValue, 'timex' | 'start' | 'end' | 'granularity'> {
  const mid = isoOf(Math.round((interval.start + interval.end) / 2)).slice(0, 7);
  return { timex: mid, start: `${mid}-01`, end: lastDayOfMonth(mid), granularity: 'month' };
}
