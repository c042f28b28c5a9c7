import { PREDICATES } from '../claims/vocabulary.js';
import type { Claim, TimeValue } from '../types.js';
import { intervalOf, type DayInterval } from './intervals.js';

/**
 * Days within which two reports of one current state (a stake, a role's holder) describe the same
 * state. A state reported in the present holds from some unknown time before publication until
 * some time after, so two such reports a few weeks apart overlap in all likelihood even though
 * their publication days do not. A quarter is the default: changes of holder and of ownership are
 * news that a report of the same subject a few weeks later would mention, and the chance that one
 * happened unreported within three months is small (chief executives serve years on average),
 * while beyond that an unmentioned change becomes plausible enough that a difference is only an
 * update.
 */
export const REPORT_WINDOW_DAYS = 90;

/** A vocabulary flag a rule reads. */
export type PredicateFlag = 'oneTime' | 'singleHolder' | 'functional' | 'period' | 'deal';

/** Whether the vocabulary gives a predicate a flag; predicates outside the vocabulary have none. */
export function hasFlag(predicate: string, flag: PredicateFlag): boolean {
  const entry = (PREDICATES as Readonly<Record<string, Readonly<Partial<Record<PredicateFlag, boolean>>>>>)[predicate];
  return entry?.[flag] === true;
}

/** The predicates of the vocabulary with a flag, in vocabulary order. */
export function predicatesWith(flag: PredicateFlag): string[] {
  return Object.keys(PREDICATES).filter((p) => hasFlag(p, flag));
}

/**
 * Words by which a report says the state changed or is new: a rise or cut, a purchase or sale, a
 * successor, 'now', 'no longer', 'previously'. Prefixes, so 'raised', 'raises' and 'raising' all
 * count. Reading one of them, a rule takes a difference for the change it describes.
 */
const CHANGE_WORDS =
  /\b(?:r[io]se|rising|grew|grow|increas|rais|boost|lift|doubl|tripl|top(?:ped)? up|cut|reduc|lower|trim|halv|fell|fall|drop|decreas|dilut|sold|sell|bought|buy|purchas|acquir|transferr|divest|took over|take[sn]? over|taking over|succe(?:ed|ssor)|replac|appoint|named|promot|elevat|new(?:ly)?\b|now\b|no longer|previous|former|earlier|until|since|from \S+ to\b|up from|down from|change|became|become|step(?:s|ped)? (?:down|in|up)|resign|left|join|interim|acting|outgoing|incoming|designate|effective)/iu;

/**
 * Words by which a report says the state it gives is about to end or is temporary: an outgoing or
 * interim holder, a departure, a sale agreed. Read on the earlier of two reports, whose own news (an
 * appointment, a purchase) is no change after it.
 */
const TRANSITION_WORDS = /\b(?:outgoing|interim|acting|designate|effective|retir|step(?:s|ped|ping)? down|resign|leav|depart|until|agreed to sell|will sell|to be replaced)/iu;

/** Whether the claim's own sentence states a change of the value or of the holder. */
export function statesChange(claim: Claim): boolean {
  return CHANGE_WORDS.test(claim.evidence.text);
}

/** Whether the claim's own sentence says the state it gives is temporary or about to end. */
export function statesTransition(claim: Claim): boolean {
  return TRANSITION_WORDS.test(claim.evidence.text);
}

/** How a claim reports a state, for comparison across articles published apart. */
export type Report =
  /** A state in the present at the publication date ('X owns 75%', 'Y, the chief executive'). */
  | { readonly kind: 'current'; readonly at: DayInterval }
  /** A state with a stated start before publication that still holds ('appointed Y as CEO on 11 May'): from `at` on. */
  | { readonly kind: 'since'; readonly at: DayInterval; readonly until: DayInterval };

/**
 * How a claim reports a state, or undefined when it does not report one that is current: past,
 * future, negated and hedged claims, and present ones dated to a time after publication or unknown.
 * A present claim without a time, or with the publication date, reports the state at publication;
 * one dated before publication reports a start ('became', 'appointed') after which the state holds
 * until at least the publication date.
 */
export function reportOf(claim: Claim, published: TimeValue | undefined): Report | undefined {
  if (claim.tense === 'past' || claim.tense === 'future' || claim.modality.negated || claim.modality.hedged || !published) return undefined;
  const pub = intervalOf(published);
  if (!pub) return undefined;
  const time = claim.time;
  if (!time || (time.start === published.start && time.end === published.end)) return { kind: 'current', at: pub };
  const at = intervalOf(time);
  if (!at || !Number.isFinite(at.start) || !Number.isFinite(at.end)) return undefined;
  if (at.start >= pub.start && at.end <= pub.end) return { kind: 'current', at: pub };
  if (at.end < pub.start) return { kind: 'since', at, until: pub };
  return undefined;
}

/**
 * Days from the earlier report's last known day of the state to the later report, when two reports
 * of one state by different articles lie within `windowDays` of each other and the later one does
 * not begin a new state of its own (a stated start after the earlier report is a change); else
 * undefined. `earlier` is the one that starts first.
 */
export function daysApart(earlier: Report, later: Report, windowDays: number): number | undefined {
  if (later.kind === 'since') return undefined;
  // A start long before its article ('became chairman in 2010', in a profile of 2023) may be
  // history told in passing; only a start that was news when reported is taken to still hold.
  if (earlier.kind === 'since' && earlier.until.start - earlier.at.end > windowDays) return undefined;
  const known = earlier.kind === 'since' ? earlier.until : earlier.at;
  if (later.at.end < earlier.at.start) return undefined;
  const days = Math.max(0, later.at.start - known.end);
  return days <= windowDays ? days : undefined;
}
