/** FNV-1a, 52 bits kept, as 12 hex digits: short, stable across runs and platforms. */
function fnv(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).slice(0, 12);
}

/**
 * A claim id derived from what the claim is: document, evidence offsets, predicate, and the
 * parts that tell two claims of one sentence apart (subject, object, qualifier). Never from run order.
 */
export function claimId(parts: {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly predicate: string;
  readonly subject: string;
  readonly object?: string | undefined;
  readonly qualifier?: string | undefined;
}): string {
  const key = [parts.doc, parts.start, parts.end, parts.predicate, parts.subject, parts.object ?? '', parts.qualifier ?? ''].join('\u0000');
  return `${parts.doc}#${fnv(key)}`;
}
