import type { Modality } from '../types.js';
import { triggerGate, triggerKeys, type TriggerGate, type TriggerKeys } from './trigger-gate.js';

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
const FUTURE = /\b(?:will|shall|(?:is|are) set to|(?:is|are) going to|plans? to|expects? to|(?:is|are) expected to|aims? to|intends? to|(?:is|are) to be)\b/iu;
// 'said it would buy X': a deal announced, not yet done (the future seen from the past).
const WOULD = /\bwould\s+(?:buy|acquire|purchase|take over|sell|merge|list|launch|open|invest|set up)\b/iu;
const PAST = /\b(?:previously|formerly|former|was|were|had|used to|earlier|ex-)\b/iu;

// Keys of the patterns above for the trigger gate: every match contains one of them. These
// patterns run for every claim; most clauses hold none of their words.
const NEGATION_KEYS = triggerKeys("n't", 'n’t', 'not', 'never', 'no longer', 'yet', 'lack', 'without', 'fail', 'denie', 'neither', 'nor', 'none of', 'declined to', 'refused to');
const HEDGE_KEYS = triggerKeys(
  'reportedly', 'allegedly', 'rumo', 'said to', 'believ', 'expect', 'plan', 'aim', 'intend', 'hope', 'seek', 'want', 'set to', 'likely',
  'estimat', 'forecast', 'projected', 'proposed', 'potential', 'in talks', 'in the process of', 'considering', 'preparing', 'mulling', 'eyeing',
);
const MODAL_KEYS = triggerKeys('may', 'might', 'could', 'would', 'will', 'shall');
const SAID_BY_KEYS = triggerKeys('according to', 'said', 'says', 'told', 'claim', 'revealed', 'confirmed', 'stated', 'announced');
const ACCORDING_TO_KEYS = triggerKeys('according to');
const REPORTED_KEYS = triggerKeys('reported', 'rumo', 'understood');
const FUTURE_KEYS = triggerKeys('will', 'shall', 'set to', 'going to', 'plan', 'expect', 'aim', 'intend', 'to be');
const WOULD_KEYS = triggerKeys('would');

/** The modality patterns with their gate keys, for tests that check the keys. */
export const MODALITY_TRIGGERS: readonly { readonly pattern: RegExp; readonly keys: TriggerKeys }[] = [
  { pattern: NEGATION, keys: NEGATION_KEYS },
  { pattern: HEDGE, keys: HEDGE_KEYS },
  { pattern: MODAL, keys: MODAL_KEYS },
  { pattern: SAID_BY, keys: SAID_BY_KEYS },
  { pattern: ACCORDING_TO, keys: ACCORDING_TO_KEYS },
  { pattern: REPORTED, keys: REPORTED_KEYS },
  { pattern: FUTURE, keys: FUTURE_KEYS },
  { pattern: WOULD, keys: WOULD_KEYS },
];

/** How a clause asserts what it says: denied, hedged, attributed. */
export function modalityOf(clause: string, speaker?: string | undefined): Modality {
  const may = triggerGate(clause);
  const negated = may(NEGATION_KEYS) && NEGATION.test(clause);
  const hedged = (may(HEDGE_KEYS) && HEDGE.test(clause)) || (may(MODAL_KEYS) && MODAL.test(clause));
  return { negated, hedged, ...attribution(clause, speaker, may) };
}

/**
 * Who a clause says asserts it ('according to X', 'X said'). Read over the whole clause even when
 * hedges and negations are read over a verb's own part of it: a source vouches for all of it.
 */
export function attributionOf(clause: string, speaker?: string | undefined): { attributedTo?: string } {
  return attribution(clause, speaker, triggerGate(clause));
}

function attribution(clause: string, speaker: string | undefined, may: TriggerGate): { attributedTo?: string } {
  const acc = may(ACCORDING_TO_KEYS) ? ACCORDING_TO.exec(clause) : null;
  if (acc?.[1]) return { attributedTo: acc[1].trim() };
  if (may(REPORTED_KEYS) && REPORTED.test(clause)) return { attributedTo: 'unnamed reports' };
  if (speaker && may(SAID_BY_KEYS) && SAID_BY.test(clause)) return { attributedTo: speaker };
  return {};
}

/** The tense a clause puts its verb in, from its auxiliaries. */
export function tenseOf(clause: string): 'past' | 'present' | 'future' {
  const may = triggerGate(clause);
  if (may(FUTURE_KEYS) && FUTURE.test(clause)) return 'future';
  if (may(WOULD_KEYS) && WOULD.test(clause)) return 'future';
  if (PAST.test(clause)) return 'past';
  return 'present';
}
