/**
 * Text: splits a document into paragraphs and sentences with character offsets into the
 * original text, and marks boilerplate (share lines, 'SEE ALSO', image credits, bylines, reader
 * comments) so later stages skip it without any offset moving. Also makes the bounded copy of a
 * text that the extraction stages read (`stageText`: markup, control characters, invisible marks
 * and runs of punctuation blanked, runs of spaces squeezed) and moves their spans back onto the
 * original (`restoreSpans`). Linear in the text's length.
 */
export { splitText, type Sentence, type Paragraph, type Segmented } from './sentences.js';
export { isBoilerplate } from './boilerplate.js';
export { stageText, stageView, blankText, MAX_PUNCTUATION_RUN, type StageView } from './stage-text.js';
export { restoreSpans } from './spans.js';
