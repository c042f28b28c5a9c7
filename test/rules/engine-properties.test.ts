/** Properties of the engine on arbitrary claims: it never crashes, its output does not depend on input order, its findings are well formed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/rules/index.js';
import { resolveFindings } from '../../src/resolve/index.js';
import { attribute, count, doc, entity, event, money, percent, role, time } from '../../src/testing/index.js';
import type { Claim, Quantity } from '../../src/types.js';

const documents = [doc('a', { outlet: 'Alpha', published: '2016-12' }), doc('b', { outlet: 'Beta', published: '2020-04-24' }), doc('c', { outlet: 'Gamma' }), doc('d', { outlet: 'Delta', published: '2015' })];
const entities = [entity('org:x', 'Ex Co'), entity('org:y', 'Why Ltd'), entity('person:p', 'Pat Lee'), entity('person:q', 'Quin Ma')];
const timeArb = fc.option(
  fc.record({
    timex: fc.constantFrom('2014', '2015', '2015-06', '2015-12-27', '2016', '2016-01', '2016-12', '2020-Q2', '2022-H1', '201X'),
    mod: fc.constantFrom(undefined, 'BEFORE', 'AFTER', 'APPROX', 'ON_OR_BEFORE', 'EARLY'),
    implied: fc.subarray(['year', 'month', 'day'] as const),
  }).map(({ timex, mod, implied }) => time(timex, { ...(mod ? { mod } : {}), implied })),
  { nil: undefined },
);
const figureArb: fc.Arbitrary<Quantity> = fc.oneof(
  fc.record({ v: fc.double({ min: 0, max: 1e10, noNaN: true }), u: fc.constantFrom('CNY', 'USD', 'HKD', 'XYZ'), e: fc.boolean(), a: fc.constantFrom(undefined, 'over', 'around', 'up-to') }).map(({ v, u, e, a }) =>
    money(v, u, { ...(a ? { approx: a } : {}), ...(e ? { equivalent: money(v / 7, 'USD') } : {}) }),
  ),
  fc.double({ min: -20, max: 150, noNaN: true }).map((v) => percent(v)),
  fc.integer({ min: 0, max: 1e6 }).map((v) => count(v, 'users')),
);
const common = { doc: fc.constantFrom('a', 'b', 'c', 'd', 'zz'), subject: fc.constantFrom('org:x', 'org:y'), time: timeArb, tense: fc.constantFrom(undefined, 'past', 'present', 'future'), negated: fc.boolean(), hedged: fc.boolean(), qualifier: fc.constantFrom(undefined, 'payment', 'change', 'org:y'), sentence: fc.integer({ min: 0, max: 3 }) } as const;
const claimArb: fc.Arbitrary<Claim> = fc.oneof(
  fc.record({ ...common, predicate: fc.constantFrom('founded', 'renamed', 'licensed', 'partnered', 'opened', 'launched'), object: fc.constantFrom(undefined, 'org:y', 'New Name') }).map((s) => event(s.predicate, s)),
  fc.record({ ...common, predicate: fc.constantFrom('chairman', 'ceo', 'vice-president'), object: fc.constantFrom('person:p', 'person:q', 'Someone') }).map((s) => role(s.predicate, s)),
  fc.record({ ...common, predicate: fc.constantFrom('stake', 'revenue', 'valuation', 'users', 'price'), object: figureArb }).map((s) => attribute(s.predicate, s)),
);
const claimsArb = fc.uniqueArray(claimArb, { maxLength: 14, selector: (c) => c.id });

describe('runRules on arbitrary claims', () => {
  it('never throws and gives well-formed findings', () => {
    fc.assert(
      fc.property(claimsArb, (claims) => {
        const ids = new Set(claims.map((c) => c.id));
        const findings = resolveFindings(runRules({ claims, entities, documents }), claims, documents);
        for (const f of findings) {
          expect(f.message).not.toMatch(/\{\{|org:|person:|undefined|NaN/u);
          expect(f.claims.length).toBeGreaterThan(0);
          for (const id of f.claims) expect(ids.has(id)).toBe(true);
          expect((f.sides ?? []).flat().sort()).toEqual([...f.claims].sort());
          if (f.verdict) {
            expect(f.claims).toContain(f.verdict.likely);
            expect(f.verdict.confidence).toBeGreaterThanOrEqual(0);
            expect(f.verdict.confidence).toBeLessThanOrEqual(1);
            expect(f.verdict.why).toMatch(/\.$/u);
          }
        }
        expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('gives the same output whatever the order of the claims', () => {
    fc.assert(
      fc.property(claimsArb, fc.integer(), (claims, salt) => {
        const shuffled = [...claims].sort((a, b) => ((a.id.length * 31 + salt) % 7) - ((b.id.length * 17 + salt) % 7));
        expect(JSON.stringify(runRules({ claims: shuffled, entities, documents }))).toBe(JSON.stringify(runRules({ claims, entities, documents })));
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
