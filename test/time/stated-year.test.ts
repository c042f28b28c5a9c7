import { describe, expect, it } from 'vitest';
import { parseTimes } from '../../src/time/index.js';

// 'last August' states its year through the publication date; 'in August' leaves it to a guess, and
// so does 'last August' written in September (the month just gone, or the one a year before).
const valueOf = (text: string, reference: string, expr: string) => parseTimes(text, { reference }).find((t) => t.span?.text.includes(expr));

describe('a month with last or next before it', () => {
  const cases: readonly { name: string; text: string; reference: string; expr: string; timex: string; implied: readonly string[] }[] = [
    { name: 'last August, written in May: the year is stated', text: 'Karst took a stake last August.', reference: '2024-05-14', expr: 'August', timex: '2023-08', implied: [] },
    { name: 'next March, written in October: the year is stated', text: 'The plant opens next March.', reference: '2024-10-02', expr: 'March', timex: '2025-03', implied: [] },
    { name: 'in August, written in May: the year is a guess', text: 'Karst took a stake in August.', reference: '2024-05-14', expr: 'August', timex: '2023-08', implied: ['year'] },
    { name: 'last August, written in September: the year is a guess', text: 'Karst took a stake last August.', reference: '2024-09-03', expr: 'August', timex: '2024-08', implied: ['year'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const v = valueOf(c.text, c.reference, c.expr);
      expect(v?.timex).toBe(c.timex);
      expect(v?.implied).toEqual(c.implied);
    });
  }
});
