import type { z } from 'zod';
import type { Claim, Document, Entity, Finding, Severity } from '../types.js';
import { applyRules } from '../rules/engine.js';
import type { Convert, Rule } from '../rules/rule.js';

/** A case of a rule test: a named set of claims (with the articles and entities they refer to). */
export interface RuleTestCase<O> {
  /** What the case shows; it becomes the test's title. */
  readonly name: string;
  readonly claims: readonly Claim[];
  /** Articles the claims come from; an article missing here is made up with its id as outlet. */
  readonly documents?: readonly Document[];
  readonly entities?: readonly Entity[];
  /** The rule's options, as a user would write them in configuration. */
  readonly options?: O;
}

/** A finding an invalid case expects; every field given must match. */
export interface ExpectedFinding<M extends string> {
  readonly messageId: M;
  readonly severity?: Severity;
  /** Claim ids per side, in any order within a side; sides in the order the rule gives them. */
  readonly sides?: readonly (readonly string[])[];
  /** The finding's claim ids, in any order. */
  readonly claims?: readonly string[];
  /** The exact message, or a pattern it must match. */
  readonly message?: string | RegExp;
  /** Entries the finding's data must have. */
  readonly data?: Readonly<Record<string, string | number>>;
}

/** A case that must produce no finding at all. */
export type ValidCase<O> = RuleTestCase<O>;

/** A case that must produce exactly the listed findings. */
export interface InvalidCase<M extends string, O> extends RuleTestCase<O> {
  readonly findings: readonly ExpectedFinding<M>[];
}

/** The two tables of a rule test. */
export interface RuleTests<M extends string, O> {
  readonly valid: readonly ValidCase<O>[];
  readonly invalid: readonly InvalidCase<M, O>[];
}

/** The test functions of a runner (vitest, jest, mocha, node:test), so the tester needs none of them. */
export interface RuleTesterOptions {
  readonly describe?: (name: string, body: () => void) => unknown;
  readonly it?: (name: string, body: () => void) => unknown;
  /** Currency conversion for the rules; the built-in rate table when absent. */
  readonly convert?: Convert;
}

/** A failed rule test case: what was expected and what came out. */
export class RuleTesterError extends Error {
  /** Always 'rule-test-failed'. */
  readonly code = 'rule-test-failed';

  constructor(message: string) {
    super(message);
    this.name = 'RuleTesterError';
  }
}

type TestFn = (name: string, body: () => void) => unknown;

/**
 * Runs a rule's named valid and invalid cases, one test per case, like ESLint's RuleTester.
 * Strict: a valid case must give no finding at all (an update is a finding, of severity info), an
 * invalid case exactly the findings it lists, every message must be filled in and name entities by
 * name, never by id, and the findings must not change when the claims come in another order.
 */
export class RuleTester {
  readonly #describe: TestFn;
  readonly #it: TestFn;
  readonly #convert: Convert | undefined;

  constructor(options: RuleTesterOptions = {}) {
    const g = globalThis as { describe?: TestFn; it?: TestFn };
    const describe = options.describe ?? g.describe;
    const it = options.it ?? g.it;
    if (!describe || !it) throw new RuleTesterError('RuleTester needs describe and it: pass them, as in new RuleTester({ describe, it }), or run with test globals');
    this.#describe = describe;
    this.#it = it;
    this.#convert = options.convert;
  }

  /** Declares the tests of a rule: a `describe` named for the rule with one `it` per case. */
  run<M extends string, O extends z.ZodType>(rule: Rule<M, O>, tests: RuleTests<M, z.input<O>>): void {
    this.#describe(rule.id, () => {
      this.#describe('valid', () => {
        for (const c of tests.valid) this.#it(c.name, () => this.#valid(rule, c));
      });
      this.#describe('invalid', () => {
        for (const c of tests.invalid) this.#it(c.name, () => this.#invalid(rule, c));
      });
    });
  }

  /** Runs one case's claims through the rule alone and returns its findings (also checking messages and order independence). */
  findings<M extends string, O extends z.ZodType>(rule: Rule<M, O>, c: RuleTestCase<z.input<O>>): Finding[] {
    const schema = rule.meta.options;
    const parsed = schema ? schema.safeParse(c.options ?? {}) : { success: true as const, data: {} };
    if (!parsed.success) throw new RuleTesterError(`case '${c.name}': options rejected by the rule's schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const active = [{ rule, severity: rule.meta.severity, options: parsed.data }];
    const docIds = [...new Set(c.claims.map((x) => x.doc))];
    const documents = [...(c.documents ?? []), ...docIds.filter((id) => !c.documents?.some((d) => d.id === id)).map((id) => ({ id, text: '', outlet: id }))];
    const input = { claims: c.claims, entities: c.entities ?? [], documents, ...(this.#convert ? { convert: this.#convert } : {}) };
    const found = applyRules(active, input);
    const reversed = applyRules(active, { ...input, claims: [...c.claims].reverse() });
    if (JSON.stringify(found) !== JSON.stringify(reversed)) throw new RuleTesterError(`case '${c.name}': findings change with the order of the claims`);
    for (const f of found) {
      if (f.message.includes('{{')) throw new RuleTesterError(`case '${c.name}': message '${f.message}' has an unfilled placeholder`);
      for (const e of c.entities ?? []) {
        if (f.message.includes(e.id)) throw new RuleTesterError(`case '${c.name}': message '${f.message}' shows the id '${e.id}' instead of the name '${e.name}'`);
      }
    }
    return found;
  }

  #valid<M extends string, O extends z.ZodType>(rule: Rule<M, O>, c: ValidCase<z.input<O>>): void {
    const found = this.findings(rule, c);
    if (found.length > 0) throw new RuleTesterError(`valid case '${c.name}' should give no finding, but gave ${found.length}:\n${list(found)}`);
  }

  #invalid<M extends string, O extends z.ZodType>(rule: Rule<M, O>, c: InvalidCase<M, z.input<O>>): void {
    if (c.findings.length === 0) throw new RuleTesterError(`invalid case '${c.name}' lists no finding; a case without findings belongs in valid`);
    const found = this.findings(rule, c);
    const left = [...found];
    const missing: string[] = [];
    for (const want of c.findings) {
      const i = left.findIndex((f) => matches(f, want));
      if (i < 0) missing.push(JSON.stringify(want, (_k, v: unknown) => (v instanceof RegExp ? String(v) : v)));
      else left.splice(i, 1);
    }
    if (missing.length > 0 || left.length > 0) {
      throw new RuleTesterError(
        `invalid case '${c.name}':${missing.length > 0 ? `\n  expected but not found:\n    ${missing.join('\n    ')}` : ''}${left.length > 0 ? `\n  found but not expected:\n${list(left)}` : ''}${missing.length > 0 && left.length === 0 ? `\n  found:\n${list(found)}` : ''}`,
      );
    }
  }
}

function matches(f: Finding, want: ExpectedFinding<string>): boolean {
  if (f.messageId !== want.messageId) return false;
  if (want.severity !== undefined && f.severity !== want.severity) return false;
  if (want.claims !== undefined && !sameSet(f.claims, want.claims)) return false;
  if (want.sides !== undefined) {
    const sides = f.sides ?? [];
    if (sides.length !== want.sides.length || !want.sides.every((s, i) => sameSet(sides[i] ?? [], s))) return false;
  }
  if (want.message !== undefined && (typeof want.message === 'string' ? f.message !== want.message : !want.message.test(f.message))) return false;
  if (want.data !== undefined && !Object.entries(want.data).every(([k, v]) => f.data[k] === v)) return false;
  return true;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
}

function list(findings: readonly Finding[]): string {
  return findings.map((f) => `    [${f.severity}] ${f.messageId}: ${f.message} (sides ${JSON.stringify(f.sides ?? [f.claims])})`).join('\n');
}
