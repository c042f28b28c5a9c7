import type { z } from 'zod';
import type { Claim, ClaimKind, Document, Entity, Severity, TimeValue } from '../types.js';

/**
 * What a rule looks at in one call. `key` groups claims that share a comparison key (subject,
 * predicate, qualifier: see `claimKey`), so a rule compares like with like and the engine never
 * pairs claims across the whole corpus. `document` hands a rule every claim of one article, for
 * checks that cross predicates inside one text (its own arithmetic, its own timeline), which no
 * key group can see.
 */
export type RuleScope = 'key' | 'document';

/**
 * How sure a rule is of what it reports. The engine turns it into a severity: a `conflict` gets
 * the rule's configured severity, a `doubt` one step lower, an `update` (a value that changed
 * between two dates) and a `note` (what cannot be checked, said so rather than guessed) are always
 * `info`.
 */
export type Grade = 'conflict' | 'doubt' | 'update' | 'note';

/** A rule's metadata: what it checks, how loud it is, what options it takes and what it says. */
export interface RuleMeta<M extends string, O extends z.ZodType> {
  /** One sentence on what the rule flags. */
  readonly description: string;
  /** The default severity of a conflict; users can change it in configuration. */
  readonly severity: Severity;
  /** The claim kinds the rule reads; other claims are not handed to it. */
  readonly kinds: readonly ClaimKind[];
  /** How claims are grouped for it; `key` when absent. */
  readonly scope?: RuleScope;
  /** A zod schema of the options, with defaults; the engine validates options against it. */
  readonly options?: O;
  /** Message templates by id; `{{name}}` is replaced by the report's `data.name`. */
  readonly messages: { readonly [K in M]: string };
}

/** What a rule returns for one thing it found: data, never text. */
export interface RuleReport<M extends string> {
  readonly messageId: M;
  /**
   * The claims on each side of a disagreement, one array per side. A one-sided report (a
   * conversion that is off, sums that do not add up) has one side.
   */
  readonly sides: readonly (readonly string[])[];
  /** Values for the message's placeholders: names and outlets, never ids. */
  readonly data?: Readonly<Record<string, string | number>>;
  /** `conflict` when absent. */
  readonly grade?: Grade;
}

/** A group of claims handed to a rule. */
export interface ClaimGroup {
  readonly scope: RuleScope;
  /** The comparison key (scope `key`) or the document id (scope `document`). */
  readonly key: string;
  /** Set for scope `key`: what every claim of the group shares. */
  readonly subject?: string;
  readonly predicate?: string;
  readonly qualifier?: string;
  /** Set for scope `document`. */
  readonly doc?: string;
  /** The claims, sorted by id. */
  readonly claims: readonly Claim[];
}

/** Converts an amount between currencies at a month's rate ('YYYY-MM'); undefined when unknown. */
export type Convert = (amount: number, from: string, to: string, month: string) => number | undefined;

/** What a rule may look up while it checks a group. */
export interface RuleContext<O> {
  /** The rule's options, validated and with defaults filled in. */
  readonly options: O;
  readonly document: (id: string) => Document | undefined;
  readonly entity: (id: string) => Entity | undefined;
  /** The display name of an entity id (the id itself when it names no entity: a title, a name). */
  readonly name: (id: string) => string;
  /** How a document is named in messages: its outlet, else its title, else its id. */
  readonly outlet: (doc: string) => string;
  /** The document's publication date as a time value, when it has one. */
  readonly published: (doc: string) => TimeValue | undefined;
  /** Currency conversion at historical monthly rates. */
  readonly convert: Convert;
}

/** A rule: an id, metadata and a pure check over one group of claims. */
export interface Rule<M extends string = string, O extends z.ZodType = z.ZodType> {
  readonly id: string;
  readonly meta: RuleMeta<M, O>;
  check(group: ClaimGroup, context: RuleContext<z.output<O>>): readonly RuleReport<M>[];
}

/** A rule of any message ids and options, as registries hold them. */
export type AnyRule = Rule<string, z.ZodType>;

/**
 * Declares a rule. Message ids and option types are inferred from `meta`, so a report with a
 * messageId that `meta.messages` lacks, or a misspelt option, is a compile error.
 */
export function defineRule<const M extends string, O extends z.ZodType = z.ZodObject<Record<string, never>>>(rule: Rule<M, O>): Rule<M, O> {
  return rule;
}
