import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sourcesOf, textSketch } from '../../src/resolve/index.js';
import { doc } from '../../src/testing/index.js';

const wire = 'Regulators approved the new online bank on Tuesday, clearing the way for the joint venture of three companies to start taking deposits from small businesses next month.';

const cases = [
  { name: 'unrelated articles are separate sources', docs: [doc('a', { text: wire }), doc('b', { text: 'Something else entirely about phones and their sales in the second quarter of the year.' })], same: false },
  { name: 'a copy of one wire story with a new byline is one source', docs: [doc('a', { text: wire }), doc('b', { text: `By a staff writer. ${wire}` })], same: true },
  { name: 'two articles of one outlet are one source', docs: [doc('a', { outlet: 'Alpha', text: wire }), doc('b', { outlet: 'alpha ', text: 'Different words about a different day at the bank and its customers.' })], same: true },
  { name: 'empty texts are not copies of each other', docs: [doc('a', { text: '' }), doc('b', { text: '' })], same: false },
];

describe('sourcesOf', () => {
  for (const c of cases) {
    it(c.name, () => {
      const s = sourcesOf(c.docs);
      expect(s.get('a') === s.get('b')).toBe(c.same);
    });
  }
});

describe('sourcesOf with fingerprints instead of texts', () => {
  for (const c of cases) {
    it(`${c.name}: the same from textSketch alone`, () => {
      const sketches = new Map(c.docs.map((d) => [d.id, textSketch(d.text)]));
      const s = sourcesOf(c.docs.map((d) => ({ ...d, text: '' })), sketches);
      expect(s.get('a') === s.get('b')).toBe(c.same);
    });
  }
});

describe('sourcesOf at scale', () => {
  it('keeps 2,000 unrelated long texts apart and finds the one copy among them', () => {
    let seed = 7;
    const rnd = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const words = Array.from({ length: 2000 }, (_, i) => `w${i.toString(36)}`);
    const docs = Array.from({ length: 2000 }, (_, i) => doc(`d${String(i).padStart(4, '0')}`, { text: Array.from({ length: 300 }, () => words[Math.floor(rnd() * words.length)]).join(' ') }));
    docs.push(doc('copy', { text: `Reporting by a wire service. ${docs[42]?.text ?? ''} Editing by staff.` }));
    const s = sourcesOf(docs);
    expect(new Set(s.values()).size).toBe(2000);
    expect(s.get('copy')).toBe(s.get('d0042'));
  });
});

describe('textSketch', () => {
  // The definition, written plainly: words by a regular expression, hashed, shingled, deduplicated.
  const fnv = (text: string): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const reference = (text: string): number[] => {
    const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv);
    const hashes = new Set<number>();
    for (let i = 0; i + 5 <= words.length; i++) {
      let h = 0x9e3779b9;
      for (let k = 0; k < 5; k++) h = Math.imul(h ^ (words[i + k] ?? 0), 0x85ebca6b) ^ (h >>> 13);
      hashes.add(h >>> 0);
    }
    return [...hashes].sort((a, b) => a - b).slice(0, 64);
  };
  const piece = fc.constantFrom('Bank', 'the', 'ÉTÉ', 'straße', 'İstanbul', '2016', '’s', ' ', '  ', ', ', '.', '\n', '😀', '𝐀𝐁', '\ud800', 'x1', 'Ωmega', '中国', '-', 'a');
  it('is the plain definition, read in one pass', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), (parts) => {
        const text = parts.join('');
        expect(textSketch(text)).toEqual(reference(text));
      }),
      { numRuns: 1000 },
    );
  });
});
