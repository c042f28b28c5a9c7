/**
 * Entities: finds people, organizations and products in a document's sentences, with aliases
 * found in the text ('formerly known as', 'X (Y)', 'short for') and references ('the company',
 * 'it') resolved to the salient entity; then links them across documents into one entity list
 * with stable ids. `linkEntities(perDocument, gazetteer?)` takes an optional list of
 * {@link GazetteerEntry} (`{ name, type?, aliases? }`, read from `entities.yaml` beside the
 * articles): a listed name or alias joins every document entity of that name, and the entry's name
 * and type win.
 */
export { extractEntities, type DocumentEntities } from './extract.js';
export { linkEntities, type EntityGraph, type GazetteerEntry } from './link.js';
export { appositiveRanges, inRanges, type Range } from './appositives.js';
export { isHeading } from './heading.js';
export { BUSINESS_NOUNS } from './name-words.js';
