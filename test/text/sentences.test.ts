import { describe, expect, it } from 'vitest';
import { splitText } from '../../src/text/index.js';

const cases: { name: string; text: string; sentences: string[] }[] = [
  { name: 'two plain sentences', text: 'It rained. Then it stopped.', sentences: ['It rained.', 'Then it stopped.'] },
  { name: 'company suffix is not an end', text: 'He left Acme Software Co., Ltd. The news spread.', sentences: ['He left Acme Software Co., Ltd.', 'The news spread.'] },
  { name: 'title and initials', text: 'Mr. J. Smith said so. Others agreed.', sentences: ['Mr. J. Smith said so.', 'Others agreed.'] },
  { name: 'decimal numbers', text: 'Revenue fell 0.9% to 6.97 billion. Costs rose.', sentences: ['Revenue fell 0.9% to 6.97 billion.', 'Costs rose.'] },
  { name: 'month abbreviation', text: 'On Dec. 27 the bank opened. It grew.', sentences: ['On Dec. 27 the bank opened.', 'It grew.'] },
  { name: 'never across a line break', text: 'A headline\nThe body starts here.', sentences: ['A headline', 'The body starts here.'] },
  { name: 'bullets start a sentence', text: '  • First point.\n  • Second point.', sentences: ['First point.', 'Second point.'] },
  { name: 'closing quote stays', text: 'He said “yes.” She left.', sentences: ['He said “yes.”', 'She left.'] },
];

describe('splitText', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { sentences } = splitText(c.text);
      expect(sentences.map((s) => s.text)).toEqual(c.sentences);
      for (const s of sentences) expect(c.text.slice(s.start, s.end)).toBe(s.text);
    });
  }

  it('marks boilerplate lines without moving offsets', () => {
    const text = 'The bank opened in May.\n\nSEE ALSO: Another story\n\nImage credit: Somebody';
    const { sentences } = splitText(text);
    expect(sentences.map((s) => s.boilerplate)).toEqual([false, true, true]);
  });

  it('groups sentences into paragraphs at blank lines', () => {
    const { paragraphs } = splitText('One. Two.\n\nThree.');
    expect(paragraphs.map((p) => p.sentences.length)).toEqual([2, 1]);
  });

  it('cuts a huge sentence into bounded pieces', () => {
    const text = 'word '.repeat(2000);
    const { sentences } = splitText(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) expect(s.text.length).toBeLessThanOrEqual(2010);
  });
});
