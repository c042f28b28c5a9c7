import { z } from 'zod';
import type { Claim } from '../../types.js';
import { pairs } from '../components.js';
import { describeTime } from '../describe.js';
import { disjoint, intervalOf, PRECISION, type DayInterval } from '../intervals.js';
import { REPORT_WINDOW_DAYS, daysApart, hasFlag, reportOf, statesChange, statesTransition, type Report } from '../reported-state.js';
import { defineRule, type ClaimGroup, type RuleContext, type RuleReport } from '../rule.js';
import { groupBySameThing } from '../same-thing.js';
import { joinAnd, singleDocument, singleSentence, whatOf } from '../sides.js';

/** Options of the single-holder check, shared by the built-in rule and declarative ones. */
export const roleHolderOptions = z
  .object({
    /** Predicates left to other rules (declarative rules in configuration claim theirs here). */
    exclude: z.array(z.string()).default([]),
    /** Days of slack between two terms before they count as disjoint. */
    graceDays: z.number().int().min(0).default(0),
    /** Roles to check besides those the vocabulary marks `singleHolder`. */
    predicates: z.array(z.string()).default([]),
    /**
     * Days within which two articles naming different current holders are compared although their
     * dates do not overlap (a warning, not an error); 0 turns it off. See `REPORT_WINDOW_DAYS`.
     */
    windowDays: z.number().int().min(0).default(REPORT_WINDOW_DAYS),
  })
  .strict();

/** The options, with defaults filled in. */
export type RoleHolderOptions = z.output<typeof roleHolderOptions>;

/** Messages of the check, shared with declarative rules. */
export const roleHolderMessages = {
  overlap: '{{subject}} {{what}}: {{a}} ({{outletA}}, {{timeA}}) vs {{b}} ({{outletB}}, {{timeB}}), two holders of a one-person role at the same time',
  selfOverlap: '{{subject}} {{what}}: {{outletA}} names both {{a}} and {{b}} as the holder at {{timeA}}',
  succession: '{{subject}} {{what}}: {{a}} ({{outletA}}, {{timeA}}) then {{b}} ({{outletB}}, {{timeB}}), a change of holder, not a conflict',
  previously: '{{subject}} {{what}}: {{outletA}} says {{a}} held it before {{b}}, a change of holder, not a conflict',
  reported: '{{subject}} {{what}}: {{a}} ({{outletA}}, {{timeA}}) vs {{b}} ({{outletB}}, {{timeB}}), two holders of a one-person role reported {{days}} days apart with no change of holder stated',
} as const;

/**
 * A shared title ('co-chairman', 'co-CEO', 'joint chief executive') has two holders by design. The
 * claims stage may fold it into the plain title, so the evidence is checked for it here.
 */
const SHARED_TITLE = /\b(?:co-?|joint )(?:chair|ceo\b|chief|president|head|lead|manag)/iu;

function isSingleHolder(predicate: string): boolean {
  return hasFlag(predicate, 'singleHolder');
}

interface Held {
  readonly claim: Claim;
  readonly holder: string;
  /** When the claim puts the holder in the role: the claim's time, else the publication date. */
  readonly interval: DayInterval;
  readonly when: string;
  readonly coarse: boolean;
  readonly past: boolean;
  /** How the claim reports a current holder, for comparison with articles published a little apart. */
  readonly report: Report | undefined;
}

/**
 * The single-holder check over one key group. A claim in the present (or with no tense) puts its
 * holder in the role at its time (the publication date when it has none); two different holders
 * at overlapping times are a conflict, in one article or across two. Holders at disjoint times
 * are a succession: an update. A 'past' claim ('previously', 'former') says only that the holder
 * held it some time before, so it never conflicts; beside a present holder in the same article it
 * is reported as the succession it describes.
 */
export function checkRoleHolders(
  group: ClaimGroup,
  context: RuleContext<RoleHolderOptions>,
  applies: (predicate: string) => boolean,
): RuleReport<keyof typeof roleHolderMessages>[] {
  if (context.options.exclude.includes(group.predicate ?? '')) return [];
  const held: Held[] = [];
  for (const claim of group.claims) {
    if (!applies(claim.predicate) || claim.modality.negated || claim.tense === 'future' || typeof claim.object !== 'string') continue;
    if (SHARED_TITLE.test(claim.evidence.text) || (claim.qualifier !== undefined && SHARED_TITLE.test(`${claim.qualifier}-${claim.predicate}`))) continue;
    const time = claim.time ?? context.published(claim.doc);
    const interval = time ? intervalOf(time) : undefined;
    if (!time || !interval) continue;
    held.push({
      claim,
      holder: claim.object,
      interval,
      when: describeTime(time),
      // A stated start ('became CEO in March 2018') coarser than a day leaves the order within
      // that month unknown; a state at the publication date does not.
      coarse: PRECISION[time.granularity] < PRECISION.month || time.mod !== undefined || (time.span !== undefined && time.granularity !== 'day'),
      past: claim.tense === 'past',
      report: reportOf(claim, context.published(claim.doc)),
    });
  }
  const holders = groupBySameThing(held, (h) => h.holder, context.entity);
  if (holders.length < 2) return [];
  const grace = context.options.graceDays;
  const reports: RuleReport<keyof typeof roleHolderMessages>[] = [];
  for (const [h1, h2] of pairs(holders)) {
    const p1 = h1.filter((h) => !h.past);
    const p2 = h2.filter((h) => !h.past);
    let kind: 'overlap' | 'succession' | 'previously' | 'reported';
    let days = 0;
    let left: Held[];
    let right: Held[];
    let first: [Held, Held] | undefined;
    const o1 = overlapping(p1, p2, grace);
    if (o1.length > 0) {
      kind = 'overlap';
      left = o1;
      right = overlapping(p2, p1, grace);
      const x = o1[0] as Held;
      const y = right.find((r) => !disjoint(x.interval, r.interval, grace));
      first = y ? [x, y] : undefined;
    } else if (p1.length > 0 && p2.length > 0) {
      // Every term of one holder is apart from every term of the other: a change of holder, unless
      // two articles a few weeks apart name each as the current holder and nothing says it changed.
      const stated = previously(h1, h2).length > 0 || previously(h2, h1).length > 0;
      const near = stated ? undefined : (reportedNear(p1, p2, context.options.windowDays) ?? reportedNear(p2, p1, context.options.windowDays));
      if (near) {
        kind = 'reported';
        [left, right, days] = [[near[0]], [near[1]], near[2]];
        first = [near[0], near[1]];
      } else {
        kind = 'succession';
        const [earlier, later] = earliest(p1) <= earliest(p2) ? [p1, p2] : [p2, p1];
        left = earlier;
        right = later;
        first = [byStart(earlier)[0] as Held, byStart(later)[0] as Held];
      }
    } else {
      // A 'previously' holder beside a present one in the same article.
      kind = 'previously';
      const found = [...previously(h1, h2), ...previously(h2, h1)];
      left = unique(found.map(([past]) => past));
      right = unique(found.map(([, present]) => present));
      first = found[0];
    }
    if (!first) continue;
    const [x, y] = first;
    const data = {
      what: whatOf(x.claim, context),
      a: context.name(x.holder),
      b: context.name(y.holder),
      outletA: joinAnd([...new Set(left.map((h) => context.outlet(h.claim.doc)))]),
      outletB: joinAnd([...new Set(right.map((h) => context.outlet(h.claim.doc)))]),
      timeA: kind === 'reported' && x.report?.kind === 'since' ? `from ${x.when}` : x.when,
      timeB: y.when,
      ...(kind === 'reported' ? { days } : {}),
    };
    const sides = [left.map((h) => h.claim.id), right.map((h) => h.claim.id)];
    if (kind === 'overlap') {
      if (singleSentence([...left, ...right].map((h) => h.claim))) continue;
      const same = singleDocument([...left, ...right].map((h) => h.claim));
      const doubtful = [...left, ...right].some((h) => h.coarse || h.claim.modality.hedged);
      reports.push({ messageId: same ? 'selfOverlap' : 'overlap', sides, data, grade: doubtful ? 'doubt' : 'conflict' });
    } else if (kind === 'reported') {
      // Only likely the same time, so a doubt.
      reports.push({ messageId: kind, sides, data, grade: 'doubt' });
    } else {
      reports.push({ messageId: kind, sides, data, grade: 'update' });
    }
  }
  return reports;
}

/**
 * The terms of `xs` that overlap some term of `ys` (at most `grace` days apart), in order of start:
 * one sweep over both sorted lists instead of every pair.
 */
function overlapping(xs: readonly Held[], ys: readonly Held[], grace: number): Held[] {
  const starts = byStart(ys);
  const ends = [...xs].sort((a, b) => a.interval.end - b.interval.end);
  const hit = new Set<Held>();
  let k = 0;
  let maxEnd = -Infinity;
  for (const x of ends) {
    while (k < starts.length && (starts[k] as Held).interval.start <= x.interval.end + grace) {
      maxEnd = Math.max(maxEnd, (starts[k] as Held).interval.end);
      k++;
    }
    if (maxEnd + grace >= x.interval.start) hit.add(x);
  }
  return byStart([...hit]);
}

/**
 * The first pair of an earlier report of one holder (`xs`) and a later report of the other (`ys`),
 * in different articles, that lie within `windowDays` (see `daysApart`), with the days between;
 * a later report that itself speaks of a change ('new chief executive', 'took over') is the change,
 * and an earlier one that says its holder is leaving or interim foretells it.
 * Each report of `xs` looks only at the reports of `ys` that start within its reach.
 */
function reportedNear(xs: readonly Held[], ys: readonly Held[], windowDays: number): [Held, Held, number] | undefined {
  if (windowDays <= 0) return undefined;
  const later = byStart(ys.filter((y) => y.report?.kind === 'current' && !statesChange(y.claim)));
  for (const x of byStart(xs)) {
    const rx = x.report;
    if (!rx || statesTransition(x.claim)) continue;
    const reach = (rx.kind === 'since' ? rx.until.end : rx.at.end) + windowDays;
    for (let k = lowerBound(later, x.interval.start); k < later.length; k++) {
      const y = later[k] as Held;
      if (y.interval.start > reach) break;
      if (y.claim.doc === x.claim.doc || !y.report) continue;
      const days = daysApart(rx, y.report, windowDays);
      if (days !== undefined) return [x, y, days];
    }
  }
  return undefined;
}

/** The index of the first item of a list sorted by start that starts on or after `day`. */
function lowerBound(sorted: readonly Held[], day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Held).interval.start < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Pairs of a 'past' claim of one holder and a present claim of the other in the same article. */
function previously(pastHolder: readonly Held[], presentHolder: readonly Held[]): [Held, Held][] {
  const present = new Map<string, Held[]>();
  for (const h of presentHolder) {
    if (h.past) continue;
    const list = present.get(h.claim.doc);
    if (list) list.push(h);
    else present.set(h.claim.doc, [h]);
  }
  const out: [Held, Held][] = [];
  for (const p of pastHolder) {
    if (!p.past) continue;
    for (const q of present.get(p.claim.doc) ?? []) out.push([p, q]);
  }
  return out;
}

function byStart(items: readonly Held[]): Held[] {
  return [...items].sort((a, b) => a.interval.start - b.interval.start || a.interval.end - b.interval.end || (a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0));
}

function earliest(items: readonly Held[]): number {
  return items.reduce((m, h) => Math.min(m, h.interval.start), Infinity);
}

function unique(items: readonly Held[]): Held[] {
  return [...new Set(items)];
}

/**
 * A one-person role (chairman, CEO, president, legal representative of one organization) held by
 * two different people at overlapping times, by two sources or inside one article. A change of
 * holder between two dates, or a 'previously' holder before a present one, is an update.
 */
export default defineRule({
  id: 'role-holder-conflict',
  meta: {
    description: 'A one-person role held by two different people at overlapping times',
    severity: 'error',
    kinds: ['role'],
    options: roleHolderOptions,
    messages: roleHolderMessages,
  },
  check(group, context) {
    return checkRoleHolders(group, context, (p) => isSingleHolder(p) || context.options.predicates.includes(p));
  },
});
