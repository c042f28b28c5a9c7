// Words that put what follows them in the future: an undated 'December' or 'Monday' after them
// is the next one, not the last.
const FUTURE_CUE =
  /\b(?:will|shall|won't|'ll|scheduled|planned|plans?\s+to|planning|set\s+to|is\s+to|are\s+to|going\s+to|aims?\s+to|intends?\s+to|upcoming|as\s+soon\s+as|as\s+early\s+as|might|effective|expected\s+to|expects?\s+to|would\s+(?:still\s+|also\s+)?be|(?<!\bto\s)(?:meets|meet|begins|starts|opens|resumes|expires|takes\s+effect|take\s+effect|goes\s+into\s+effect|is\s+due|are\s+due)|(?:postponed|delayed|deferred|adjourned|put\s+off|extended|deadline)\s+(?:\w+\s+)?until)\b/i;
// Words after which the clause is reported past, which overrides a cue before them; a closing
// quotation mark ends the quoted clause ('"... will concentrate on it," he said Friday').
const CLAUSE_BREAK = /[;:!?"”]|,\s+(?:and|but|while|when|after|before)\b/i;
// How far back a future cue reaches: a modal governs its clause ('will be named commander of
// the shuttle for a mission in December'), and clause breaks cut the window shorter.
const FUTURE_WINDOW = 90;
// A schedule stated with its auxiliary reaches further than a bare cue.
const SCHEDULE_CUE = /\b(?:is|are)\s+(?:scheduled|set|due|slated)\s+to\b/i;
const SCHEDULE_WINDOW = 160;

/**
 * Whether the clause leading up to `index` speaks of the future. Looks back only within the
 * clause, so that 'said on Monday it will' keeps Monday in the past; a date that opens the
 * sentence (given its `length`) is read with the clause after it.
 */
export function isFutureContext(text: string, index: number, length?: number): boolean {
  let window = text.slice(Math.max(0, index - FUTURE_WINDOW), index);
  const parts = window.split(CLAUSE_BREAK);
  window = parts[parts.length - 1] ?? window;
  if (FUTURE_CUE.test(window)) return true;
  // A stated schedule governs its whole infinitive clause, however long the itinerary it lists
  // ('is scheduled to spend five hours in Dar es Salaam, her first stop, Tuesday morning').
  const far = text.slice(Math.max(0, index - SCHEDULE_WINDOW), index).split(CLAUSE_BREAK);
  if (SCHEDULE_CUE.test(far[far.length - 1] ?? '')) return true;
  // A date opening the sentence ('On Tuesday, the league plans to ...') is governed by the verb after it.
  if (length === undefined || !OPENS_SENTENCE.test(text.slice(0, index))) return false;
  const after = text.slice(index + length, index + length + FUTURE_WINDOW).replace(/^\s*,/, '');
  const clause = after.split(CLAUSE_BREAK)[0] ?? '';
  // 'In September, it announced plans to ...': a past verb makes the cue a noun or a past plan.
  return FUTURE_CUE.test(clause) && !PAST_VERB.test(clause) && !/\b[a-z]{3,}ed\b/i.test(clause);
}

// A deadline word right before the date, and what ends the clause that leads up to it.
const DEADLINE_BEFORE = /\b(?:by|until|till)\s+$/i;
const LEAD_CLAUSE_END = /[,;:!?"”(]/;

/**
 * Whether the date at `index` is a deadline in a clause that narrates nothing past ('a program
 * to pay down the loan by February'): such a deadline lies ahead. A past or perfect verb in the
 * clause makes it a point reached ('sales had doubled by February', 'it recovered by Friday').
 * Meant for a month without a year; a weekday or a full date has its own nearer reading.
 */
export function isOpenDeadline(text: string, index: number): boolean {
  const lead = text.slice(Math.max(0, index - 80), index);
  if (!DEADLINE_BEFORE.test(lead)) return false;
  const clause = lead.split(LEAD_CLAUSE_END).pop() ?? '';
  const words = clause.replace(DEADLINE_BEFORE, '').trim();
  return words.length > 0 && !PAST_VERB.test(clause) && !/\b(?:[a-z]{3,}ed|has|have|been)\b/i.test(clause);
}

// What may precede a date that opens its sentence: nothing, or a preposition.
const OPENS_SENTENCE = /^\s*(?:[a-z]+\s+)?$/i;

// Finite past-tense verbs: common irregular and reporting verbs, and any '-ed' form right after
// a subject pronoun or relative ('it launched', 'which changed'), but not '-ed' adjectives
// ('a listed firm').
const PAST_VERB =
  /\b(?:was|were|had|did|said|made|took|got|went|came|began|became|bought|sold|brought|won|led|paid|rose|fell|grew|saw|left|held|told|gave|found|met|lost|spent|built|sent|struck|announced|launched|opened|closed|signed|agreed|approved|completed|acquired|filed|reported|changed|joined|moved|raised|received|started|named|appointed|resigned|returned|released|introduced|established|founded)\b|\b(?:it|he|she|they|we|which|who)\s+(?:[a-z]+ed|cut|put|set|hit|shut|quit|let)\b/i;

/**
 * Whether the sentence around `index` narrates the past: it has a finite past-tense verb and no
 * future cue before the date. A bare 'In January' in such a sentence is a January already over.
 */
export function isPastContext(text: string, index: number): boolean {
  if (isFutureContext(text, index)) return false;
  return PAST_VERB.test(text.slice(Math.max(0, index - 120), index + 120));
}

// Words that open a clause whose time is not the past verb's: an infinitive ('to' before
// anything but a determiner or a figure), a modal, a deadline.
const NOT_NARRATED = /\bto\s+(?!(?:a|an|the|its|their|his|her|this|that|these|those)\b|\d)|\b(?:will|would|could|should|must|may|might|can|is|are|by|until|through|till|expects?|plans?)\b/i;
const CLAUSE_END = /[,;:!?"”]/;

/**
 * Whether the date at `index` sits in a clause that itself narrates the past: it opens the
 * sentence and the clause after it has a past verb ('In February, it cut prices'), or the
 * clause leading up to it has one and no infinitive, modal or deadline ('it cut prices in
 * February'). Narrower than {@link isPastContext}: 'said it would close in January' is not.
 */
export function isPastClause(text: string, index: number, length: number): boolean {
  if (isFutureContext(text, index)) return false;
  const lead = text.slice(Math.max(0, index - 60), index);
  const clause = lead.split(CLAUSE_END).pop() ?? '';
  if (OPENS_SENTENCE.test(text.slice(0, index)) || clause.trim() === '' || /^\s*(?:in|on|during|by)\s+$/i.test(clause)) {
    const after = text.slice(index + length, index + length + 60).replace(/^\s*,/, '').split(CLAUSE_END)[0] ?? '';
    return PAST_VERB.test(after) && !NOT_NARRATED.test(after);
  }
  return PAST_VERB.test(clause) && !NOT_NARRATED.test(clause);
}
