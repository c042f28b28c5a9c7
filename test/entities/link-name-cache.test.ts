import { describe, expect, it } from 'vitest';
import { nameKey, nameWords } from '../../src/entities/identity.js';

describe('name words stay right however many names a corpus has (the cache is bounded, not cleared)', () => {
  const cases: readonly { name: string; input: string; words: readonly string[]; others: number }[] = [
    { name: 'a legal suffix dropped, first lookup', input: 'Acme Technology Co., Ltd.', words: ['acme', 'technology'], others: 0 },
    { name: "a leading 'the' dropped after many other names", input: 'The Orbit Sparrow Limited', words: ['orbit', 'sparrow'], others: 120_000 },
    { name: 'a one-word name keeps its only word even if it is a suffix', input: 'Limited', words: ['limited'], others: 60_000 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(nameWords(c.input)).toEqual(c.words);
      for (let k = 0; k < c.others; k++) nameKey(`Company ${k} Inc`);
      expect(nameWords(c.input)).toEqual(c.words);
      expect(nameKey(`Company ${Math.max(0, c.others - 1)} Inc`)).toBe(`company ${Math.max(0, c.others - 1)}`);
    });
  }
});
