/**
 * Text: splits a document into paragraphs and sentences with character offsets into the
 * original text, and marks boilerplate (share lines, 'SEE ALSO', image credits, bylines, reader
 * comments) so later stages skip it without any offset moving. Also makes the bounded copy of a
 * text that the extraction stages read (`stageText`: same offsets, markup, control characters
 * and runs of punctuation blanked) and puts the original back into their spans
 * (`restoreSpans`). Linear in the text's length.
 */
export { splitText, type Sentence, type Paragraph, type Segmented } from './sentences.js';
export { isBoilerplate } from './boilerplate.js';
export { stageText, stageView, blankText, MAX_PUNCTUATION_RUN, type StageView } from './stage-text.js';
export { restoreSpans } from './spans.js';
