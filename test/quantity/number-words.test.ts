/** Spelled-out numbers, read from tokens. */
import { describe, expect, it } from 'vitest';
import { readWordNumber } from '../../src/quantity/number-words.js';
import { tokenize } from '../../src/quantity/tokens.js';

describe('readWordNumber', () => {
  const cases: ReadonlyArray<readonly [text: string, value: number | undefined, used: string]> = [
    ['five', 5, 'five'],
    ['forty-five', 45, 'forty-five'],
    ['twenty one', 21, 'twenty one'],
    ['two billion', 2e9, 'two billion'],
    ['a million', 1e6, 'a million'],
    ['three hundred', 300, 'three hundred'],
    ['one hundred and twenty', 120, 'one hundred and twenty'],
    ['one hundred million', 1e8, 'one hundred million'],
    ['two million five hundred thousand', 2.5e6, 'two million five hundred thousand'],
    ['half a billion', 5e8, 'half a billion'],
    ['one and a half billion', 1.5e9, 'one and a half billion'],
    ['two dozen', 24, 'two dozen'],
    ['ten lakh crore', 1e13, 'ten lakh crore'],
    ['five six', 5, 'five'],
    ['a dog', undefined, ''],
    ['half the staff', undefined, ''],
    ['million', undefined, ''],
  ];
  for (const [text, value, used] of cases) {
    it(text, () => {
      const toks = tokenize(text);
      const got = readWordNumber(toks, 0);
      expect(got?.value).toBe(value);
      if (got) expect(text.slice(0, toks[got.last]?.end)).toBe(used);
    });
  }
});
