import { expect } from 'vitest';
import type { Claim, Document } from '../../src/types.js';
import { splitText } from '../../src/text/index.js';
import { parseTimes } from '../../src/time/index.js';
import { parseQuantities } from '../../src/quantity/index.js';
import { extractEntities } from '../../src/entities/index.js';
import { extractClaims } from '../../src/claims/index.js';

/** A claim with entity ids replaced by names, for readable assertions. */
export interface ReadableClaim {
  readonly kind: Claim['kind'];
  readonly subject: string;
  readonly predicate: string;
  readonly object?: string | number;
  readonly unit?: string;
  /** A count's noun, or the share a price bought ('30%'). */
  readonly noun?: string;
  readonly qualifier?: string;
  readonly time?: string;
  readonly mod?: string;
  readonly tense?: string;
  readonly negated: boolean;
  readonly hedged: boolean;
  readonly attributedTo?: string;
  readonly evidence: string;
}

/** Runs the stages before claims on one text, as the pipeline does, and returns its claims readably. */
export function readClaims(text: string, published = '2021-06-15'): ReadableClaim[] {
  const doc: Document = { id: 'test-doc', text, published };
  const segmented = splitText(text);
  const times = parseTimes(text, { reference: published });
  const quantities = parseQuantities(text, { reference: published });
  const entities = extractEntities(doc, segmented, times, quantities);
  const reference = { timex: published, start: published, end: published, granularity: 'day' as const, anchor: 'absolute' as const, implied: [] };
  const names = new Map(entities.entities.map((e) => [e.id, e.name]));
  const name = (id: string): string => names.get(id) ?? id;
  return extractClaims({ doc, segmented, times, quantities, entities, reference }).map((c) => ({
    kind: c.kind,
    subject: name(c.subject),
    predicate: c.predicate,
    ...(typeof c.object === 'string' ? { object: name(c.object) } : c.object ? { object: c.object.value, unit: c.object.unit, ...(c.object.noun ? { noun: c.object.noun } : {}) } : {}),
    ...(c.qualifier !== undefined ? { qualifier: name(c.qualifier) } : {}),
    ...(c.time ? { time: c.time.timex } : {}),
    ...(c.time?.mod ? { mod: c.time.mod } : {}),
    ...(c.tense ? { tense: c.tense } : {}),
    negated: c.modality.negated,
    hedged: c.modality.hedged,
    ...(c.modality.attributedTo ? { attributedTo: c.modality.attributedTo } : {}),
    evidence: c.evidence.text,
  }));
}

/** One named table case: claims that must be among a text's claims, and claims that must not. */
export interface ClaimCase {
  readonly name: string;
  readonly text: string;
  readonly published?: string;
  /** Claims that must be among the results (partial match on each field given). */
  readonly expect?: readonly Partial<ReadableClaim>[];
  /** Claims that must not be among the results (partial match). */
  readonly reject?: readonly Partial<ReadableClaim>[];
}

function matches(claim: ReadableClaim, want: Partial<ReadableClaim>): boolean {
  return Object.entries(want).every(([k, v]) => (claim as unknown as Record<string, unknown>)[k] === v);
}

/** The claims of a case that a wanted or rejected partial claim matches. */
export function matching(claims: readonly ReadableClaim[], want: Partial<ReadableClaim>): readonly ReadableClaim[] {
  return claims.filter((c) => matches(c, want));
}

/** Asserts a case's wanted claims are among `claims` and its rejected ones are not, naming what is missing. */
export function expectClaims(claims: readonly ReadableClaim[], c: Pick<ClaimCase, 'expect' | 'reject'>): void {
  for (const want of c.expect ?? []) expect(matching(claims, want).length, `missing ${JSON.stringify(want)} in ${JSON.stringify(claims, null, 1)}`).toBeGreaterThan(0);
  for (const not of c.reject ?? []) expect(matching(claims, not), `unexpected ${JSON.stringify(not)}`).toEqual([]);
}
