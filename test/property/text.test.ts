import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The text stage is imported directly (splitText is the same function src/index.ts exports) so
// this suite does not depend on the other stages compiling.
import { MAX_PUNCTUATION_RUN, blankText, restoreSpans, splitText, stageText, stageView } from '../../src/text/index.js';
import { anyText, hasLoneSurrogate, runs } from './arbitraries.js';

describe('splitText on any string', () => {
  it('never throws, and every sentence is a span of the text equal to it', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const { sentences, paragraphs } = splitText(text);
        let last = 0;
        for (const s of sentences) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          last = s.end;
        }
        for (const p of paragraphs) {
          expect(p.start).toBeLessThanOrEqual(p.end);
          expect(p.end).toBeLessThanOrEqual(text.length);
          for (const i of p.sentences) {
            const s = sentences[i];
            expect(s?.paragraph).toBe(p.index);
            expect(s && s.start >= p.start && s.end <= p.end).toBe(true);
          }
        }
      }),
      runs(400),
    );
  });

  it('is deterministic', () => {
    fc.assert(fc.property(anyText(), (text) => {
      expect(splitText(text)).toEqual(splitText(text));
    }), runs(200));
  });

  it('loses no words: every non-space character outside sentences is a bullet or space', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const covered = new Uint8Array(text.length);
        for (const s of splitText(text).sentences) covered.fill(1, s.start, s.end);
        for (let i = 0; i < text.length; i++) {
          if (!covered[i]) expect(text[i]).toMatch(/[\s\u2022\u00b7*\-–—]/u);
        }
      }),
      runs(300),
    );
  });

  it('never hands a stage a sentence longer than the hard cap', () => {
    fc.assert(
      fc.property(fc.constantFrom('.', '1', 'x', '😀', 'ab, ', '(', 'of the '), fc.integer({ min: 2000, max: 12000 }), (unit, n) => {
        const text = unit.repeat(Math.ceil(n / unit.length));
        for (const s of splitText(text).sentences) {
          expect(s.text.length).toBeLessThanOrEqual(2501);
          expect(hasLoneSurrogate(s.text)).toBe(false);
        }
      }),
      runs(30),
    );
  });
});

describe('stageText on any string', () => {
  it('blankText keeps the length, so every offset still points into the original', () => {
    fc.assert(fc.property(anyText(), (text) => {
      expect(blankText(text).length).toBe(text.length);
    }), runs(400));
  });

  it('maps every staged offset back, in order, to the character it came from', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const view = stageView(text);
        expect(view.text).toBe(stageText(text));
        let last = -1;
        for (let k = 0; k <= view.text.length; k++) {
          const at = view.toOriginal(k);
          expect(at).toBeGreaterThan(last);
          last = at;
          const ch = view.text[k];
          if (ch !== undefined && /[\p{L}\p{N}]/u.test(ch)) expect(text[at]).toBe(ch);
        }
        expect(view.toOriginal(view.text.length)).toBe(text.length);
      }),
      runs(300),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const once = stageText(text);
        expect(stageText(once)).toBe(once);
      }),
      runs(400),
    );
  });

  it('leaves no control character, lone surrogate or long punctuation run', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const out = stageText(text);
        expect(hasLoneSurrogate(out)).toBe(false);
        let run = 0;
        for (const ch of out) {
          const code = ch.charCodeAt(0);
          const control = (code < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r') || (code >= 0x7f && code <= 0x9f);
          expect(control).toBe(false);
          const asciiPunctuation = code > 0x20 && code < 0x7f && !/[\p{L}\p{N}]/u.test(ch);
          run = asciiPunctuation ? run + 1 : 0;
          expect(run).toBeLessThanOrEqual(MAX_PUNCTUATION_RUN);
        }
      }),
      runs(400),
    );
  });

  it('changes nothing in plain prose', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,10}$/u);
    const sep = fc.constantFrom(' ', ', ', '. ', '; ', ' - ', '$', '%', ' (', ') ', '"', '...', '\n', '\r\n', '’', '—', '。');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { maxLength: 30 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join('');
        expect(stageText(text)).toBe(text);
      }),
      runs(300),
    );
  });

  it('blankText keeps the words of prose wrapped in markup at the same offsets', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,10}$/u);
    const tag = fc.constantFrom('<p>', '</p>', '<b class="x">', '</b>', '<br/>', '<!-- c -->', '<script>if (a < b) x();</script>', '<style>p{}</style>');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, tag), { maxLength: 20 }), (parts) => {
        const text = parts.map(([w, t]) => `${w} ${t}`).join('');
        const out = blankText(text);
        let at = 0;
        for (const [w, t] of parts) {
          expect(out.slice(at, at + w.length)).toBe(w);
          expect(out.slice(at + w.length, at + w.length + 1 + t.length).trim()).toBe('');
          at += w.length + 1 + t.length;
        }
      }),
      runs(200),
    );
  });
});

describe('restoreSpans', () => {
  it('moves every span to the original and makes it quote it, and changes nothing else', () => {
    fc.assert(
      fc.property(anyText(), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }), (text, ranges) => {
        const staged = stageText(text);
        const view = stageView(text);
        const spans = ranges.map(([a, b]) => {
          const start = Math.min(a, b) % (staged.length + 1);
          const end = Math.min(staged.length, start + (Math.max(a, b) % 50));
          return { start, end, text: staged.slice(start, end), sentence: 0 };
        });
        const value = { claims: spans.map((evidence, i) => ({ id: `c${i}`, evidence, object: { value: 1, span: evidence } })) };
        const restored = restoreSpans(value, text);
        restored.claims.forEach((c, i) => {
          const before = spans[i];
          expect(c.evidence.text).toBe(text.slice(c.evidence.start, c.evidence.end));
          expect(c.object.span).toEqual(c.evidence);
          expect(c.id).toBe(`c${i}`);
          if (before && before.end > before.start) {
            expect(c.evidence.start).toBe(view.toOriginal(before.start));
            expect(c.evidence.end).toBe(view.toOriginal(before.end - 1) + 1);
          }
        });
        if (staged === text) expect(restored).toBe(value);
      }),
      runs(200),
    );
  });
});
