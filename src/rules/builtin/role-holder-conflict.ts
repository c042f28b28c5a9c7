import { z } from 'zod';
import { PREDICATES } from '../../claims/vocabulary.js';
import type { Claim } from '../../types.js';
import { components, pairs } from '../components.js';
import { describeTime } from '../describe.js';
import { disjoint, intervalOf, PRECISION, type DayInterval } from '../intervals.js';
import { defineRule, type ClaimGroup, type RuleContext, type RuleReport } from '../rule.js';
import { sameThing } from '../same-thing.js';
import { joinAnd, singleDocument, whatOf } from '../sides.js';

/** Options of the single-holder check, shared by the built-in rule and declarative ones. */
export const roleHolderOptions = z
  .object({
    /** Predicates left to other rules (declarative rules in configuration claim theirs here). */
    exclude: z.array(z.string()).default([]),
    /** Days of slack between two terms before they count as disjoint. */
    graceDays: z.number().int().min(0).default(0),
    /** Roles to check besides those the vocabulary marks `singleHolder`. */
    predicates: z.array(z.string()).default([]),
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
} as const;

/**
 * A shared title ('co-chairman', 'co-CEO', 'joint chief executive') has two holders by design. The
 * claims stage may fold it into the plain title, so the evidence is checked for it here.
 */
const SHARED_TITLE = /\b(?:co-?|joint )(?:chair|ceo\b|chief|president|head|lead|manag)/iu;

function isSingleHolder(predicate: string): boolean {
  const entry = (PREDICATES as Readonly<Record<string, { readonly singleHolder?: boolean }>>)[predicate];
  return entry?.singleHolder === true;
}

interface Held {
  readonly claim: Claim;
  readonly holder: string;
  /** When the claim puts the holder in the role: the claim's time, else the publication date. */
  readonly interval: DayInterval;
  readonly when: string;
  readonly coarse: boolean;
  readonly past: boolean;
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
      coarse: PRECISION[time.granularity] < PRECISION.month || time.mod !== undefined,
      past: claim.tense === 'past',
    });
  }
  const holders = components(held, (a, b) => sameThing(a.holder, b.holder, context.entity));
  if (holders.length < 2) return [];
  const reports: RuleReport<keyof typeof roleHolderMessages>[] = [];
  for (const [h1, h2] of pairs(holders)) {
    const overlapping: [Held, Held][] = [];
    const successive: [Held, Held][] = [];
    const previously: [Held, Held][] = [];
    for (const x of h1) {
      for (const y of h2) {
        if (!x.past && !y.past) {
          if (!disjoint(x.interval, y.interval, context.options.graceDays)) overlapping.push([x, y]);
          else successive.push(x.interval.start <= y.interval.start ? [x, y] : [y, x]);
        } else if (x.past !== y.past && x.claim.doc === y.claim.doc) {
          previously.push(x.past ? [x, y] : [y, x]);
        }
      }
    }
    const chosen = overlapping.length > 0 ? overlapping : successive.length > 0 ? successive : previously;
    const first = chosen[0];
    if (!first) continue;
    const left = unique(chosen.map(([x]) => x));
    const right = unique(chosen.map(([, y]) => y));
    const [x, y] = first;
    const data = {
      what: whatOf(x.claim, context),
      a: context.name(x.holder),
      b: context.name(y.holder),
      outletA: joinAnd([...new Set(left.map((h) => context.outlet(h.claim.doc)))]),
      outletB: joinAnd([...new Set(right.map((h) => context.outlet(h.claim.doc)))]),
      timeA: x.when,
      timeB: y.when,
    };
    const sides = [left.map((h) => h.claim.id), right.map((h) => h.claim.id)];
    if (chosen === overlapping) {
      const same = singleDocument([...left, ...right].map((h) => h.claim));
      const doubtful = [...left, ...right].some((h) => h.coarse || h.claim.modality.hedged);
      reports.push({ messageId: same ? 'selfOverlap' : 'overlap', sides, data, grade: doubtful ? 'doubt' : 'conflict' });
    } else {
      reports.push({ messageId: chosen === successive ? 'succession' : 'previously', sides, data, grade: 'update' });
    }
  }
  return reports;
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
