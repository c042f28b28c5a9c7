import type { Document, Entity, Mention } from '../types.js';
import type { Segmented } from '../text/index.js';

/** The entities of one document, with mentions whose `entity` is a document-local id. */
export interface DocumentEntities {
  readonly doc: string;
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
}

/** Entities merged across documents. */
export interface EntityGraph {
  readonly entities: readonly Entity[];
  /** The corpus-wide id of a document-local entity id. */
  canonical(doc: string, localId: string): string;
}

/** Entities and mentions of one document. */
export function extractEntities(doc: Document, _segmented: Segmented): DocumentEntities {
  return { doc: doc.id, entities: [], mentions: [] };
}

/** Merges the entities of several documents into one graph with stable ids. */
export function linkEntities(perDocument: readonly DocumentEntities[]): EntityGraph {
  const entities = new Map<string, Entity>();
  for (const d of perDocument) for (const e of d.entities) if (!entities.has(e.id)) entities.set(e.id, e);
  return { entities: [...entities.values()].sort((a, b) => a.id.localeCompare(b.id)), canonical: (_doc, id) => id };
}
