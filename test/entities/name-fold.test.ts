import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldName, foldNameFully, nameWords, slug } from '../../src/entities/identity.js';
import { LEGAL_SUFFIXES } from '../../src/entities/name-words.js';

// The general rules (foldName's without its shortcut; the words and the slug written out once more):
// the shortcuts for plain ASCII names must agree with them.
const fold = foldNameFully;
const words = (name: string): string[] => {
  // 'S.A.', 'N.V.': letters joined by dots are one word.
  const joined = name.replace(/(?<![\p{L}.])\p{L}{1,2}(?:\.\p{L}{1,2})+\.?(?!\p{L})/gu, (m) => m.replaceAll('.', ''));
  const out = fold(joined)
    .toLowerCase()
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((w) => w.length > 0);
  if (out[0] === 'the' && out.length > 1) out.shift();
  while (out.length > 1 && LEGAL_SUFFIXES.has(out[out.length - 1] ?? '')) out.pop();
  return out;
};
const slugOf = (name: string): string =>
  fold(name)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+/u, '')
    .replace(/(?<!-)-+$/u, '') || 'unnamed';

// Names mostly plain, with now and then what the shortcuts must leave to the general rules.
const name = fc.array(fc.constantFrom('Acme', 'the', 'The', 'Co', 'Ltd', 'Bank', 'X', '7', '&', '-', ' ', '  ', '.', ',', "'", "'s", '’', '`', '"', 'É', '\t', 'Inc'), { maxLength: 8 }).map((parts) => parts.join(''));

describe('name folding shortcuts agree with the general rules', () => {
  it('foldName, nameWords and slug', () => {
    fc.assert(
      fc.property(name, (n) => {
        expect(foldName(n)).toBe(fold(n));
        expect(nameWords(n)).toEqual(words(n));
        expect(slug(n)).toBe(slugOf(n));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('legal forms written with dots', () => {
  it.each([
    ['Salmones Tolhuaca S.A.', ['salmones', 'tolhuaca']],
    ['Salmones Tolhuaca S.A', ['salmones', 'tolhuaca']],
    ['Enel S.p.A.', ['enel']],
    ['Philips N.V.', ['philips']],
  ])('%s is keyed without its legal form', (n, want) => {
    expect(nameWords(n)).toEqual(want);
  });
});
