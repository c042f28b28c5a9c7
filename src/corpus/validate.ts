import type { Diagnostic, Document } from '../types.js';

/**
 * Checks documents given as objects: an id and a text each, ids unique. Returns the usable
 * documents and a diagnostic for each one skipped.
 */
export function validateDocuments(input: readonly unknown[]): { documents: Document[]; diagnostics: Diagnostic[] } {
  const documents: Document[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  input.forEach((d, i) => {
    const label = `document #${i + 1}`;
    if (typeof d !== 'object' || d === null) {
      diagnostics.push({ severity: 'error', code: 'document-shape', message: `${label} is not an object with an id and a text; it was skipped.` });
      return;
    }
    const doc = d as Partial<Document>;
    if (typeof doc.id !== 'string' || doc.id.length === 0) {
      diagnostics.push({ severity: 'error', code: 'document-id', message: `${label} has no string 'id'; give each document a unique id. It was skipped.` });
      return;
    }
    if (typeof doc.text !== 'string' || doc.text.trim().length === 0) {
      diagnostics.push({ doc: doc.id, severity: 'error', code: 'empty', message: `${doc.path ?? doc.id}: has no text; it was skipped.` });
      return;
    }
    if (seen.has(doc.id)) {
      diagnostics.push({ doc: doc.id, severity: 'error', code: 'duplicate-id', message: `${doc.path ?? doc.id}: the id '${doc.id}' is already used by another document; give it a unique id in its front matter. It was skipped.` });
      return;
    }
    seen.add(doc.id);
    documents.push(doc as Document);
  });
  return { documents, diagnostics };
}
