/**
 * Entities: finds people, organizations and products in a document's sentences, with aliases
 * found in the text ('formerly known as', 'X (Y)', 'short for', 'known in Chinese as') and
 * references ('the company', 'it') resolved to the salient entity (a description that is the
 * object of its clause's verb, 'paying $N for the carrier', to another one than the clause's
 * subject); each entity's `names` says when each name was used, where the text dates it ('renamed
 * Z in 2020'). Then links them across documents into one entity list with stable ids, the name
 * spans of all documents merged. `linkEntities(perDocument, gazetteer?)` takes an optional list of
 * {@link GazetteerEntry} (`{ name, type?, aliases? }`, read from `entities.yaml` beside the
 * articles): a listed name or alias joins every document entity of that name, and the entry's name
 * and type win.
 */
export { extractEntities, insideQuotation, listedAfterPreposition, SHARES_OF, type DocumentEntities } from './extract.js';
export { linkEntities, type EntityGraph, type GazetteerEntry } from './link.js';
export { appositiveRanges, inRanges, type Range } from './appositives.js';
export { isHeading } from './heading.js';
export { BUSINESS_NOUNS, PREMISES_SOURCE } from './name-words.js';
