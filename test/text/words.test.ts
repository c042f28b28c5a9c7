import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { letterOrNumberAt, wordEnd, wordStart } from '../../src/text/words.js';

// The regular expression the scanner stands in for, with the joiners the name finder uses.
const WORD = /[\p{L}\p{N}]+(?:['’‘\-.&][\p{L}\p{N}]+)*/gu;
const joins = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x2d || c === 0x2e || c === 0x26;

function scan(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let at = wordStart(text, from, to); at < to; ) {
    const end = wordEnd(text, at, to, joins);
    out.push([at, end]);
    at = wordStart(text, end, to);
  }
  return out;
}

const byRegex = (text: string, from: number, to: number): [number, number][] => [...text.slice(from, to).matchAll(WORD)].map((m) => [from + m.index, from + m.index + m[0].length]);

describe('words by character code', () => {
  it('reads letters and numbers of any script, and nothing else', () => {
    expect(letterOrNumberAt('é', 0)).toBe(1);
    expect(letterOrNumberAt('中', 0)).toBe(1);
    expect(letterOrNumberAt('٣', 0)).toBe(1);
    expect(letterOrNumberAt('𝐀', 0)).toBe(2);
    expect(letterOrNumberAt('😀', 0)).toBe(0);
    expect(letterOrNumberAt('\uD800', 0)).toBe(0);
    expect(letterOrNumberAt('-', 0)).toBe(0);
    expect(letterOrNumberAt('\u00A0', 0)).toBe(0);
  });

  it('splits as the regular expression does', () => {
    expect(scan("Xiaomi-backed O'Brien & Co. A.B.-", 0, 33).map(([a, b]) => "Xiaomi-backed O'Brien & Co. A.B.-".slice(a, b))).toEqual(['Xiaomi-backed', "O'Brien", 'Co', 'A.B']);
    const piece = fc.constantFrom('a', 'Z', '7', ' ', '-', '.', "'", '’', '‘', '&', ',', 'é', '中', '𝐀', '😀', '\uD800', '\uDC00', '\u00A0', '--', '.-');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        const from = Math.min(a, b) % (text.length + 1);
        const to = Math.max(from, Math.max(a, b) % (text.length + 1));
        expect(scan(text, from, to)).toEqual(byRegex(text, from, to));
      }),
      { numRuns: 2000 },
    );
  });
});
