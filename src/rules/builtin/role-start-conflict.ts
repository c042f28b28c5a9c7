import { z } from 'zod';
import type { Claim, TimeValue } from '../../types.js';
import { intervalComponents, pairs } from '../components.js';
import { describeTime } from '../describe.js';
import { gapDays, intervalOf, lastDayOfMonth, type DayInterval } from '../intervals.js';
import { hasFlag } from '../reported-state.js';
import { defineRule, type ClaimGroup, type RuleContext, type RuleReport } from '../rule.js';
import { groupBySameThing } from '../same-thing.js';
import { labelOf, sideText, whatOf } from '../sides.js';

/** Options of the check. */
export const roleStartOptions = z
  .object({
    /** Posts left to other rules. */
    exclude: z.array(z.string()).default([]),
    /** Days of slack between two start dates before they count as different. */
    graceDays: z.number().int().min(0).default(0),
    /**
     * Days within which two different starts may be an appointment and the day it took effect
     * ('named chief executive in November, took over in January'): reported one step quieter.
     */
    noticeDays: z.number().int().min(0).default(183),
    /** Posts to check besides those the vocabulary marks `singleHolder`. */
    predicates: z.array(z.string()).default([]),
  })
  .strict();

/** The options, with defaults filled in. */
export type RoleStartOptions = z.output<typeof roleStartOptions>;

const messages = {
  disjoint: '{{subject}} {{what}}: {{person}} in the post from {{a}} ({{outletA}}) vs from {{b}} ({{outletB}}), start dates that cannot both be right',
  newTerm: '{{subject}} {{what}}: {{person}} in the post from {{a}} ({{outletA}}, as of {{until}}) and from {{b}} ({{outletB}}), a start after that report, so possibly a new term, not a conflict',
} as const;

/**
 * Words by which a sentence tells of a term that is not the holder's first or only one: a
 * re-appointment, a return, a first of several. Such a start may well differ from another.
 */
const ANOTHER_TERM = /\b(?:re-?(?:appoint|elect|nam|join|assum|instat|turn)\w*|again|back (?:as|to|at)|second (?:term|stint|spell|time)|another (?:term|stint|spell)|new term|first (?:became|joined|took|was|served|named|appointed|led|ran|held))\b/iu;

/**
 * Words by which a post is temporary, shared or became permanent: an interim start and the
 * permanent one are two true dates, and so are a shared title and the sole one.
 */
const NOT_THE_SAME_POST = /\b(?:interim|acting|temporary|caretaker|permanent(?:ly)?|sole|joint|co-?(?:chief|ceo|chair|president|head|lead|manag|cfo))/iu;

/**
 * Two titles joined ('chairman and chief executive since 2015'): the date may be when the
 * combination began, not when each title did, so such a start is compared only with others like it.
 */
const JOINED_TITLES = /\b(?:chair\w*|president|ceo|cfo|chief (?:executive|financial)(?: officer)?|managing director|general manager)\s+(?:and|&)\s+(?:the\s+)?(?:chair|president|ceo\b|cfo\b|chief (?:executive|financial)|managing director|general manager)/iu;

/**
 * Words of an appointment ('was named chief executive in November'), which may come months before
 * the post is taken up ('has been chief executive since January').
 */
const APPOINTED = /\b(?:named|appointed|elected|nominated|picked|tapped|chosen|selected|designated|hired)\b/iu;

/** How a text names each built-in post; a claim whose evidence does not name it inferred the post. */
const TITLE_WORDS: Readonly<Record<string, RegExp>> = {
  ceo: /\b(?:ceo|chief executive)\b/iu,
  cfo: /\b(?:cfo|chief financial)\b/iu,
  chairman: /\bchair/iu,
  president: /\bpresident\b/iu,
  'legal-representative': /\blegal representative\b/iu,
};

interface Start {
  readonly claim: Claim;
  readonly holder: string;
  /** The days the stated start can mean, at its own granularity. */
  readonly interval: DayInterval;
  /** The start as a reader says it. */
  readonly when: string;
  /** The last day the article tells the post was held: its publication date, else the start itself. */
  readonly heldUntil: DayInterval;
  /** The evidence names the post ('has led the company since 2011' only implies it). */
  readonly named: boolean;
  /** An appointment's date, which may precede the day it took effect. */
  readonly appointment: boolean;
  /** The title is one of two joined in the text ('president and chief executive'). */
  readonly joined: boolean;
}

/**
 * The stated start of a post a claim reports as held: a held-since time ('since 2011': mod
 * ON_OR_AFTER, its `end` the publication date) at the granularity it was stated in, or the date of a
 * start the text states ('became CEO in 2012', a time with a span, before publication). A post at
 * the publication date, with no start, gives none, and so do times the text bounds ('by 2012').
 */
function statedStart(claim: Claim, published: TimeValue | undefined): TimeValue | undefined {
  const time = claim.time;
  if (!time) return undefined;
  if (time.mod === 'ON_OR_AFTER') {
    const end = naturalEnd(time);
    if (end === undefined) return undefined;
    const { mod: _mod, ...rest } = time;
    return { ...rest, end };
  }
  if (time.mod === 'BEFORE' || time.mod === 'AFTER' || time.mod === 'ON_OR_BEFORE') return undefined;
  if (published && time.start === published.start && time.end === published.end) return undefined;
  if (published && time.start > published.end) return undefined;
  // Without a span the time may be the article's (inferred) date rather than one the text states.
  return time.span !== undefined || published !== undefined ? time : undefined;
}

/** The last day of the period a time's start names at its granularity. */
function naturalEnd(time: TimeValue): string | undefined {
  const [y, m] = time.start.split('-').map(Number);
  if (y === undefined || m === undefined) return undefined;
  const months: Partial<Record<TimeValue['granularity'], number>> = { month: 1, quarter: 3, season: 3, half: 6, year: 12 };
  if (time.granularity === 'day') return time.start;
  const span = months[time.granularity];
  if (span === undefined) return undefined;
  const last = new Date(Date.UTC(y, m - 1 + span, 0));
  return lastDayOfMonth(last.toISOString().slice(0, 7));
}

/**
 * A past claim of a post held since a stated start ('had been chief executive since 2011'): the
 * term ran from that start to about the time the article tells of (its end is what the article
 * reports), so its start is compared like a current holder's.
 */
function endedTerm(claim: Claim): boolean {
  return claim.tense === 'past' && claim.time?.mod === 'ON_OR_AFTER';
}

function startOf(claim: Claim, context: RuleContext<RoleStartOptions>): Start | undefined {
  if (claim.modality.negated || (claim.tense === 'past' && !endedTerm(claim)) || claim.tense === 'future' || typeof claim.object !== 'string') return undefined;
  const text = claim.evidence.text;
  if (ANOTHER_TERM.test(text) || NOT_THE_SAME_POST.test(text)) return undefined;
  const published = context.published(claim.doc);
  const start = statedStart(claim, published);
  const interval = start ? intervalOf(start) : undefined;
  if (!start || !interval || !Number.isFinite(interval.start) || !Number.isFinite(interval.end)) return undefined;
  // Held from the start through publication; a held-since time carries that end itself, also when
  // the publication date was only inferred from the text.
  const pub = published ? intervalOf(published) : claim.time?.mod === 'ON_OR_AFTER' ? intervalOf({ ...claim.time, mod: undefined, start: claim.time.end }) : undefined;
  const title = TITLE_WORDS[claim.predicate] ?? new RegExp(`\\b${labelOf(claim.predicate).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'iu');
  return { claim, holder: claim.object, interval, when: describeTime(start), heldUntil: pub ?? interval, named: title.test(text), appointment: claim.time?.mod !== 'ON_OR_AFTER' && APPOINTED.test(text), joined: JOINED_TITLES.test(text) };
}

function byStart(items: readonly Start[]): Start[] {
  return [...items].sort((a, b) => a.interval.start - b.interval.start || a.interval.end - b.interval.end || (a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0));
}

/**
 * The check over one key group (organization, post): for each holder, the starts that sources
 * state. A start of joined titles is compared only with others like it (see `JOINED_TITLES`).
 */
function checkStarts(group: ClaimGroup, context: RuleContext<RoleStartOptions>): RuleReport<keyof typeof messages>[] {
  const { options } = context;
  const predicate = group.predicate ?? '';
  if (options.exclude.includes(predicate) || !(hasFlag(predicate, 'singleHolder') || options.predicates.includes(predicate))) return [];
  const eligible = group.claims.filter((c) => typeof c.object === 'string');
  const holders = groupBySameThing(eligible, (c) => c.object as string, context.entity);
  const reports: RuleReport<keyof typeof messages>[] = [];
  for (const claims of holders) {
    // A term told as ended without its start ('former', 'stepped down', 'previously') means the
    // holder may have held the post more than once, and nothing here tells which term a start
    // belongs to. One told with its start ('had been CEO since 2011') is a term like the others.
    if (claims.some((c) => c.tense === 'past' && !c.modality.negated && !endedTerm(c))) continue;
    const all = claims.map((c) => startOf(c, context)).filter((s): s is Start => s !== undefined);
    for (const starts of [all.filter((s) => !s.joined), all.filter((s) => s.joined)]) reports.push(...compareStarts(starts, context));
  }
  return reports;
}

/**
 * The starts of one holder in one post, split into sets that agree (2011 and March 2011 agree);
 * two sets from different articles disagree when the later start falls while the earlier article
 * has the holder in the post continuously. A later start after the earlier article was published
 * may be a new term (update).
 */
function compareStarts(starts: readonly Start[], context: RuleContext<RoleStartOptions>): RuleReport<keyof typeof messages>[] {
  const { options } = context;
  if (new Set(starts.map((s) => s.claim.doc)).size < 2) return [];
  const reports: RuleReport<keyof typeof messages>[] = [];
  const agreeing = intervalComponents(byStart(starts), (s) => s.interval, options.graceDays);
  for (const [early, late] of pairs(agreeing)) {
    const left = byStart(early.items);
    const right = byStart(late.items);
    const across = left.flatMap((x) => right.filter((y) => y.claim.doc !== x.claim.doc).map((y) => [x, y] as const));
    // The later start inside the earlier article's continuous term is a contradiction; one
    // after that article was published may be a return to the post.
    const inside = across.filter(([x, y]) => y.interval.end <= x.heldUntil.end);
    const straddling = across.filter(([x, y]) => y.interval.start <= x.heldUntil.end);
    // The surest pair stands for the side: inside the term, with both posts named.
    const surest = (ps: typeof across): (typeof across)[number] | undefined => ps.find(([x, y]) => x.named && y.named) ?? ps[0];
    const pair = surest(inside) ?? surest(straddling) ?? across[0];
    if (!pair) continue;
    const [x, y] = pair;
    const gap = gapDays(x.interval, y.interval);
    // Appointed, then in the post a few months later: both dates are right.
    if (left.every((s) => s.appointment) && gap <= options.noticeDays) continue;
    const a = sideText(left.map((s) => s.claim), (c) => left.find((s) => s.claim === c)?.when ?? '', context);
    const b = sideText(right.map((s) => s.claim), (c) => right.find((s) => s.claim === c)?.when ?? '', context);
    const data = { what: whatOf(x.claim, context), person: context.name(x.holder), a: a.value, b: b.value, outletA: a.outlets, outletB: b.outlets, gapDays: gap };
    const sides = [left.map((s) => s.claim.id), right.map((s) => s.claim.id)];
    if (inside.length === 0 && straddling.length === 0) {
      const until = context.published(x.claim.doc);
      reports.push({ messageId: 'newTerm', sides, data: { ...data, until: until ? describeTime(until) : x.when }, grade: 'update' });
      continue;
    }
    // Starts months apart may be an appointment and the day it took effect; a post only implied
    // ('has led the company since') may have been held under another title; a side that only
    // hedges, or a start that may fall after the earlier report, is less sure.
    const doubtful = inside.length === 0 || gap <= options.noticeDays || !x.named || !y.named || left.every((s) => s.claim.modality.hedged) || right.every((s) => s.claim.modality.hedged);
    reports.push({ messageId: 'disjoint', sides, data, grade: doubtful ? 'doubt' : 'conflict' });
  }
  return reports;
}

/**
 * One person's start in one post (chief executive, chairman, ... of one organization) dated
 * differently by two articles: 'has been CEO since 2011' against 'became CEO in 2012'. Starts
 * compare as intervals at the granularity each was stated in, so 2011 agrees with March 2011. A
 * re-appointment, a return, an interim or shared post, and a term told as ended are left alone,
 * since two starts may then both be true; so is a start after the other article was published.
 */
export default defineRule({
  id: 'role-start-conflict',
  meta: {
    description: "One person's start in one post dated differently by two sources",
    severity: 'error',
    kinds: ['role'],
    options: roleStartOptions,
    messages,
  },
  check(group, context) {
    return checkStarts(group, context);
  },
});

