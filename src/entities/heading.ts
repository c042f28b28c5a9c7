import { FUNCTION_WORDS } from './name-words.js';

/** Whether a sentence is a heading in title case (most words capitalized, no final stop): its capitals say nothing about names. */
export function isHeading(sentence: string): boolean {
  // Most sentences end in a stop: that settles it before any word is looked at.
  if (/[.!?]$/u.test(sentence.trim())) return false;
  const words = sentence.split(/\s+/u).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 3) return false;
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
  const caps = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / Math.max(1, content.length) >= 0.75;
}
