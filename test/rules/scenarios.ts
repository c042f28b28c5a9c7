import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/rules/index.js';
import { resolveFindings } from '../../src/resolve/index.js';
import type { Claim, Document, Entity, Finding } from '../../src/types.js';

/** A corpus as hand-built claims: the conflicts a careful reader finds, and the look-alikes that are not. */
export interface Scenario {
  readonly documents: readonly Document[];
  readonly entities: readonly Entity[];
  readonly conflicts: Readonly<Record<string, readonly Claim[]>>;
  readonly quiet: Readonly<Record<string, readonly Claim[]>>;
}

/**
 * Runs the rules and verdicts over a scenario's claims and checks, one `it` each, that every
 * conflict is found loud (both sides covered; a one-claim conflict by itself) with a verdict,
 * that no look-alike is flagged loud, and that nothing else is. `more` adds checks of its own.
 */
export function describeScenario(title: string, scenario: Scenario, more?: (loud: readonly Finding[]) => void): void {
  const all = [...Object.values(scenario.conflicts).flat(), ...Object.values(scenario.quiet).flat()];
  const findings = resolveFindings(runRules({ claims: all, entities: scenario.entities, documents: scenario.documents }), all, scenario.documents);
  const loud = findings.filter((f) => f.severity !== 'info');
  describe(title, () => {
    for (const [name, claims] of Object.entries(scenario.conflicts)) {
      it(`finds ${name}`, () => {
        const ids = new Set(claims.map((c) => c.id));
        const oneSided = claims.length === 1;
        const hit = loud.find((f) => (f.sides ?? []).filter((side) => side.some((id) => ids.has(id))).length >= (oneSided ? 1 : 2));
        expect(hit, findings.map((f) => `${f.severity} ${f.message}`).join('\n')).toBeDefined();
        if (!oneSided) expect(hit?.verdict?.why).toBeTruthy();
      });
    }
    for (const [name, claims] of Object.entries(scenario.quiet)) {
      it(`stays quiet on ${name}`, () => {
        const ids = new Set(claims.map((c) => c.id));
        const alarm = loud.find((f) => f.claims.some((id) => ids.has(id)));
        expect(alarm?.message).toBeUndefined();
      });
    }
    it('reports nothing loud beyond the conflicts', () => {
      expect(loud.map((f) => f.message)).toHaveLength(Object.keys(scenario.conflicts).length);
    });
    more?.(loud);
  });
}
