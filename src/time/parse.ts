import type { TimeValue } from '../types.js';
import { splitText, type Sentence } from '../text/index.js';
import { sentenceMentions, type SentenceDates } from './sentence-dates.js';
import { referenceValue } from './reference.js';
import { resolveSpec } from './resolve.js';
import { isFutureContext, isOpenDeadline, isPastClause, isPastContext } from './tense.js';

/** Options for {@link parseTimes}. */
export interface ParseTimesOptions {
  /**
   * The publication date ('2016-12-28', '2016-12', '2016') or an interval; relative dates
   * resolve against it. Without it, expressions that need it ('last year', 'Thursday', a month
   * without a year) are left out rather than guessed.
   */
  readonly reference?: string | TimeValue | undefined;
  /** The sentences of `text` as `splitText(text)` gives them, when the caller has them already: they are not split again. */
  readonly sentences?: readonly Sentence[] | undefined;
  /** The document's sentences read so far, to read each sentence once (see {@link SentenceDates}). */
  readonly dates?: SentenceDates | undefined;
}

// How many sentences back a month or day still sets the year of an undated month.
const NARRATIVE_REACH = 2;
// A date opening a sentence, after an optional preposition: 'In 2015, ...', 'By May 2016, ...'.
const OPENING = /^\s*(?:["“'‘(]\s*)?(?:[a-z]+\s+){0,2}$/i;

// Long runs of punctuation slow chrono down; blanking them keeps every offset in place.
const PUNCTUATION_RUN = /([^\w\s])\1{3,}/g;

/**
 * Every date expression in `text`, normalized against the reference and, for discourse
 * anchors ('the same year'), against the previous date in the text. The text is read one
 * sentence at a time; spans are offsets into `text`.
 */
export function parseTimes(text: string, options: ParseTimesOptions = {}): TimeValue[] {
  const reference = referenceValue(options.reference);
  const out: TimeValue[] = [];
  let previous: TimeValue | undefined;
  let previousAt = -Infinity;
  let index = 0;
  for (const sentence of options.sentences ?? splitText(text).sentences) {
    const clean = sentence.text.replace(PUNCTUATION_RUN, (m) => ' '.repeat(m.length));
    let previousInSentence: TimeValue | undefined;
    let frame: TimeValue | undefined;
    for (const mention of options.dates ? options.dates.mentionsOf(clean) : sentenceMentions(clean)) {
      const start = sentence.start + mention.index;
      const span = { start, end: start + mention.text.length, text: text.slice(start, start + mention.text.length) };
      // Tense beyond the future cue matters only to a month or day without a year.
      const undated = mention.spec.kind === 'calendar' && !mention.spec.year && (mention.spec.unit === 'month' || mention.spec.unit === 'day');
      const bareMonth = undated && mention.spec.kind === 'calendar' && mention.spec.unit === 'month';
      const future = isFutureContext(clean, mention.index, mention.text.length) || (bareMonth && isOpenDeadline(clean, mention.index));
      const past = undated && !future && isPastContext(clean, mention.index);
      const pastClause = past && isPastClause(clean, mention.index, mention.text.length);
      const ctx = { reference, previous, previousInSentence, previousRecent: index - previousAt <= NARRATIVE_REACH, frame, future, past, pastClause };
      const value = resolveSpec(mention.spec, ctx, span);
      if (!value) continue;
      out.push(value);
      if (!value.timex.endsWith('_REF')) {
        if (!previousInSentence && OPENING.test(clean.slice(0, mention.index))) frame = value;
        previous = value;
        previousAt = index;
        previousInSentence = value;
      }
    }
    index++;
  }
  return out;
}
