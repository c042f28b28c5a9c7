/**
 * corroborate/vitest: matchers for pinning down what the pipeline extracts and finds, in the
 * tests of users and of this project. Importing this module registers them with `expect.extend`
 * and types them on vitest's `expect`:
 *
 * ```ts
 * import 'corroborate/vitest';
 * expect(report).toContainClaim({ subject: 'Acme', predicate: 'founded', time: '2015' });
 * expect(report).toHaveConflict({ predicate: 'founded', docs: ['a', 'b'] });
 * ```
 */
import { expect } from 'vitest';
import type { Claim, Entity, Report } from '../types.js';
import { describePattern, matchesClaim, matchesConflict, type ClaimPattern, type ConflictPattern } from './patterns.js';

export type { ClaimPattern, ConflictPattern, TextPattern } from './patterns.js';
export { matchesClaim, matchesConflict } from './patterns.js';

interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/** The matchers, as plain functions over a report; `expect.extend` receives these. */
export const corroborateMatchers = {
  /** Passes when the report (or array of claims) holds a claim matching the pattern. */
  toContainClaim(received: unknown, pattern: ClaimPattern): MatcherResult {
    const { claims, entities } = asClaims(received);
    const hit = claims.find((c) => matchesClaim(c, pattern, entities));
    const near = pattern.predicate === undefined ? claims : claims.filter((c) => c.predicate === pattern.predicate);
    return {
      pass: hit !== undefined,
      message: () =>
        hit
          ? `expected no claim matching ${describePattern(pattern)}, but ${hit.id} matches: “${hit.evidence.text}”`
          : `expected a claim matching ${describePattern(pattern)} among ${claims.length} claims; ${
              near.length === 0 ? `none has predicate '${pattern.predicate ?? ''}'` : `closest:\n${near.slice(0, 8).map((c) => `  ${summarize(c)}`).join('\n')}`
            }`,
    };
  },
  /** Passes when the report has a conflict (an error or warning finding by default) matching the pattern. */
  toHaveConflict(received: unknown, pattern: ConflictPattern = {}): MatcherResult {
    const report = asReport(received);
    const entities = new Map(report.entities.map((e) => [e.id, e]));
    const hit = report.findings.find((f) => matchesConflict(f, pattern, report, entities));
    return {
      pass: hit !== undefined,
      message: () =>
        hit
          ? `expected no conflict matching ${describePattern(pattern)}, but ${hit.id} matches: ${hit.message}`
          : `expected a conflict matching ${describePattern(pattern)} among ${report.findings.length} findings${
              report.findings.length === 0 ? '' : `:\n${report.findings.slice(0, 8).map((f) => `  ${f.severity} ${f.rule} ${f.id}: ${f.message}`).join('\n')}`
            }`,
    };
  },
};

expect.extend(corroborateMatchers);

function asReport(received: unknown): Report {
  const r = received as Partial<Report> | null;
  if (r === null || typeof r !== 'object' || !Array.isArray(r.findings) || !Array.isArray(r.claims) || !Array.isArray(r.entities)) {
    throw new TypeError('toHaveConflict expects a corroborate Report (the result of analyze())');
  }
  return r as Report;
}

function asClaims(received: unknown): { claims: readonly Claim[]; entities: ReadonlyMap<string, Entity> } {
  if (Array.isArray(received)) return { claims: received as Claim[], entities: new Map() };
  const r = received as Partial<Report> | null;
  if (r === null || typeof r !== 'object' || !Array.isArray(r.claims)) {
    throw new TypeError('toContainClaim expects a corroborate Report or an array of claims');
  }
  return { claims: r.claims, entities: new Map((r.entities ?? []).map((e) => [e.id, e])) };
}

function summarize(c: Claim): string {
  const object = typeof c.object === 'string' ? c.object : c.object ? `${c.object.value} ${c.object.unit}` : '';
  return `${c.id} [${c.doc}] ${c.subject} ${c.predicate}${object ? ` ${object}` : ''}${c.time ? ` @${c.time.timex}` : ''}`;
}

declare module 'vitest' {
  // The type parameter must match vitest's own declaration of Matchers to merge with it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars
  interface Matchers<T = any> {
    /** Passes when the report (or array of claims) holds a claim matching every field of the pattern. */
    toContainClaim(pattern: ClaimPattern): void;
    /** Passes when the report has a finding (error or warning unless `severity` says otherwise) matching the pattern. */
    toHaveConflict(pattern?: ConflictPattern): void;
  }
}
