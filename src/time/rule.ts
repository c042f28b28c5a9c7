import type { DateSpec } from './spec.js';

/** What a rule found: the spec, and which part of the match is the date expression. */
export interface Candidate {
  readonly spec: DateSpec;
  /** Characters at the start of the match that are context, not expression ('in ' of 'in 2018'). */
  readonly lead?: number;
  /** Characters at the end of the match that are context, not expression. */
  readonly trail?: number;
}

/**
 * One of our date patterns. The chrono adapter turns each into a chrono-node parser, so our
 * patterns and chrono's own run in one pass and compete in chrono's overlap refiner.
 */
export interface TimeRule {
  readonly name: string;
  /**
   * A cheap test that a sentence may hold a match: a pattern, or lower-case words one of which
   * the sentence must contain. Rules whose hint fails are skipped for that sentence.
   */
  readonly hint?: RegExp | readonly string[];
  /** Not global; chrono-node runs it repeatedly over the rest of the sentence. */
  readonly pattern: RegExp;
  /** The spec for a match, or null when the match is not a date here (a name, a figure). */
  extract(match: RegExpExecArray, text: string): Candidate | null;
}
