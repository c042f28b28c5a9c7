/**
 * A finding's id: derived from its rule and the claims it covers, never from run order, so two
 * runs (and two orders of the same input) give the same ids.
 */
export function findingId(rule: string, claims: readonly string[]): string {
  const sorted = [...claims].sort();
  return `${rule}:${hash([rule, ...sorted].join('\u0000'))}`;
}

/** 53-bit string hash (cyrb53): no crypto dependency, stable across platforms. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
