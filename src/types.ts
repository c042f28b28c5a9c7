/**
 * The data model shared by every stage, and the shape of the JSON report (`schemaVersion: 1`).
 * Everything is plain, readonly data so a report can be serialized, diffed and reloaded.
 */

/** A character range of a document's text; `text === doc.text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** How precise a time value is. */
export type Granularity = 'day' | 'week' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade';

/** TIMEX3-style modifiers. */
export type TimeMod = 'EARLY' | 'MID' | 'LATE' | 'BEFORE' | 'AFTER' | 'ON_OR_BEFORE' | 'ON_OR_AFTER' | 'APPROX';

/** A normalized date expression: an interval of days with the precision it was stated in. */
export interface TimeValue {
  /** TIMEX3 value: '2016', '2016-12', '2016-12-27', '2022-Q2', '2022-H1', '201X', 'PRESENT_REF'. */
  readonly timex: string;
  /** ISO date of the first day covered. */
  readonly start: string;
  /** ISO date of the last day covered. */
  readonly end: string;
  readonly granularity: Granularity;
  readonly mod?: TimeMod;
  /** How it was resolved: stated in full, against the publication date, or against an earlier date in the text. */
  readonly anchor: 'absolute' | 'publication' | 'discourse';
  /** Parts filled in from context rather than stated. */
  readonly implied: readonly ('year' | 'month' | 'day')[];
  readonly span?: Span;
}

/** What a figure measures. */
export type QuantityKind = 'money' | 'percent' | 'points' | 'count';

/** A qualifier that widens a figure into an interval. */
export type Approx = 'over' | 'under' | 'around' | 'up-to' | 'at-least' | 'nearly';

/** A normalized figure: a value with the interval it stands for, given rounding and qualifiers. */
export interface Quantity {
  readonly kind: QuantityKind;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  /** ISO 4217 code for money ('CNY', 'USD', 'HKD'), '%' for percentages, 'pp' for points, 'count'. */
  readonly unit: string;
  readonly approx?: Approx;
  /**
   * For counts: the noun counted ('businesses', 'registered users'). For a price paid for part of a
   * company: the share bought ('30%'), so the prices of two tranches are not compared.
   */
  readonly noun?: string;
  /** A stated equivalent in another currency, as in "3 billion RMB (around $432 million)". */
  readonly equivalent?: Quantity;
  readonly span?: Span;
}

/** An entity type. */
export type EntityType = 'person' | 'organization' | 'product' | 'other';

/**
 * One name an entity went by, with the time the text gives for it: 'X, formerly known as Y until
 * 2018' (Y until 2018, X from 2018), 'Y was renamed Z in 2020' (Y until 2020, Z from 2020),
 * 'founded as Y in 2015' (Y from 2015), 'under the new name Z since March' (Z from March).
 */
export interface EntityName {
  /** The name, as one of the entity's `name` and `aliases` is spelled. */
  readonly name: string;
  /** When it became the name. */
  readonly from?: TimeValue;
  /** When it stopped being the name. */
  readonly until?: TimeValue;
  /** The text calls it a name the entity no longer goes by ('formerly known as Y'), dated or not. */
  readonly former?: boolean;
  /** The documents that say so, in id order; the spans of `from` and `until` are offsets into the first. */
  readonly docs?: readonly string[];
}

/** A named thing the articles talk about, merged across documents. */
export interface Entity {
  /** Stable id derived from the canonical name, e.g. 'org:acme-holdings'. */
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  /** The names the text dates or calls former, in the order they were used; absent when there are none. */
  readonly names?: readonly EntityName[];
}

/** A place in a document where an entity is named or referred to. */
export interface Mention {
  readonly entity: string;
  readonly span: Span;
  readonly sentence: number;
  /** A name, an alias, or a reference resolved to an earlier name ('the company', 'it'). */
  readonly via: 'name' | 'alias' | 'reference';
}

/** An article. */
export interface Document {
  readonly id: string;
  /** The article text, without front matter; every span is an offset into it. */
  readonly text: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly url?: string;
  /** '2016-12-28', '2016-12' or '2016'. */
  readonly published?: string;
  readonly path?: string;
}

/** How a claim is asserted. */
export interface Modality {
  readonly negated: boolean;
  readonly hedged: boolean;
  readonly attributedTo?: string;
}

/** The claim kinds. */
export type ClaimKind = 'event' | 'role' | 'attribute' | 'relation';

/** One factual statement pulled from one sentence of one document. */
export interface Claim {
  readonly id: string;
  readonly doc: string;
  readonly kind: ClaimKind;
  /** Entity id. For roles, the organization; the holder is the object. */
  readonly subject: string;
  /** A predicate from the vocabulary: 'founded', 'renamed', 'licensed', 'chairman', 'stake', ... */
  readonly predicate: string;
  /** Entity id, title, name, or figure. */
  readonly object?: string | Quantity;
  /** When it happened, or since when it holds. */
  readonly time?: TimeValue;
  /** For roles and states: whether the text puts it before, at, or after its reference time. */
  readonly tense?: 'past' | 'present' | 'future';
  /** Extra words that qualify the predicate: the licence type, the product, the counted noun. */
  readonly qualifier?: string;
  readonly modality: Modality;
  /** The sentence or clause it came from. */
  readonly evidence: Span & { readonly sentence: number };
}

/** Severity of a finding. */
export type Severity = 'error' | 'warning' | 'info';

/** Which side of a finding is more likely right, and why. */
export interface Verdict {
  /** A claim id of the side judged more likely. */
  readonly likely: string;
  readonly confidence: number;
  readonly why: string;
}

/** A discrepancy (or an update) found between claims. */
export interface Finding {
  readonly id: string;
  readonly rule: string;
  readonly severity: Severity;
  /** One sentence a reader understands without the JSON. */
  readonly message: string;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
  readonly subject?: string;
  readonly predicate?: string;
  /** Claim ids, one or more per side. */
  readonly claims: readonly string[];
  /** The same claim ids split by side (one array per value in disagreement), when the rule tells them apart. */
  readonly sides?: readonly (readonly string[])[];
  readonly verdict?: Verdict;
}

/** A problem with the input or the configuration, or a note on what could not be done. */
export interface Diagnostic {
  readonly doc?: string;
  readonly path?: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
  readonly message: string;
}

/** The report's view of a document: its metadata, without the text. */
export type ReportDocument = Omit<Document, 'text'> & {
  readonly length: number;
  /** When `published` is missing: the interval inferred from a byline, dateline, URL or the text, and on what basis. */
  readonly publishedInferred?: { readonly value: TimeValue; readonly basis: string; readonly confidence: number };
};

/** The result of a run: what was read, what was extracted, what was found. */
export interface Report {
  readonly schemaVersion: 1;
  readonly documents: readonly ReportDocument[];
  readonly entities: readonly Entity[];
  readonly claims: readonly Claim[];
  readonly findings: readonly Finding[];
  readonly diagnostics: readonly Diagnostic[];
}
