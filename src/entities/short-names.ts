import { BUSINESS_NOUNS, FUNCTION_WORDS, ORG_HEADS, STOP_WORDS } from './name-words.js';

// Last words of a name that make it a business line of the company named by its first word:
// 'X Finance', 'X Cloud', 'X Pay' are units of X, not X by its full name.
const UNIT_WORDS = new Set([
  'finance', 'financial', 'cloud', 'pay', 'payments', 'payment', 'securities', 'insurance', 'wallet', 'credit', 'lending',
  'loans', 'ventures', 'capital', 'fund', 'funds', 'asset', 'assets', 'management', 'labs', 'music', 'pictures', 'studios',
  'games', 'foundation', 'bank', 'research', 'logistics', 'health', 'healthcare', 'express',
  // a newspaper named after a word is not the company of that word
  'daily', 'news', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette',
]);

/**
 * Whether a one-word name (a name key, lower case) may stand for a longer organization name that
 * starts with it ('lumeng' for 'Lumeng Auto'): not a function word, an ordinary capitalized word
 * or a word that only says what kind of company something is.
 */
export function isShortFormCandidate(key: string): boolean {
  if (key.length < 3 || key.includes(' ')) return false;
  return !FUNCTION_WORDS.has(key) && !STOP_WORDS.has(key) && !ORG_HEADS.has(key) && !BUSINESS_NOUNS.has(key);
}

/** Whether a longer name (a name key) names a business unit of the company its first word names. */
export function isUnitName(key: string): boolean {
  const words = key.split(' ');
  return UNIT_WORDS.has(words[words.length - 1] ?? '');
}
