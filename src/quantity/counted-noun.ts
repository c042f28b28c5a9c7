/**
 * The noun a count counts: 'over 2,000 family-run shops', 'four other Ohio-based
 * suppliers', '40 million monthly users'. A number is a count only when a plural noun
 * follows within a few modifier words; durations ('three years'), multipliers ('two times') and
 * function words stop the search, so a bare number is never a figure.
 */
import type { Token } from './tokens.js';

/** Words that end a noun phrase, or that a count's noun cannot be. */
const STOP = new Set([
  'of', 'the', 'a', 'an', 'and', 'or', 'but', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'per', 'than', 'as', 'that',
  'which', 'who', 'whom', 'whose', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would',
  'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this',
  'these', 'those', 'it', 'they', 'them', 'he', 'she', 'we', 'you', 'i', 'not', 'no', 'so', 'if', 'then', 'also', 'into',
  'onto', 'over', 'under', 'about', 'after', 'before', 'since', 'until', 'while', 'when', 'where', 'during', 'between',
  'among', 'through', 'across', 'against', 'within', 'without', 'up', 'down', 'out', 'off', 'year-on-year', 'ago',
  'earlier', 'later', 'each', 'every', 'all', 'both', 'either', 'neither', 'respectively', 'there', 'here', 'yet',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Nouns counted but not figures of the kind compared: durations, multipliers, ages. */
const NOT_COUNTED = new Set([
  'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades', 'centuries', 'quarters', 'nights',
  'mornings', 'evenings', 'afternoons', 'weekends', 'times', 'fold', 'yrs', 'hrs', 'mins', 'secs', 'ms', 'am', 'pm',
  'percent', 'cents', 'dollars', 'pounds', 'euros', 'yuan', 'points', 'bps', 'pts', 'its', 'his', 'hers', 'ours', 'theirs',
  'us', 'thus', 'plus', 'less', 'unless', 'always', 'perhaps', 'besides', 'towards', 'afterwards', 'whereas', 'yes',
  'is', 'was', 'has', 'does', 'goes', 'says', 'sees', 'makes', 'takes', 'gives', 'gets', 'comes', 'means', 'news',
  'series', 'as', 'this', 'th', 'st', 'nd', 'rd', 's',
]);

/** Plurals that do not end in s. */
const IRREGULAR = new Set(['people', 'staff', 'children', 'men', 'women', 'personnel', 'police', 'cattle', 'sheep', 'aircraft', 'mice', 'geese', 'feet', 'teeth', 'deer', 'fish', 'workforce', 'crew', 'households', 'units']);

/** Modifiers left out of the noun ('five other enterprises' counts 'enterprises'). */
const LEADING = new Set(['other', 'more', 'additional', 'further', 'extra', 'different', 'separate']);

function isPlural(lower: string): boolean {
  if (IRREGULAR.has(lower)) return true;
  if (lower.length < 3 || !lower.endsWith('s') || NOT_COUNTED.has(lower)) return false;
  return !(lower.endsWith('ss') || lower.endsWith('us') || lower.endsWith('is') || lower.endsWith("'s") || lower.endsWith('’s'));
}

/** A counted noun: the token range it spans. */
export interface CountedNoun {
  /** First token of the noun (after any leading 'other'). */
  readonly first: number;
  /** Last token of the noun. */
  readonly last: number;
}

/** The most word groups (hyphenated compounds count as one) between a number and its noun. */
const MAX_WORDS = 4;

/**
 * Finds the noun a count at token `from` counts: word groups up to the first plural one, none a
 * stop word. Returns undefined when none follows.
 */
export function countedNoun(toks: readonly Token[], from: number): CountedNoun | undefined {
  let t = from;
  let first = -1;
  let groups = 0;
  while (t < toks.length && groups < MAX_WORDS) {
    const tok = toks[t];
    if (!tok || tok.kind !== 'word' || !tok.gap) return undefined;
    // A hyphenated compound ('family-run', 'Ohio-based') is one group; its last part decides.
    let end = t;
    while (toks[end + 1]?.text === '-' && !toks[end + 1]?.gap && toks[end + 2]?.kind === 'word' && !toks[end + 2]?.gap) end += 2;
    const head = toks[end];
    if (!head) return undefined;
    const compound = end > t;
    if (!compound && STOP.has(tok.lower)) return undefined;
    if (first < 0 && !compound && LEADING.has(tok.lower)) {
      t = end + 1;
      groups += 1;
      continue;
    }
    if (first < 0) first = t;
    if (isPlural(head.lower) && !(compound && NOT_COUNTED.has(head.lower))) {
      if (NOT_COUNTED.has(head.lower)) return undefined;
      return { first, last: end };
    }
    if (NOT_COUNTED.has(head.lower)) return undefined;
    t = end + 1;
    groups += 1;
  }
  return undefined;
}
