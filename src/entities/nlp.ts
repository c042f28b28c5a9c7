import nlp from 'compromise';
import { findNames } from './names.js';
import { FUNCTION_WORDS, ORG_HEADS, TITLE_WORDS } from './name-words.js';

/** What compromise says about one stretch of a sentence; offsets are into the text it was given. */
export interface NlpHint {
  readonly start: number;
  readonly end: number;
  readonly kind: 'person' | 'place';
}

/** Part-of-speech facts for the first word of a sentence, which is capitalized whatever it is. */
export interface NlpSentence {
  readonly hints: readonly NlpHint[];
  /** Offsets (into the text) of words compromise tags as function words, verbs or adverbs. */
  readonly notNames: ReadonlySet<number>;
  /** Offsets of ordinary words, adjectives and plural common nouns ('New' may still start a longer name). */
  readonly adjectives: ReadonlySet<number>;
}

interface TermJson {
  readonly offset?: { readonly start: number; readonly length: number };
  readonly terms?: readonly { readonly tags?: readonly string[] }[];
  readonly text?: string;
}

const NOTHING: NlpSentence = { hints: [], notNames: new Set(), adjectives: new Set() };

const FIRST_WORD = /[\p{L}\p{N}]+/u;
const CAPITAL_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*/gu;

/**
 * The sentence gate: whether compromise's answer can change what is extracted from this sentence.
 * Its tags are read for the first word only, and they cannot matter when that word is lower case
 * or a function or title word (dropped from a name whatever its tag). Its people and places
 * cannot matter for a name that has an organization word in it ('Acme Bank', 'Bank of X'):
 * such a name is an organization before any hint is consulted. So a sentence whose first word is
 * of that kind and whose every later capital lies inside such a name never reaches compromise,
 * which is the slowest step by far. Exact, not a guess: names are found here the way the sentence
 * pass finds them, with less knowledge, so a capital this pass does not place in an organization
 * name sends the sentence to compromise.
 */
export function nlpCanMatter(text: string): boolean {
  const first = FIRST_WORD.exec(text);
  if (!first) return false;
  const word = first[0];
  const lower = word.toLowerCase();
  const caps = /^[\p{Lu}\d]{2,}$/u.test(word);
  if (/^\p{Lu}/u.test(word) && !((FUNCTION_WORDS.has(lower) && !caps) || TITLE_WORDS.has(lower))) return true;
  const covered: { start: number; end: number }[] = [];
  for (const name of findNames(text, 0, text.length, new Set())) {
    const words = name.text.split(/\s+/u).map((w) => w.toLowerCase().replace(/[.,]$/u, ''));
    if (words.some((w) => ORG_HEADS.has(w))) covered.push({ start: name.start, end: name.end });
  }
  const from = first.index + word.length;
  for (const m of text.slice(from).matchAll(CAPITAL_WORD)) {
    const at = from + m.index;
    if (!covered.some((c) => c.start <= at && at < c.end)) return true;
  }
  return false;
}

const NOT_NAME_TAGS = ['Verb', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'QuestionWord'];

// Runs of punctuation make compromise quadratic; they carry nothing for names.
const PUNCT_RUN = /[^\p{L}\p{N}\s]{4,}/gu;

/**
 * The one adapter to compromise: people and places it recognizes in one sentence, and whether
 * the sentence's first word is an ordinary word. Callers hand it one sentence at a time; it costs
 * about as much as compromise's own parse of the sentence, and nothing (an empty answer) when
 * `nlpCanMatter` shows the answer could not change what is extracted.
 */
export function analyzeSentence(text: string): NlpSentence {
  if (!nlpCanMatter(text)) return NOTHING;
  // Same length replacement keeps offsets valid.
  const safe = text.replace(PUNCT_RUN, (m) => ' '.repeat(m.length));
  const doc = nlp(safe);
  const hints: NlpHint[] = [];
  const collect = (view: { json(o: object): unknown }, kind: NlpHint['kind']): void => {
    for (const t of view.json({ offset: true }) as TermJson[]) {
      if (!t.offset) continue;
      hints.push({ start: t.offset.start, end: t.offset.start + t.offset.length, kind });
    }
  };
  collect(doc.people(), 'person');
  collect(doc.places(), 'place');
  const notNames = new Set<number>();
  const adjectives = new Set<number>();
  // Only the sentence's first word needs tags: later capitals are names by their case alone.
  for (const t of doc.terms().eq(0).json({ offset: true }) as TermJson[]) {
    const tags = t.terms?.[0]?.tags ?? [];
    if (!t.offset || tags.includes('ProperNoun')) continue;
    if (tags.some((tag) => NOT_NAME_TAGS.includes(tag))) notNames.add(t.offset.start);
    else if (tags.includes('Adjective') || (tags.includes('Plural') && tags.includes('Noun'))) adjectives.add(t.offset.start);
  }
  return { hints, notNames, adjectives };
}
