import nlp from 'compromise';
import { findNames, type OffsetTest } from './names.js';
import { FUNCTION_WORDS, ORG_HEADS, TITLE_WORDS } from './name-words.js';

/** What compromise says about one stretch of a sentence; offsets are into the text it was given. */
export interface NlpHint {
  readonly start: number;
  readonly end: number;
  readonly kind: 'person' | 'place';
}

/**
 * What compromise says about a sentence: people and places among its names, and part-of-speech
 * facts for its first word, which is capitalized whatever it is. Each part is computed when first
 * read, so a sentence whose names decide their type by their own words never reaches compromise.
 */
export interface NlpSentence {
  /** People and places among all the sentence's names (each name parsed on its own). */
  readonly hints: readonly NlpHint[];
  /**
   * What compromise says of the one name at `start`..`end` (offsets into the text): a person or
   * place hint covering it, give or take a character at either end. Only that name is parsed.
   */
  hintFor(start: number, end: number): NlpHint | undefined;
  /** Offsets (into the text) of words compromise tags as function words, verbs or adverbs. */
  readonly notNames: OffsetTest;
  /** Offsets of ordinary words, adjectives and plural common nouns ('New' may still start a longer name). */
  readonly adjectives: OffsetTest;
}

type FirstWord = 'not-name' | 'adjective' | 'name';

const FIRST_WORD = /[\p{L}\p{N}]+/u;
const CAPITALIZED = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\d]{2,}$/u;
// The first word and up to three after it, within the clause: enough context for compromise to
// tell 'Shares of' from 'Founded in' from 'Acme said', and short enough to repeat often.
const OPENING = /^[^\p{L}\p{N}]*[\p{L}\p{N}]+(?:[ \u00a0'’-][\p{L}\p{N}]+){0,3}/u;

const NOT_NAME_TAGS = ['Verb', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'QuestionWord'];

/** Whether a name is an organization by its own words ('Acme Bank', 'Bank of X'), before any hint. */
function namedOrganization(name: string): boolean {
  return name.split(/\s+/u).some((w) => ORG_HEADS.has(w.toLowerCase().replace(/[.,]$/u, '')));
}

/** Whether the first word of a sentence could be an ordinary word that only its position capitalized. */
function firstWordOpen(word: string): boolean {
  const lower = word.toLowerCase();
  return CAPITALIZED.test(word) && !((FUNCTION_WORDS.has(lower) && !ALL_CAPS.test(word)) || TITLE_WORDS.has(lower));
}

/**
 * compromise's answers repeat: the same names recur through an article and a corpus, and most
 * sentences open with one of a few hundred phrases. Each answer is a pure function of its input
 * string, so a cache changes nothing but the time; it is emptied when full, which bounds memory
 * however many articles pass through one thread.
 */
class Answers<T> {
  // 4,096 answers each: the hits are repeats within an article and the few hundred common
  // openings, which a smaller cache keeps as well; at 8,192 the two held about 16 MB more after
  // extracting 10,000 articles, for no measurable speed.
  private readonly map = new Map<string, T>();
  constructor(private readonly limit: number, private readonly compute: (key: string) => T) {}
  get(key: string): T {
    const known = this.map.get(key);
    if (known !== undefined) return known;
    if (this.map.size >= this.limit) this.map.clear();
    const value = this.compute(key);
    this.map.set(key, value);
    return value;
  }
}

/**
 * The words of a phrase as compromise tags them, with their offsets into the phrase. The offsets
 * are counted from the terms' own text and surrounding punctuation, which together spell the
 * input: compromise's `json({ offset: true })` computes the same and costs more than the parse.
 */
function taggedTerms(phrase: string): { start: number; end: number; tags: ReadonlySet<string> }[] {
  const out: { start: number; end: number; tags: ReadonlySet<string> }[] = [];
  let at = 0;
  compromiseParses.count++;
  for (const sentence of nlp(phrase).docs) {
    for (const t of sentence) {
      const start = phrase.indexOf(t.text, at);
      if (start < 0) return out;
      at = start + t.text.length;
      out.push({ start, end: at, tags: t.tags ?? new Set() });
    }
  }
  return out;
}

/** People and places compromise finds in a name after the word before it; offsets into the phrase. */
const nameHints = new Answers<readonly NlpHint[]>(4096, (phrase) => {
  const hints: NlpHint[] = [];
  let run: { start: number; end: number; kind: NlpHint['kind'] } | undefined;
  for (const t of taggedTerms(phrase)) {
    const kind = t.tags.has('Person') ? 'person' : t.tags.has('Place') ? 'place' : undefined;
    if (kind !== undefined && run?.kind === kind) {
      run.end = t.end;
      continue;
    }
    if (run) hints.push(run);
    run = kind === undefined ? undefined : { start: t.start, end: t.end, kind };
  }
  if (run) hints.push(run);
  return hints;
});

/** How compromise tags the first word of an opening phrase, in the context of the words after it. */
const openingWord = new Answers<FirstWord>(4096, (opening) => {
  compromiseParses.count++;
  const tags = nlp(opening).docs[0]?.[0]?.tags ?? new Set<string>();
  if (tags.has('ProperNoun')) return 'name';
  if (NOT_NAME_TAGS.some((tag) => tags.has(tag))) return 'not-name';
  if (tags.has('Adjective') || (tags.has('Plural') && tags.has('Noun'))) return 'adjective';
  return 'name';
});

// Runs of punctuation make compromise quadratic; they carry nothing for names.
const PUNCT_RUN = /[^\p{L}\p{N}\s]{4,}/u;
// What comes before a name, in the few classes compromise tells apart: a capital opening the text
// is read by its lower-case sense ('Larkspur' alone is a town), one after 'in' or 'at' leans to a
// place ('in Jordan'), one after any other word is a name first ('and Larkspur', 'and Jordan').
// Standing for the actual word, the class keeps the context that changes the answer while a name
// repeated through an article is parsed once.
const PLACE_PREPOSITION = /(?:^|[^\p{L}])(?:in|at|from|near|across|throughout|outside|inside)\s+$/iu;
const OPENS = /^[^\p{L}\p{N}]*$/u;

/** The context a name is parsed in: '' when it opens the sentence, else one representative word. */
function contextBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 12), at);
  if (at < 12 && OPENS.test(before)) return '';
  return PLACE_PREPOSITION.test(before) ? 'in ' : 'and ';
}

/** Counts compromise's parses, for tests that check it is asked only where its answer can matter. */
export const compromiseParses = { count: 0 };

/**
 * The one adapter to compromise: people and places it recognizes among the names of one sentence,
 * and whether the sentence's first word is an ordinary word. compromise's parse is the slowest step
 * of extraction by far, and only these two answers are read, so it is asked about just those, and
 * only when they are read: each candidate name that its own words do not already make an
 * organization ('Acme Bank', 'Bank of X' are organizations whatever compromise thinks), after the
 * word before it; and the sentence's opening words, when the first of them may be an ordinary
 * word that only its position capitalized. Both answers are cached by their text. Offsets in the
 * answer are into `text`.
 */
export function analyzeSentence(text: string): NlpSentence {
  return new LazySentence(text);
}

/**
 * {@link analyzeSentence}'s answer. A class rather than an object literal with closures: every
 * sentence of an article holds one until the article is done, long enough to be moved to the old
 * generation, and the literal was an object, four closures, their context and two more objects
 * (here: three objects). The old generation took 30 MB less over 3,000 articles (V8's sampling
 * heap profiler).
 */
class LazySentence implements NlpSentence {
  private found: readonly NlpHint[] | undefined;
  private tag: FirstWord | undefined;
  private readonly first: number;
  private readonly firstWord: string;
  readonly notNames: OffsetTest;
  readonly adjectives: OffsetTest;

  constructor(private readonly text: string) {
    const first = FIRST_WORD.exec(text);
    this.first = first !== null && firstWordOpen(first[0]) ? first.index : -1;
    this.firstWord = first?.[0] ?? '';
    this.notNames = new FirstWordIs(this, 'not-name');
    this.adjectives = new FirstWordIs(this, 'adjective');
  }

  get hints(): readonly NlpHint[] {
    this.found ??= findNames(this.text, 0, this.text.length, new Set()).flatMap((name) => nameHintsAt(this.text, name.start, name.end));
    return this.found;
  }

  hintFor(start: number, end: number): NlpHint | undefined {
    return nameHintsAt(this.text, start, end).find((h) => h.start <= start + 1 && h.end >= end - 1);
  }

  /** How compromise tags the word at `offset`, if it is the sentence's first word and may open a name. */
  firstTag(offset: number): FirstWord | undefined {
    if (this.first < 0 || offset !== this.first) return undefined;
    this.tag ??= openingWord.get(OPENING.exec(this.text.slice(this.first))?.[0] ?? this.firstWord);
    return this.tag;
  }
}

/** Whether the word at an offset is the sentence's first word and compromise tags it so. */
class FirstWordIs implements OffsetTest {
  constructor(
    private readonly sentence: LazySentence,
    private readonly tag: FirstWord,
  ) {}

  has(offset: number): boolean {
    return this.sentence.firstTag(offset) === this.tag;
  }
}

interface CompromiseModel {
  readonly one?: { readonly lexicon?: Readonly<Record<string, unknown>>; readonly _multiCache?: Readonly<Record<string, unknown>> };
  readonly two?: { readonly suffixPatterns?: readonly (Readonly<Record<string, string>> | undefined)[] };
}

const NAME_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'City', 'Country', 'Region', 'ProperNoun']);
const MODEL = nlp.model() as CompromiseModel;
const NAME_PIECES = /[\s\-.]+/u;
// compromise looks its lexicon up without diacritics ('Élise' as 'elise', 'Søren' as 'soren'),
// through its own table of letters; without it, a name of accented words was never parsed.
const WORLD = (nlp as unknown as { world?: () => unknown }).world?.();
const killUnicode = (nlp.methods() as { one?: { killUnicode?: (word: string, world: unknown) => string } }).one?.killUnicode;
function plainLetters(word: string): string {
  if (!killUnicode) return word;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return killUnicode(word, WORLD);
  return word;
}
const POSSESSIVE_END = /['’]s?$/u;

/**
 * Whether compromise could call any word of a name a person or a place: it knows the word (its
 * lexicon, or the first word of a multi-word entry such as a city), or the word ends like a
 * surname or a place name in its suffix rules ('-sson', '-ville'). A name of words it knows in no
 * way gets no such tag from it (checked over thousands of invented names), so it is not parsed.
 * If the model is not shaped as expected (another version), every name is parsed.
 */
function compromiseMayTag(name: string): boolean {
  const lexicon = MODEL.one?.lexicon;
  const multi = MODEL.one?._multiCache;
  const suffixes = MODEL.two?.suffixPatterns;
  if (!lexicon || !multi || !suffixes) return true;
  for (const piece of name.split(NAME_PIECES)) {
    const word = plainLetters(piece.replace(POSSESSIVE_END, '').toLowerCase());
    if (word.length === 0) continue;
    if (lexicon[word] !== undefined || multi[word] !== undefined) return true;
    for (let n = 2; n < suffixes.length && n < word.length; n++) {
      const tag = suffixes[n]?.[word.slice(-n)];
      if (tag !== undefined && NAME_TAGS.has(tag)) return true;
    }
  }
  return false;
}

/** compromise's people and places in the name at `start`..`end` of a sentence, read after the word before it. */
function nameHintsAt(text: string, start: number, end: number): NlpHint[] {
  const name = text.slice(start, end);
  if (namedOrganization(name) || PUNCT_RUN.test(name) || !compromiseMayTag(name)) return [];
  const before = contextBefore(text, start);
  const at = start - before.length;
  const hints: NlpHint[] = [];
  for (const h of nameHints.get(before + name)) {
    if (h.end > before.length) hints.push({ start: at + Math.max(h.start, before.length), end: at + h.end, kind: h.kind });
  }
  return hints;
}
