import type { Document } from '../../src/types.js';
import { splitText } from '../../src/text/index.js';
import { extractEntities, linkEntities, type DocumentEntities } from '../../src/entities/index.js';

/** The entities of each text, by document id. */
export function docs(texts: Record<string, string>): DocumentEntities[] {
  return Object.entries(texts).map(([id, text]) => extractEntities({ id, text } as Document, splitText(text)));
}

/** The corpus-wide id of the entity a document calls `name`, after linking. */
export function canonicalOf(per: readonly DocumentEntities[], doc: string, name: string): string | undefined {
  const graph = linkEntities(per);
  const d = per.find((x) => x.doc === doc);
  const local = d?.entities.find((e) => e.name === name || e.aliases.includes(name));
  return local ? graph.canonical(doc, local.id) : undefined;
}
