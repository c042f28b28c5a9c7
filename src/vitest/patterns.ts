import { indexOf } from '../report/describe.js';
import type { Claim, Entity, Finding, Report, Severity } from '../types.js';

/** A text to match: equal (case-insensitively) or, for a RegExp, matching. */
export type TextPattern = string | RegExp;

/** What a claim must have; every field given must match. */
export interface ClaimPattern {
  /** The subject: an entity id, name or alias. */
  readonly subject?: TextPattern;
  readonly predicate?: string;
  /** The object: an entity id, name or alias, a title, or a figure (a number within the figure's range). */
  readonly object?: TextPattern | number;
  /** The figure's unit ('%', 'USD', 'count'). */
  readonly unit?: string;
  /** A date ('2016', '2016-12', '2016-12-27'): the claim's time lies within it. */
  readonly time?: string;
  /** The document id. */
  readonly doc?: string;
  /** The qualifier: an entity id, name or alias, or a word. */
  readonly qualifier?: TextPattern;
  readonly negated?: boolean;
  readonly hedged?: boolean;
  /** A piece of the evidence sentence (case-insensitive), or a RegExp over it. */
  readonly quote?: TextPattern;
}

/** What a finding must have to count as the conflict looked for; every field given must match. */
export interface ConflictPattern {
  readonly rule?: string;
  /** The finding's subject: an entity id, name or alias. */
  readonly subject?: TextPattern;
  readonly predicate?: string;
  /** Severities that count; by default error and warning (info findings are notes, not conflicts). */
  readonly severity?: Severity | readonly Severity[];
  /** Documents the finding's sides must come from (all of them, in any order). */
  readonly docs?: readonly string[];
  /** Pieces of quotes, each found in the evidence of some side. */
  readonly quotes?: readonly TextPattern[];
}

/** Whether a text matches a pattern: a string equal ignoring case, or a RegExp that matches. */
export function matchesText(value: string, pattern: TextPattern): boolean {
  return typeof pattern === 'string' ? value.toLowerCase() === pattern.toLowerCase() : pattern.test(value);
}

/** Whether an entity id, or any of that entity's names, matches a pattern. */
export function matchesEntity(id: string, pattern: TextPattern, entities: ReadonlyMap<string, Entity>): boolean {
  const entity = entities.get(id);
  return [id, ...(entity ? [entity.name, ...entity.aliases] : [])].some((name) => matchesText(name, pattern));
}

/** Whether a claim's time lies within the date a pattern gives ('2016' holds '2016-12-27'). */
export function withinDate(claim: Claim, date: string): boolean {
  const time = claim.time;
  if (!time) return false;
  if (time.timex === date) return true;
  const [start, end] = interval(date);
  return start !== undefined && end !== undefined && time.start >= start && time.end <= end;
}

function interval(date: string): [string | undefined, string | undefined] {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(date);
  if (!m) return [undefined, undefined];
  const [, y, mo, d] = m;
  if (d !== undefined) return [date, date];
  if (mo !== undefined) {
    const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return [`${y}-${mo}-01`, `${y}-${mo}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

/** Whether a claim matches every field a pattern gives. */
export function matchesClaim(claim: Claim, pattern: ClaimPattern, entities: ReadonlyMap<string, Entity>): boolean {
  if (pattern.predicate !== undefined && claim.predicate !== pattern.predicate) return false;
  if (pattern.doc !== undefined && claim.doc !== pattern.doc) return false;
  if (pattern.subject !== undefined && !matchesEntity(claim.subject, pattern.subject, entities)) return false;
  if (pattern.qualifier !== undefined && (claim.qualifier === undefined || !matchesEntity(claim.qualifier, pattern.qualifier, entities))) return false;
  if (pattern.negated !== undefined && claim.modality.negated !== pattern.negated) return false;
  if (pattern.hedged !== undefined && claim.modality.hedged !== pattern.hedged) return false;
  if (pattern.time !== undefined && !withinDate(claim, pattern.time)) return false;
  if (pattern.quote !== undefined && !containsText(claim.evidence.text, pattern.quote)) return false;
  if (pattern.unit !== undefined && (typeof claim.object !== 'object' || claim.object.unit !== pattern.unit)) return false;
  if (pattern.object !== undefined) {
    const o = claim.object;
    if (o === undefined) return false;
    if (typeof pattern.object === 'number') {
      if (typeof o !== 'object' || pattern.object < o.low || pattern.object > o.high) return false;
    } else if (typeof o !== 'string' || !matchesEntity(o, pattern.object, entities)) return false;
  }
  return true;
}

/** Whether a text contains a piece (ignoring case and runs of white space) or matches a RegExp. */
export function containsText(text: string, pattern: TextPattern): boolean {
  if (typeof pattern !== 'string') return pattern.test(text);
  const squash = (s: string): string => s.replace(/\s+/gu, ' ').toLowerCase();
  return squash(text).includes(squash(pattern));
}

/** Whether a finding matches every field a pattern gives. */
export function matchesConflict(finding: Finding, pattern: ConflictPattern, report: Report, entities: ReadonlyMap<string, Entity>): boolean {
  const severities = pattern.severity === undefined ? ['error', 'warning'] : typeof pattern.severity === 'string' ? [pattern.severity] : pattern.severity;
  if (!severities.includes(finding.severity)) return false;
  if (pattern.rule !== undefined && finding.rule !== pattern.rule) return false;
  if (pattern.predicate !== undefined && finding.predicate !== pattern.predicate) return false;
  const byId = indexOf(report).claims;
  const claims = finding.claims.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined);
  if (pattern.subject !== undefined) {
    const subjects = finding.subject !== undefined ? [finding.subject] : claims.map((c) => c.subject);
    if (!subjects.some((s) => matchesEntity(s, pattern.subject as TextPattern, entities))) return false;
  }
  if (pattern.docs !== undefined && !pattern.docs.every((d) => claims.some((c) => c.doc === d))) return false;
  if (pattern.quotes !== undefined && !pattern.quotes.every((q) => claims.some((c) => containsText(c.evidence.text, q)))) return false;
  return true;
}

/** Describes a pattern for a failure message. */
export function describePattern(pattern: object): string {
  return JSON.stringify(pattern, (_k, v: unknown) => (v instanceof RegExp ? String(v) : v));
}
