import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { knownNamesIn } from '../../src/entities/extract.js';
import { FUNCTION_WORDS } from '../../src/entities/name-words.js';

// The definition, written plainly over every word of the text.
function reference(text: string): Set<string> {
  const known = new Set<string>();
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  words.forEach((m, k) => {
    if (!/^\p{Lu}/u.test(m[0]) || FUNCTION_WORDS.has(m[0].toLowerCase())) return;
    const prev = words[k - 1];
    const next = words[k + 1];
    const afterWord = prev ? text.slice(prev.index + prev[0].length, m.index) === ' ' && /^[\p{Ll}\d]/u.test(prev[0]) : false;
    const beforeName = next ? text.slice(m.index + m[0].length, next.index) === ' ' && /^\p{Lu}/u.test(next[0]) : false;
    if (afterWord || beforeName) known.add(m[0]);
  });
  return known;
}

describe('knownNamesIn', () => {
  it('finds capitalized words after a lower-case word or before a capitalized one', () => {
    expect([...knownNamesIn('Shares of Starling Bank rose, said Acme. The bank')].sort()).toEqual(['Acme', 'Starling']);
  });

  it('is the plain definition, visiting only capitalized words', () => {
    const piece = fc.constantFrom('Acme', 'Bank', 'the', 'The', 'said', '2016', ' ', '  ', ', ', '.', '\n', 'Éclair', 'élan', '𝐀cme', '😀', 'x', 'And', 'of', '-', "'s");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect([...knownNamesIn(text)].sort()).toEqual([...reference(text)].sort());
      }),
      { numRuns: 2000 },
    );
  });
});
