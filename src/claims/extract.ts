import type { Claim, Document, Quantity, TimeValue } from '../types.js';
import type { Segmented } from '../text/index.js';
import type { DocumentEntities } from '../entities/index.js';

/** Everything the claim extractor sees of one document. */
export interface ClaimInput {
  readonly doc: Document;
  readonly segmented: Segmented;
  readonly times: readonly TimeValue[];
  readonly quantities: readonly Quantity[];
  readonly entities: DocumentEntities;
  /** The publication date used as reference, if any. */
  readonly reference?: TimeValue | undefined;
}

/** Claims of one document; subjects and objects are document-local entity ids. */
export function extractClaims(_input: ClaimInput): Claim[] {
  return [];
}
