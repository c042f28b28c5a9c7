import { findMentions, type Mention } from './chrono-adapter.js';
import { joinMentions } from './joins.js';

/**
 * The date mentions of sentences already read, kept for one document. The publication-date
 * inference reads the first lines of an article, which are also its first sentences, and reads
 * the text once more against another reference; what a sentence mentions does not depend on the
 * reference, so each sentence is parsed once. Made by the caller per document and dropped with
 * it, so it holds no more than that document's sentences.
 */
export class SentenceDates {
  readonly #bySentence = new Map<string, readonly Mention[]>();

  /** The mentions of one sentence (punctuation runs already blanked), with neighbours joined. */
  mentionsOf(sentence: string): readonly Mention[] {
    let mentions = this.#bySentence.get(sentence);
    if (!mentions) {
      mentions = sentenceMentions(sentence);
      this.#bySentence.set(sentence, mentions);
    }
    return mentions;
  }
}

/** The mentions of one sentence, with neighbours joined: what {@link SentenceDates} keeps. */
export function sentenceMentions(sentence: string): readonly Mention[] {
  return joinMentions(sentence, findMentions(sentence));
}
