import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

describe('a stated publication date the article contradicts', () => {
  const cases = [
    { name: 'a byline a year away from the front matter', published: '2019-10-18', text: 'Author: Jane Roe Oct 18, 2020 04:41 PM\n\nAcme Corp was founded in 2011, the company said.', finding: true },
    { name: 'a byline that agrees', published: '2020-10-18', text: 'Author: Jane Roe Oct 18, 2020 04:41 PM\n\nAcme Corp was founded in 2011, the company said.', finding: false },
    { name: 'no byline, dateline or URL date', published: '2019-10-18', text: 'Acme Corp was founded in 2011, the company said.', finding: false },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const report = await analyze([{ id: 'a', outlet: 'Example News', published: c.published, text: c.text }]);
      const found = report.findings.filter((f) => f.rule === 'published-date');
      expect(found.length > 0).toBe(c.finding);
      if (c.finding) {
        expect(found[0]?.severity).toBe('warning');
        expect(found[0]?.message).toContain('Example News');
        expect(found[0]?.message).toContain('2019-10-18');
      }
    });
  }
});
