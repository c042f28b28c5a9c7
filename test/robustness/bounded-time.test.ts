import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { splitText, stageView } from '../../src/text/index.js';

// The text stage bounds what every later stage sees, so it must itself be linear on the inputs
// that make the NLP libraries blow up. One megabyte of each takes 20 ms to 1.2 s; a quadratic pass
// would take minutes, so a generous absolute bound catches it without flaking on a busy machine.
// The ratios for the whole pipeline are measured by bench/adversarial.mjs.
const MB = 1_000_000;
const fill = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const FAMILIES: { name: string; text: string }[] = [
  { name: 'a line without punctuation', text: fill('market lender stake board ', MB) },
  { name: 'digits', text: fill('1234567890', MB) },
  { name: 'of the of the', text: fill('of the ', MB) },
  { name: 'a run of periods', text: fill('.', MB) },
  { name: 'periods and spaces', text: fill('. ', MB) },
  { name: 'unbalanced parentheses', text: fill('(', MB) },
  { name: 'emoji', text: fill('📈🚀👨‍👩‍👧', MB) },
  { name: 'zero-width and RTL marks', text: fill('a\u200B\u200F\u202E', MB) },
  { name: 'NUL bytes', text: fill('\u0000', MB) },
  { name: 'lone surrogates', text: fill('\uD800x\uDC00', MB) },
  { name: 'tags without an end', text: fill('<a ', MB) },
  { name: 'unclosed scripts', text: fill('<script>x', MB) },
  { name: 'ampersands without a semicolon', text: fill('&amp', MB) },
  { name: 'abbreviations', text: fill('Mr. Dr. Co. Ltd. ', MB) },
  { name: 'one word', text: fill('a', MB) },
  { name: 'blank lines', text: fill('\n', MB) },
  { name: 'bullets', text: fill('• ', MB) },
  { name: 'a bracketed line full of one word', text: `[${fill('published ', MB)}` },
  { name: 'short lines', text: fill('lender\n', MB) },
];

describe('the text stage is linear on hostile input', () => {
  for (const f of FAMILIES) {
    it(`${f.name}: 1 MB in under 10 s, no sentence over the cap`, () => {
      const t0 = performance.now();
      const view = stageView(f.text);
      const { sentences } = splitText(view.text);
      const elapsed = performance.now() - t0;
      expect(elapsed).toBeLessThan(10_000);
      expect(view.toOriginal(view.text.length)).toBe(f.text.length);
      for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(2501);
    });
  }
});

// The whole pipeline, on the two families that used to blow up in the stages after the text
// stage (found by bench/adversarial.mjs on 2026-11-26, fixed in src/entities and src/claims by
// 2232148): one entity named in every sentence (mentions filtered per sentence, types recomputed
// per mention: n^1.8), and many distinct names (all pairs of names compared: n^1.5). Linear
// gives about 4x for 4x the input, quadratic 16x; the bound of 12x leaves room for a busy machine.
async function fastest(text: string): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    await analyze([{ id: 'adversarial', text, published: '2020-01-15' }]);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('the whole pipeline is linear on hostile input (bench/adversarial.mjs measures more)', () => {
  const families: { name: string; sentence: (i: number) => string; n: number }[] = [
    { name: 'one entity named in every sentence', sentence: () => 'Acme Holdings raised $5 million in March 2016. ', n: 400 },
    { name: 'a different person named in every sentence', sentence: (i) => `Person${i} Doe became chairman of Acme Holdings in ${1990 + (i % 30)}. `, n: 200 },
  ];
  for (const f of families) {
    it(`${f.name}: 4x the sentences take under 12x the time`, async () => {
      const text = (k: number): string => Array.from({ length: k }, (_, i) => f.sentence(i)).join('');
      await fastest(text(20));
      const small = await fastest(text(f.n));
      const large = await fastest(text(4 * f.n));
      expect(large / small, `${Math.round(small)} ms -> ${Math.round(large)} ms`).toBeLessThan(12);
    });
  }
});
