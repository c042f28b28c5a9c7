import type { Modality } from '../types.js';

// Words that deny the clause. 'not only' adds rather than denies.
const NEGATION = /n['’]t\b|\b(?:not(?! only)|never|no longer|has yet|have yet|had yet|yet to|lacks?|lacked|lacking|without|failed to|fails to|denied|denies|neither|nor|none of|declined to|refused to)\b/iu;
// Words that make the clause a report, a plan or a guess rather than an outcome.
const HEDGE =
  /\b(?:reportedly|allegedly|rumou?red|(?:is|are|was|were) said to|(?:is|are|was|were) believed to|(?:is|are|was|were) expected to|expects? to|expected|plans? to|planned to|planning to|aims? to|aiming to|intends? to|intended to|hopes? to|seeks? to|wants? to|(?:is|are) set to|is likely|are likely|likely to|believes?|believed|estimates?|estimated|forecasts?|projected|proposed|potential(?:ly)?|in talks|in the process of|considering|is preparing|are preparing|mulling|eyeing)\b/iu;
// Modal verbs in lower case only: 'May 2020' is a month, 'Will' may be a name.
const MODAL = /\b(?:may|might|could|would|will|shall)\b/u;
const SAID_BY = /\b(?:according to|said|says|told|claims?|claimed|revealed|confirmed|stated|announced)\b/iu;
const ACCORDING_TO = /\baccording to (?:the |a |an )?((?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s)?[^,;.]{2,60})/iu;
const REPORTED = /\bit (?:was|is|has been) (?:reported|rumou?red|understood) that\b/iu;

/** How a clause asserts what it says: denied, hedged, attributed. */
export function modalityOf(clause: string, speaker?: string | undefined): Modality {
  const negated = NEGATION.test(clause);
  const hedged = HEDGE.test(clause) || MODAL.test(clause);
  return { negated, hedged, ...attributionOf(clause, speaker) };
}

/**
 * Who a clause says asserts it ('according to X', 'X said'). Read over the whole clause even when
 * hedges and negations are read over a verb's own part of it: a source vouches for all of it.
 */
export function attributionOf(clause: string, speaker?: string | undefined): { attributedTo?: string } {
  const acc = ACCORDING_TO.exec(clause);
  if (acc?.[1]) return { attributedTo: acc[1].trim() };
  if (REPORTED.test(clause)) return { attributedTo: 'unnamed reports' };
  if (speaker && SAID_BY.test(clause)) return { attributedTo: speaker };
  return {};
}

/** The tense a clause puts its verb in, from its auxiliaries. */
export function tenseOf(clause: string): 'past' | 'present' | 'future' {
  if (/\b(?:will|shall|(?:is|are) set to|(?:is|are) going to|plans? to|expects? to|(?:is|are) expected to|aims? to|intends? to|(?:is|are) to be)\b/iu.test(clause)) return 'future';
  // 'said it would buy X': a deal announced, not yet done (the future seen from the past).
  if (/\bwould\s+(?:buy|acquire|purchase|take over|sell|merge|list|launch|open|invest|set up)\b/iu.test(clause)) return 'future';
  if (/\b(?:previously|formerly|former|was|were|had|used to|earlier|ex-)\b/iu.test(clause)) return 'past';
  return 'present';
}
