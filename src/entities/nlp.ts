import nlp from 'compromise';

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

const NOT_NAME_TAGS = ['Verb', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'QuestionWord'];

// Runs of punctuation make compromise quadratic; they carry nothing for names.
const PUNCT_RUN = /[^\p{L}\p{N}\s]{4,}/gu;

/**
 * The one adapter to compromise: people and places it recognizes in one sentence, and whether
 * the sentence's first word is an ordinary word. Callers hand it one sentence at a time; it costs
 * about as much as compromise's own parse of the sentence.
 */
export function analyzeSentence(text: string): NlpSentence {
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
