// The claim frames run a dozen case-insensitive trigger patterns over every sentence, and most
// sentences hold none of their verbs. Every match of such a pattern contains one of a few
// literal words (its keys), so a plain substring search in the lower-cased sentence rules most
// patterns out before they run. The test is exact, never a guess: a sentence without any key
// cannot match the pattern.

// Under the `i` and `u` flags two non-ASCII letters match ASCII ones (U+017F LONG S matches
// 's', U+212A KELVIN SIGN matches 'k'), which a search in the lower-cased text would miss; a
// sentence that has either runs every pattern.
const FOLDS_TO_ASCII = /[\u017F\u212A]/u;

/** Whether a case-insensitive pattern whose every match contains one of `keys` may match the sentence. */
export type TriggerGate = (keys: readonly string[]) => boolean;

/**
 * The gate of one sentence: given a pattern's keys (lower-case literals, one of which every
 * match of the pattern contains), whether the pattern can match `text` at all.
 */
export function triggerGate(text: string): TriggerGate {
  if (FOLDS_TO_ASCII.test(text)) return () => true;
  const lower = text.toLowerCase();
  return (keys) => keys.some((k) => lower.includes(k));
}
