import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTimes } from '../../src/index.js';
import { anyText, articleText, reference, runs } from './arbitraries.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

describe('parseTimes on any string', () => {
  it('never throws; every span is inside the text and equal to it; every interval is ordered', () => {
    fc.assert(
      fc.property(anyText(), reference, (text, ref) => {
        for (const t of parseTimes(text, { reference: ref })) {
          expect(t.timex.length).toBeGreaterThan(0);
          expect(t.start).toMatch(ISO_DAY);
          expect(t.end).toMatch(ISO_DAY);
          expect(t.start <= t.end).toBe(true);
          if (t.span) {
            expect(t.span.start).toBeGreaterThanOrEqual(0);
            expect(t.span.end).toBeLessThanOrEqual(text.length);
            expect(t.span.start).toBeLessThan(t.span.end);
            expect(text.slice(t.span.start, t.span.end)).toBe(t.span.text);
          }
        }
      }),
      runs(150),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText(), reference, (text, ref) => {
        expect(parseTimes(text, { reference: ref })).toEqual(parseTimes(text, { reference: ref }));
      }),
      runs(60),
    );
  });

  it('is idempotent: a day it found, written as its ISO value, parses back to that day', () => {
    fc.assert(
      fc.property(fc.oneof(articleText(), anyText()), reference, (text, ref) => {
        for (const t of parseTimes(text, { reference: ref })) {
          if (t.granularity !== 'day' || t.mod !== undefined || !ISO_DAY.test(t.timex)) continue;
          const again = parseTimes(`On ${t.timex}.`, { reference: ref });
          expect(again.map((a) => [a.timex, a.start, a.end])).toContainEqual([t.timex, t.start, t.end]);
        }
      }),
      runs(100),
    );
  });

  it('survives a reference that is not a date', () => {
    fc.assert(
      fc.property(anyText(10), fc.string(), (text, ref) => {
        expect(Array.isArray(parseTimes(text, { reference: ref }))).toBe(true);
      }),
      runs(60),
    );
  });
});
