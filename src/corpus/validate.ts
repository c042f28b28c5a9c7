import type { Diagnostic, Document } from '../types.js';
import { isPublishedDate } from './published.js';

const TEXT_FIELDS = ['title', 'outlet', 'url', 'path'] as const;

/** What {@link validateDocuments} found. */
export interface ValidatedDocuments {
  /** The usable documents, with any malformed metadata removed. */
  readonly documents: Document[];
  /** One error per input skipped (not an object, no id, no text, an id already used). */
  readonly diagnostics: Diagnostic[];
  /** One warning per metadata field dropped from a document that was kept. */
  readonly warnings: Diagnostic[];
}

/**
 * Checks documents given as objects: an id and a text each, ids unique. Returns the usable
 * documents and an error for each one skipped. Metadata of the wrong type or shape (a number
 * for a title, '2016-13' for a publication date) is dropped with a warning, so the stages only
 * ever see the data model's types; the document itself still runs.
 */
export function validateDocuments(input: readonly unknown[]): ValidatedDocuments {
  const documents: Document[] = [];
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const seen = new Set<string>();
  input.forEach((d, i) => {
    const label = `document #${i + 1}`;
    if (typeof d !== 'object' || d === null) {
      diagnostics.push({ severity: 'error', code: 'document-shape', message: `${label} is not an object with an id and a text; it was skipped.` });
      return;
    }
    const doc = d as Partial<Record<keyof Document, unknown>>;
    if (typeof doc.id !== 'string' || doc.id.length === 0) {
      diagnostics.push({ severity: 'error', code: 'document-id', message: `${label} has no string 'id'; give each document a unique id. It was skipped.` });
      return;
    }
    const id = doc.id;
    const where = typeof doc.path === 'string' ? doc.path : id;
    if (typeof doc.text !== 'string' || doc.text.trim().length === 0) {
      diagnostics.push({ doc: id, severity: 'error', code: 'empty', message: `${where}: has no text; it was skipped.` });
      return;
    }
    if (seen.has(id)) {
      diagnostics.push({ doc: id, severity: 'error', code: 'duplicate-id', message: `${where}: the id '${id}' is already used by another document; give it a unique id in its front matter. It was skipped.` });
      return;
    }
    seen.add(id);
    // Only the data model's fields go on: a scraper's extra fields (raw HTML, functions) would
    // otherwise reach the report, break its schema, and fail to cross to worker threads.
    const clean: { -readonly [K in keyof Document]: Document[K] } = { id, text: doc.text };
    for (const key of [...TEXT_FIELDS, 'published'] as const) {
      const v = doc[key];
      if (v !== undefined) (clean as Record<string, unknown>)[key] = v;
    }
    for (const key of TEXT_FIELDS) {
      if (doc[key] === undefined || typeof doc[key] === 'string') continue;
      delete clean[key];
      warnings.push({ doc: id, severity: 'warning', code: 'metadata-type', message: `${where}: '${key}' must be a string; it was ignored.` });
    }
    if (doc.published !== undefined && !isPublishedDate(doc.published)) {
      delete clean.published;
      warnings.push({ doc: id, severity: 'warning', code: 'published-format', message: `${where}: 'published: ${String(doc.published).slice(0, 40)}' is not a date like 2016-12-28, 2016-12 or 2016; it was ignored, so relative dates in this document stay unresolved.` });
    }
    documents.push(clean);
  });
  return { documents, diagnostics, warnings };
}
