import { FUNCTION_WORDS } from './name-words.js';

const LETTER_FIRST = /^\p{L}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;

/** Whether a sentence is a heading in title case (most words capitalized, no final stop): its capitals say nothing about names. */
export function isHeading(sentence: string): boolean {
  // Most sentences end in a stop: that settles it before any word is looked at.
  if (/[.!?]$/u.test(sentence.trim())) return false;
  // Words that start with a letter; of them, the content words (not lower-case function words), and the capitalized ones.
  let words = 0;
  let content = 0;
  let caps = 0;
  for (const w of sentence.split(/\s+/u)) {
    if (!LETTER_FIRST.test(w)) continue;
    words++;
    if (CAPITAL_FIRST.test(w)) {
      content++;
      caps++;
    } else if (!FUNCTION_WORDS.has(w.toLowerCase())) content++;
  }
  if (words < 3) return false;
  return caps / Math.max(1, content) >= 0.75;
}
