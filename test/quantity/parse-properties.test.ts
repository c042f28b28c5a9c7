/** Properties every output keeps, on arbitrary text: spans are exact, intervals ordered, output deterministic. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenQuantities, parseQuantities } from '../../src/quantity/index.js';
import { parseQuantitiesEverywhere } from '../../src/quantity/parse.js';

const pieces = ['$', '€', '£', '¥', 'US', 'HK', 'RMB', 'Rmb', 'yuan', 'million', 'bn', 'm', '%', 'per cent', 'over', 'up to', 'between', 'and', 'to', '-', '(', ')', ',', '.', ':', '/', ' ', ' ', 'two', 'forty', 'a', 'users', 'cents', '2015', '3,000', '1.5', '07', 'minus', '\n'];
const textArb = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.integer({ min: 0, max: 99999 }).map(String), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((xs) => xs.join(''));

describe('parseQuantities on arbitrary text', () => {
  it('gives spans equal to the text, ordered and not overlapping', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        let end = 0;
        for (const q of parseQuantities(text)) {
          expect(q.span).toBeDefined();
          expect(text.slice(q.span?.start, q.span?.end)).toBe(q.span?.text);
          expect(q.span?.start ?? -1).toBeGreaterThanOrEqual(end);
          end = q.span?.end ?? end;
        }
      }),
      { numRuns: 300, seed: 4242 },
    );
  });

  it('gives intervals that hold the value, with finite bounds', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (const q of parseQuantities(text)) {
          expect(Number.isFinite(q.low) && Number.isFinite(q.high) && Number.isFinite(q.value)).toBe(true);
          expect(q.low).toBeLessThanOrEqual(q.high);
          if (q.kind !== 'money' || q.span?.text.includes(' to ') === false) expect(q.value).toBeGreaterThanOrEqual(q.low);
        }
      }),
      { numRuns: 300, seed: 4242 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(parseQuantities(text)).toEqual(parseQuantities(text));
      }),
      { numRuns: 100, seed: 4242 },
    );
  });

  it('reads a long document without blowing up on repeated near-misses', () => {
    const text = '$-$-$ 1-2-3-4 (((( RMB RMB 1,1,1,1 '.repeat(3000);
    expect(() => parseQuantities(text)).not.toThrow();
  });
});

describe('options', () => {
  const cases: ReadonlyArray<readonly [name: string, text: string, options: Parameters<typeof parseQuantities>[1], unit: string]> = [
    ['a bare ¥ is yen when the document never mentions yuan', 'Sony earned ¥500 billion.', {}, 'JPY'],
    ['a bare ¥ is yuan when the document mentions yuan', 'It lent ¥5,000 to each user; loans total 2 billion yuan.', {}, 'CNY'],
    ['a bare ¥ is yuan when the document mentions RMB', 'RMB deposits grew. The fee is ¥30.', {}, 'CNY'],
    ['RMB¥ is yuan whatever the document says', 'The fee is RMB¥30.', {}, 'CNY'],
    ['a bare $ can be set to another dollar', 'The flat sold for $12 million.', { symbols: { $: 'HKD' } }, 'HKD'],
    ['a stated dollar wins over the setting', 'The flat sold for US$12 million.', { symbols: { $: 'HKD' } }, 'USD'],
  ];
  for (const [name, text, options, unit] of cases) {
    it(name, () => expect(parseQuantities(text, options)[0]?.unit).toBe(unit));
  }
});

describe('flattenQuantities', () => {
  it('lists each stated conversion right after its amount', () => {
    const flat = flattenQuantities(parseQuantities('Its registered capital reached 3 billion RMB (around $432 million), up 5%.'));
    expect(flat.map((q) => q.span?.text)).toEqual(['3 billion RMB', '$432 million', '5%']);
  });
});

describe('figures JSON can carry', () => {
  const cases: ReadonlyArray<readonly [name: string, text: string]> = [
    ['a 400-digit amount is no figure', `It raised ${'9'.repeat(400)} billion yuan last year.`],
    ['a 300-digit percentage is no figure', `It rose ${'9'.repeat(300)}% last year.`],
  ];
  for (const [name, text] of cases) it(name, () => expect(parseQuantities(text)).toEqual([]));

  it('a 16-digit amount keeps its value inside its interval', () => {
    const [q] = parseQuantities('1000010000201507$');
    expect(q?.low).toBeLessThanOrEqual(q?.value ?? 0);
    expect(q?.high).toBeGreaterThanOrEqual(q?.value ?? 0);
  });

  it('an open-ended figure survives JSON', () => {
    const [q] = parseQuantities('It has over 3,000 stores and minus 0 percent growth.');
    expect(JSON.parse(JSON.stringify(q))).toEqual(q);
  });

  it('minus zero is zero', () => {
    expect(Object.is(parseQuantities('Growth was -0%.')[0]?.value, 0)).toBe(true);
  });
});

describe('reading only near digits, signs and number words', () => {
  const prose = 'the board met again on a quiet afternoon and said little about its plans for the coming season ';
  const longArb = fc
    .array(fc.oneof(fc.constantFrom(...pieces, prose, 'in the region of', 'Sichuan-based enterprises', 'percent of', ' , 000', 'https://x.com/1 '), fc.integer({ min: 0, max: 99999 }).map(String)), { maxLength: 80 })
    .map((xs) => xs.join(''));

  it('finds exactly what reading every token finds', () => {
    fc.assert(
      fc.property(longArb, (text) => {
        expect(parseQuantities(text)).toEqual(parseQuantitiesEverywhere(text));
      }),
      { numRuns: 300, seed: 4242 },
    );
  });

  it('finds exactly what reading every token finds, on the default corpus', () => {
    const dir = join(import.meta.dirname, '..', '..', 'corpus');
    const text = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n\n');
    expect(parseQuantities(text)).toEqual(parseQuantitiesEverywhere(text));
  });
});
