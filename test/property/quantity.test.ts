import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/index.js';
import type { Quantity } from '../../src/index.js';
import { anyText, articleText, reference, runs } from './arbitraries.js';

function checkQuantity(q: Quantity, text: string): void {
  expect(Number.isNaN(q.value)).toBe(false);
  expect(q.low <= q.high).toBe(true);
  expect(q.unit.length).toBeGreaterThan(0);
  if (q.span) {
    expect(q.span.start).toBeGreaterThanOrEqual(0);
    expect(q.span.end).toBeLessThanOrEqual(text.length);
    expect(q.span.start).toBeLessThan(q.span.end);
    expect(text.slice(q.span.start, q.span.end)).toBe(q.span.text);
  }
  if (q.equivalent) checkQuantity(q.equivalent, text);
}

describe('parseQuantities on any string', () => {
  it('never throws; every span is inside the text and equal to it; low <= high', () => {
    fc.assert(
      fc.property(anyText(), reference, (text, ref) => {
        for (const q of parseQuantities(text, { reference: ref })) checkQuantity(q, text);
      }),
      runs(200),
    );
  });

  it('is idempotent: a figure re-read from its own span has the same value and unit', () => {
    fc.assert(
      fc.property(fc.oneof(articleText(), anyText()), reference, (text, ref) => {
        for (const q of parseQuantities(text, { reference: ref })) {
          if (!q.span || (q.kind !== 'money' && q.kind !== 'percent')) continue;
          const again = parseQuantities(q.span.text, { reference: ref });
          expect(again.map((a) => [a.kind, a.value, a.unit])).toContainEqual([q.kind, q.value, q.unit]);
        }
      }),
      runs(150),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText(), reference, (text, ref) => {
        expect(parseQuantities(text, { reference: ref })).toEqual(parseQuantities(text, { reference: ref }));
      }),
      runs(80),
    );
  });

  // Found by this property, fixed in src/quantity (5a9ae3c): 300 nines followed by 'billion
  // yuan' used to give value Infinity, which JSON writes as null.
  it('gives finite values that survive JSON, even for 400-digit numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.constantFrom('', '$', 'RMB ', 'US$'), fc.constantFrom('', ' million', ' billion yuan', '%', ' percent'), (digits, pre, post) => {
        const text = `It raised ${pre}${'9'.repeat(digits)}${post} last year.`;
        for (const q of parseQuantities(text)) {
          expect(JSON.parse(JSON.stringify(q))).toEqual(q);
        }
      }),
      runs(60),
    );
  });
});
