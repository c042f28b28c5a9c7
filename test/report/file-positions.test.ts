import { describe, expect, it } from 'vitest';
import { bodyOffset, LineIndex } from '../../src/report/file-positions.js';
import type { Claim, ReportDocument } from '../../src/types.js';

describe('LineIndex', () => {
  const cases: [string, string, number, [number, number]][] = [
    ['the first character', 'ab\ncd', 0, [1, 1]],
    ['the end of the first line', 'ab\ncd', 2, [1, 3]],
    ['after LF', 'ab\ncd', 3, [2, 1]],
    ['after CR LF, which is one line end', 'ab\r\ncd', 4, [2, 1]],
    ['between CR and LF, still the first line', 'ab\r\ncd', 3, [1, 4]],
    ['after a lone CR', 'ab\rcd', 3, [2, 1]],
    ['two blank lines', 'a\n\n\nb', 4, [4, 1]],
    ['the end of the text', 'ab\ncd', 5, [2, 3]],
    ['columns in UTF-16 code units', '😀x\ny', 2, [1, 3]],
  ];
  for (const [name, text, offset, [line, column]] of cases) {
    it(name, () => expect(new LineIndex(text).position(offset)).toEqual({ line, column }));
  }
});

describe('bodyOffset', () => {
  const doc: ReportDocument = { id: 'd', length: 12 };
  const claim = (start: number, text: string): Claim => ({ id: 'c', doc: 'd', kind: 'event', subject: 's', predicate: 'p', modality: { negated: false, hedged: false }, evidence: { start, end: start + text.length, text, sentence: 0 } });
  const cases: [string, string, Claim[], number | undefined][] = [
    ['the text after front matter', '---\nid: d\n---\nHello world.', [claim(6, 'world')], 14],
    ['a file with no front matter', 'Hello world.', [claim(0, 'Hello')], 0],
    ['no claim to confirm it: trusted by length', 'xx Hello world.', [], 3],
    ['a changed file: the quote is not where the report says', '---\n---\nHello World!', [claim(6, 'world')], undefined],
    ['a file shorter than the text', 'Hello', [], undefined],
  ];
  for (const [name, file, claims, offset] of cases) it(name, () => expect(bodyOffset(file, doc, claims)).toBe(offset));
});
