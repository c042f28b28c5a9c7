import type { TimeRule } from '../rule.js';
import { isFutureContext } from '../tense.js';
import { before } from '../vocabulary.js';

// A modal in the clause before a vague stretch of time.
const MODAL_NEAR = /\b(?:will|would|could|may|might|can|shall|should)\b|['’]ll\b/i;

const PRESENT = new Set(['now', 'currently', 'current', 'nowadays', 'presently', 'at present', 'these days', 'right now', 'so far', 'to date', 'at the moment', 'today']);
const FUTURE = new Set(['the future', 'future', 'soon', 'in the future']);

/** Vague stretches of time: 'recent years', 'the coming months', 'the last few weeks', 'years ago', 'the near term'. */
export const vaguePeriodRule: TimeRule = {
  name: 'vague-period',
  hint: ['days', 'weeks', 'months', 'years', 'decades', 'quarters', 'term', 'later date', 'ahead', 'soon', 'or two'],
  pattern: /(?<![\w-])(?:(?:the\s+)?(?<w>recent|coming|past|last|next)\s+(?:few\s+|several\s+|couple\s+of\s+)?(?:days|weeks|months|years|decades|quarters)(?:\s+and\s+(?:days|weeks|months|years))?|(?:several|a\s+few|many|some)\s+(?:days|weeks|months|years)\s+(?<ago>ago|earlier|later|from\s+now)|(?:the\s+)?(?<term>near|short|long)[\s-]+term|(?<later>a\s+later\s+date|the\s+years\s+ahead|one\s+day\s+soon)|in\s+(?<fuzzy>an?\s+(?:day|week|month|year)\s+or\s+two|a\s+few\s+(?:days|weeks|months|years)))(?![\w-])/i,
  extract(match, text) {
    const g = match.groups ?? {};
    // 'may, in a year or two, save lives': a vague stretch ahead, only under a modal or future cue.
    if (g.fuzzy) {
      const lead = match[0].length - g.fuzzy.length;
      return MODAL_NEAR.test(text.slice(Math.max(0, match.index - 40), match.index)) || isFutureContext(text, match.index) ? { spec: { kind: 'ref', ref: 'FUTURE_REF' }, lead } : null;
    }
    const w = (g.w ?? g.ago ?? g.term ?? g.later ?? '').toLowerCase();
    const future = w === 'coming' || w === 'next' || w.startsWith('later') || w === 'from now' || w === 'near' || w === 'short' || w === 'long' || Boolean(g.later);
    return { spec: { kind: 'ref', ref: future ? 'FUTURE_REF' : 'PAST_REF' } };
  },
};

// Modals before 'one day' that make it a day to come ('Islam will one day be ...').
const MODAL_BEFORE = /\b(?:will|would|could|may|might|can|shall|should)\s+(?:\w+\s+)?$/i;

/** Words that point at the present, the past or the future without naming a date ('now', 'recently', 'at the time'). */
export const refWordRule: TimeRule = {
  name: 'ref-word',
  hint: ['now', 'current', 'present', 'these days', 'so far', 'to date', 'moment', 'recent', 'lately', 'past', 'previous', 'former', 'future', 'soon'],
  pattern: /(?<![\w-])(?<w>now|currently|current|nowadays|presently|at\s+present|these\s+days|right\s+now|so\s+far|to\s+date|at\s+the\s+moment|recently|recent|lately|the\s+past|previously|formerly|the\s+future|future|soon)(?![\w-])/i,
  extract(match, text) {
    const w = (match.groups?.w ?? '').toLowerCase().replace(/\s+/g, ' ');
    const end = match.index + match[0].length;
    const b = before(text, match.index, 24);
    // 'the then current price' was current then.
    if (w === 'current' && /\bthen[\s-]$/.test(b)) return { spec: { kind: 'ref', ref: 'PAST_REF' } };
    // 'the past year' and 'recent years' are periods, read by other rules or left alone.
    const after = text.slice(end, end + 24);
    if (/^\s+(?:years?|months?|weeks?|days?|decades?)\b/i.test(after)) return null;
    // 'over the past two years' is a stretch of time, not a pointer to the past.
    if (w === 'the past' && /^\s+[a-z]+\s+(?:years|months|weeks|days|decades|quarters)\b/i.test(after)) return null;
    const ref = PRESENT.has(w) ? 'PRESENT_REF' : FUTURE.has(w) ? 'FUTURE_REF' : 'PAST_REF';
    return { spec: { kind: 'ref', ref } };
  },
};

/** Phrases that point at a time without naming it: 'at the time', 'will one day', 'at this crucial moment'. */
export const refPhraseRule: TimeRule = {
  name: 'ref-phrase',
  hint: ['the time', 'one day', 'some day', 'someday', 'moment'],
  pattern: /(?<![\w-])(?<w>this\s+(?:[a-z]+\s+)?moment|the\s+time|one\s+day|some\s?day)(?![\w-])/i,
  extract(match, text) {
    const w = (match.groups?.w ?? '').toLowerCase().replace(/\s+/g, ' ');
    const end = match.index + match[0].length;
    const b = before(text, match.index, 24);
    // 'at the time' is then; 'the time of the merger' counts from an event, 'the time being' is now.
    if (w === 'the time') return /\bat\s+$/.test(b) && !/^\s+(?:of|when|being)\b/i.test(text.slice(end, end + 8)) ? { spec: { kind: 'ref', ref: 'PAST_REF' } } : null;
    // 'will one day be' is a day to come; 'one day later' and 'one day in May' are not.
    if (w === 'one day' || w === 'some day' || w === 'someday') return MODAL_BEFORE.test(b) ? { spec: { kind: 'ref', ref: 'FUTURE_REF' } } : null;
    // 'this moment' is now only as a time ('at this crucial moment'), not 'this moment of truth'.
    if (/^\s+of\b/i.test(text.slice(end, end + 4)) || !/\b(?:at|in|for|until)\s+$/.test(b)) return null;
    return { spec: { kind: 'ref', ref: 'PRESENT_REF' } };
  },
};
