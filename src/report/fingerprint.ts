import type { Claim, Finding } from '../types.js';

/**
 * A fingerprint of a finding that survives edits elsewhere in the articles: it hashes what the
 * finding is about (rule, subject, predicate) and the whitespace-normalized quotes of its sides,
 * not offsets or run order, so the same disagreement keeps its identity from run to run.
 */
export function fingerprintFinding(finding: Finding, claims: ReadonlyMap<string, Claim>): string {
  const quotes = finding.claims
    .map((id) => claims.get(id))
    .map((c) => (c ? `${c.doc}\u0001${normalize(c.evidence.text)}` : ''))
    .sort();
  return hash([finding.rule, finding.subject ?? '', finding.predicate ?? '', ...quotes].join('\u0000'));
}

function normalize(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase();
}

/**
 * 64 bits of FNV-1a over UTF-16 code units, as two 32-bit lanes with different offsets; enough
 * to tell findings apart in one report, and portable (no crypto module) so formats stay pure.
 */
export function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (i & 0xff), 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
