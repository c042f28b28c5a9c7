import type { TimeRule } from '../rule.js';

const PRESENT = new Set(['now', 'currently', 'current', 'nowadays', 'presently', 'at present', 'these days', 'right now', 'so far', 'to date', 'at the moment', 'today']);
const FUTURE = new Set(['the future', 'future', 'soon', 'in the future']);

/** Words that point at the present, the past or the future without naming a date ('now', 'recently'). */
export const refWordRule: TimeRule = {
  name: 'ref-word',
  pattern: /(?<![\w-])(?<w>now|currently|current|nowadays|presently|at\s+present|these\s+days|right\s+now|so\s+far|to\s+date|at\s+the\s+moment|recently|recent|lately|the\s+past|previously|formerly|the\s+future|future|soon)(?![\w-])/i,
  extract(match, text) {
    const w = (match.groups?.w ?? '').toLowerCase().replace(/\s+/g, ' ');
    const end = match.index + match[0].length;
    // 'the past year' and 'recent years' are periods, read by other rules or left alone.
    if (/^\s+(?:years?|months?|weeks?|days?|decades?)\b/i.test(text.slice(end, end + 10))) return null;
    const ref = PRESENT.has(w) ? 'PRESENT_REF' : FUTURE.has(w) ? 'FUTURE_REF' : 'PAST_REF';
    return { spec: { kind: 'ref', ref } };
  },
};
