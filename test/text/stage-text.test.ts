import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blankText, restoreSpans, splitText, stageText, stageView } from '../../src/text/index.js';

// `_` marks a blanked character in the expected output, so the tables show lengths exactly.
const cases: { name: string; text: string; staged: string }[] = [
  { name: 'plain prose is returned unchanged', text: 'It rose 5% to $3.2 billion (in 2016)... "Yes," she said.', staged: 'It rose 5% to $3.2 billion (in 2016)... "Yes," she said.' },
  { name: 'a run of periods keeps six', text: 'Wait.......... then', staged: 'Wait......____ then' },
  { name: 'unbalanced parentheses keep six', text: '(((((((((x', staged: '((((((___x' },
  { name: 'mixed punctuation runs count together', text: 'what?!?!?!?!', staged: 'what?!?!?!__' },
  { name: 'closing punctuation after an ellipsis stays', text: '(in 2016)...") next', staged: '(in 2016)...") next' },
  { name: 'NUL and escape characters are blanked', text: 'a\u0000b\u001B[0m', staged: 'a_b_[0m' },
  { name: 'a tab becomes a space; CR and LF stay', text: 'a\tb\r\nc', staged: 'a_b\r\nc' },
  { name: 'a lone high surrogate becomes U+FFFD', text: 'a\uD800b', staged: 'a\uFFFDb' },
  { name: 'a lone low surrogate becomes U+FFFD', text: '\uDC00ab', staged: '\uFFFDab' },
  { name: 'emoji stay', text: 'up 📈 👨‍👩‍👧 market', staged: 'up 📈 👨‍👩‍👧 market' },
  { name: 'direction marks between words become spaces', text: 'up \u200Fmarket\u200E.', staged: 'up _market_.' },
  { name: 'embeddings around a name become spaces', text: '\u202AAcme Holdings\u202C said', staged: '_Acme Holdings_ said' },
  { name: 'a zero-width space before a space becomes a space', text: 'Acme\u200B Holdings', staged: 'Acme_ Holdings' },
  { name: 'a BOM between words becomes a space', text: 'raised \uFEFFfunds', staged: 'raised _funds' },
  { name: 'a soft hyphen inside a word stays', text: 'Hold\u00ADings', staged: 'Hold\u00ADings' },
  { name: 'a zero-width joiner inside a word stays', text: 'ab\u200D\u200Dcd', staged: 'ab\u200D\u200Dcd' },
  { name: 'a no-break space becomes a space', text: 'Acme\u00A0Holdings\u3000rose', staged: 'Acme Holdings rose' },
  { name: 'a lone CR becomes a line break', text: 'Title\rThe bank opened.', staged: 'Title\nThe bank opened.' },
  { name: 'line and paragraph separators become line breaks', text: 'A.\u2028B.\u2029C.', staged: 'A.\nB.\nC.' },
  { name: 'tags are blanked', text: '<p class="x">Acme rose.</p>', staged: '_____________Acme rose.____' },
  { name: 'script content is blanked', text: 'A<script>if (a<b) go();</script>B', staged: `A${'_'.repeat('<script>if (a<b) go();</script>'.length)}B` },
  { name: 'comments are blanked', text: 'A<!-- x > y -->B', staged: 'A______________B' },
  { name: 'an unclosed script keeps the text after it', text: 'A<script>var a; B', staged: 'A________var a; B' },
  { name: 'character references become their character', text: 'R&amp;D&nbsp;unit', staged: 'R&____D______unit' },
  { name: 'a less-than sign in prose is not a tag', text: 'if a < b and c > d', staged: 'if a < b and c > d' },
  { name: 'a tag cannot span lines', text: '<b\n>x', staged: '<b\n>x' },
];

describe('blankText', () => {
  for (const c of cases) {
    it(c.name, () => {
      const expected = c.staged.replace(/_/gu, ' ');
      expect(blankText(c.text)).toBe(expected);
    });
  }

  it('returns the same string object when nothing changes, so the common case costs no copy', () => {
    const text = 'Nothing to do here.';
    expect(blankText(text)).toBe(text);
    expect(stageText(text)).toBe(text);
  });
});

describe('blankText on any text', () => {
  // Markup, references, controls, surrogates and punctuation runs, mixed with prose.
  const piece = fc.constantFrom('a', 'B', ' ', '\n', '\r', '\t', '.', '!', '(', '<p>', '</p>', '<script>', '</script>', '<!--', '-->', '&amp;', '&nbsp;', '&', ';', '\u0000', '\uD800', '\uDC00', '😀', '\u200B', '\u00A0', '\u2028', 'é');
  const texts = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));
  it('keeps the length, and every character is the original one or its replacement', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const out = blankText(text);
        expect(out.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) {
          if (out[i] !== text[i]) expect(' \n\uFFFD&<>"\'—–’‘”“…').toContain(out[i]);
        }
      }),
      { numRuns: 500 },
    );
  });
  it('is idempotent: a second pass changes nothing (tabs and lone CRs inside blanked markup too)', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const once = blankText(text);
        expect(blankText(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('stageText', () => {
  const squeezed: { name: string; text: string; staged: string }[] = [
    { name: 'double spaces become one', text: 'Acme  Holdings   rose.', staged: 'Acme Holdings rose.' },
    { name: 'tabs become a space', text: 'Acme\t\tHoldings', staged: 'Acme Holdings' },
    { name: 'a tag between words leaves one space', text: 'raised <b>$5 million</b> in 2016', staged: 'raised $5 million in 2016' },
    { name: 'line breaks stay', text: 'One.  \n\n  Two.', staged: 'One. \n\n Two.' },
    { name: 'a no-break space after a space', text: 'a \u00A0b', staged: 'a b' },
  ];
  for (const c of squeezed) {
    it(c.name, () => {
      expect(stageText(c.text)).toBe(c.staged);
    });
  }

  it('maps every offset back to the character it came from', () => {
    const text = 'Acme  <b>Holdings</b>   raised\t\t$5 million.';
    const view = stageView(text);
    for (let k = 0; k < view.text.length; k++) {
      const ch = view.text[k] ?? '';
      if (ch !== ' ') expect(text[view.toOriginal(k)]).toBe(ch);
    }
    expect(view.toOriginal(view.text.length)).toBe(text.length);
  });

  it('gives HTML soup the same sentences as the plain text, at the offsets of the soup', () => {
    const soup = '<div><p>Acme Holdings was founded in 2016.</p><p>It raised $5 million.</p></div>';
    const { sentences } = splitText(stageText(soup));
    expect(sentences.map((s) => s.text.trim())).toEqual(['Acme Holdings was founded in 2016.', 'It raised $5 million.']);
    for (const s of restoreSpans(sentences, soup)) expect(soup.slice(s.start, s.end)).toBe(s.text);
    expect(restoreSpans(sentences, soup).map((s) => s.text)).toEqual(['Acme Holdings was founded in 2016.', 'It raised $5 million.']);
  });
});

describe('restoreSpans', () => {
  it('moves a span over squeezed spaces to the original offsets', () => {
    const text = 'Acme   Holdings  raised <b>$5 million</b>.';
    const staged = stageText(text);
    const at = staged.indexOf('Holdings raised $5');
    const span = { start: at, end: at + 'Holdings raised $5'.length, text: 'Holdings raised $5' };
    const restored = restoreSpans(span, text);
    expect(restored.text).toBe(text.slice(restored.start, restored.end));
    expect(restored.text).toBe('Holdings  raised <b>$5');
  });

  const text = 'Up.......... 5% in 2016';
  const staged = stageText(text);
  const cases: { name: string; value: unknown; expected: unknown }[] = [
    { name: 'a span over a blanked run quotes the original', value: { start: 0, end: staged.indexOf('%') + 1, text: 'Up...... 5%' }, expected: { start: 0, end: 15, text: 'Up.......... 5%' } },
    { name: 'nested spans in arrays are restored', value: [{ evidence: { start: 2, end: 6, text: staged.slice(2, 6), sentence: 0 } }], expected: [{ evidence: { start: 2, end: 6, text: text.slice(2, 6), sentence: 0 } }] },
    { name: 'an out-of-range span is left alone', value: { start: 5, end: 999, text: 'x' }, expected: { start: 5, end: 999, text: 'x' } },
    { name: 'an object that is not a span is left alone', value: { start: '2016-01-01', end: '2016-12-31', text: 'x' }, expected: { start: '2016-01-01', end: '2016-12-31', text: 'x' } },
    { name: 'primitives pass through', value: 42, expected: 42 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(restoreSpans(c.value, text)).toEqual(c.expected);
    });
  }
});
