import type { Claim } from '../types.js';
import type { RuleContext } from './rule.js';

/** How a side of a disagreement is named in a message: its values and its outlets. */
export interface SideText {
  /** The distinct values the side's claims give, joined: '2016 / December 2016'. */
  readonly value: string;
  /** The distinct outlets that give them: 'Alpha and Beta'. */
  readonly outlets: string;
}

/** Names a side: each claim's value (by `valueOf`) and outlet, without repeats, in claim order. */
export function sideText(claims: readonly Claim[], valueOf: (claim: Claim) => string, context: Pick<RuleContext<unknown>, 'outlet'>): SideText {
  const values = [...new Set(claims.map(valueOf))];
  const outlets = [...new Set(claims.map((c) => context.outlet(c.doc)))];
  return { value: values.join(' / '), outlets: joinAnd(outlets) };
}

/** 'A', 'A and B', 'A, B and C'. */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** Whether every claim of a side comes from one document, and which. */
export function singleDocument(claims: readonly Claim[]): string | undefined {
  const first = claims[0]?.doc;
  return first !== undefined && claims.every((c) => c.doc === first) ? first : undefined;
}

/** Predicates that are abbreviations, as a reader writes them. */
const ABBREVIATIONS: Readonly<Record<string, string>> = { ceo: 'CEO', cfo: 'CFO', coo: 'COO', cto: 'CTO' };

/** A predicate as words: 'registered-capital' reads 'registered capital', 'ceo' reads 'CEO'. */
export function labelOf(predicate: string): string {
  return ABBREVIATIONS[predicate] ?? predicate.replace(/-/gu, ' ');
}

/** What a group compares, for messages: the predicate with its qualifier, 'licensed (payment)'. */
export function whatOf(claim: Claim, context: Pick<RuleContext<unknown>, 'name'>): string {
  const label = labelOf(claim.predicate);
  return claim.qualifier ? `${label} (${labelOf(context.name(claim.qualifier))})` : label;
}

/**
 * Whether every claim comes from one sentence of one article: two values for one thing in a
 * single sentence ('between 2015 and 2016', 'X replaced Y as chairman') are a range or a change
 * that extraction split, far more often than a writer contradicting themselves mid-sentence.
 */
export function singleSentence(claims: readonly Claim[]): boolean {
  const first = claims[0];
  return first !== undefined && claims.every((c) => c.doc === first.doc && c.evidence.sentence === first.evidence.sentence);
}
