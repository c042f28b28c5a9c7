/**
 * Corpus: reads articles from files, folders or objects into `Document`s. Each file may carry
 * YAML front matter (id, title, outlet, url, published). Every problem with a file comes back as
 * a diagnostic naming the file and the fix; the other files still load.
 */
export { loadCorpus, DEFAULT_MAX_BYTES, DEFAULT_MAX_DOCUMENTS, type LoadCorpusOptions, type LoadedCorpus } from './load.js';
export { parseDocument, type ParsedDocument } from './front-matter.js';
export { validateDocuments, type ValidatedDocuments } from './validate.js';
export { loadGazetteer, parseGazetteer, GAZETTEER_FILES } from './gazetteer.js';
