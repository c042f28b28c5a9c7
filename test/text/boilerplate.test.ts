import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../src/text/index.js';

const cases: { name: string; line: string; boilerplate: boolean }[] = [
  { name: 'a first-published note in brackets', line: '[This article was first published on Example News.]', boilerplate: true },
  { name: 'a bracketed note with trailing space', line: '  [Published with permission]  ', boilerplate: true },
  { name: 'a see-also line', line: 'SEE ALSO: Another story', boilerplate: true },
  { name: 'a share line', line: 'Share this', boilerplate: true },
  { name: 'a reader comment', line: 'jane 2017-01-02 20:17 via android', boilerplate: true },
  { name: 'an empty line', line: '   ', boilerplate: true },
  { name: 'a sentence that mentions publishing is content', line: 'The report was published in 2016.', boilerplate: false },
  { name: 'a bracket that does not close the line is content', line: '[Published] The bank opened in 2016.', boilerplate: false },
  { name: 'a sentence that starts with Share is content', line: 'Shares rose 5% on Monday.', boilerplate: false },
  { name: 'a long line full of the word is content, and quick', line: `[${'published '.repeat(100_000)}`, boilerplate: false },
];

describe('isBoilerplate', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(isBoilerplate(c.line)).toBe(c.boilerplate);
    });
  }
});
