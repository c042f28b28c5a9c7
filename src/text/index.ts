/**
 * Text: splits a document into paragraphs and sentences with character offsets into the
 * original text, and marks boilerplate (share lines, 'SEE ALSO', image credits, bylines, reader
 * comments) so later stages skip it without any offset moving. Linear in the text's length.
 */
export { splitText, type Sentence, type Paragraph, type Segmented } from './sentences.js';
export { isBoilerplate } from './boilerplate.js';
