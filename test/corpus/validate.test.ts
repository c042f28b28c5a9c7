import { describe, expect, it } from 'vitest';
import { validateDocuments } from '../../src/corpus/index.js';
import { isPublishedDate } from '../../src/corpus/published.js';

describe('isPublishedDate', () => {
  const cases: { value: unknown; ok: boolean }[] = [
    { value: '2016', ok: true },
    { value: '2016-12', ok: true },
    { value: '2016-12-28', ok: true },
    { value: '2016-02-29', ok: true },
    { value: '2015-02-29', ok: false },
    { value: '2016-02-30', ok: false },
    { value: '2016-13', ok: false },
    { value: '2016-00', ok: false },
    { value: '2016-12-00', ok: false },
    { value: '0000', ok: false },
    { value: '2016-1-5', ok: false },
    { value: ' 2016', ok: false },
    { value: '20161', ok: false },
    { value: 'last tuesday', ok: false },
    { value: 2016, ok: false },
    { value: null, ok: false },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.value)} is ${c.ok ? '' : 'not '}a publication date`, () => {
      expect(isPublishedDate(c.value)).toBe(c.ok);
    });
  }
});

describe('validateDocuments', () => {
  const cases: { name: string; input: unknown; kept: boolean; error?: string; warnings?: string[]; dropped?: string[] }[] = [
    { name: 'a plain document', input: { id: 'a', text: 'Text.' }, kept: true, warnings: [] },
    { name: 'not an object', input: 'Text.', kept: false, error: 'document-shape' },
    { name: 'null', input: null, kept: false, error: 'document-shape' },
    { name: 'no id', input: { text: 'Text.' }, kept: false, error: 'document-id' },
    { name: 'a numeric id', input: { id: 7, text: 'Text.' }, kept: false, error: 'document-id' },
    { name: 'no text', input: { id: 'a' }, kept: false, error: 'empty' },
    { name: 'blank text', input: { id: 'a', text: ' \n ' }, kept: false, error: 'empty' },
    { name: 'a number for a title', input: { id: 'a', text: 'Text.', title: 5 }, kept: true, warnings: ['metadata-type'], dropped: ['title'] },
    { name: 'an object for an outlet and null for a url', input: { id: 'a', text: 'Text.', outlet: {}, url: null }, kept: true, warnings: ['metadata-type', 'metadata-type'], dropped: ['outlet', 'url'] },
    { name: 'a month 13', input: { id: 'a', text: 'Text.', published: '2016-13' }, kept: true, warnings: ['published-format'], dropped: ['published'] },
    { name: 'a number for published', input: { id: 'a', text: 'Text.', published: 2016 }, kept: true, warnings: ['published-format'], dropped: ['published'] },
    { name: 'a good published date stays', input: { id: 'a', text: 'Text.', published: '2016-12-28' }, kept: true, warnings: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = validateDocuments([c.input]);
      expect(r.documents).toHaveLength(c.kept ? 1 : 0);
      if (c.error) expect(r.diagnostics.map((d) => d.code)).toEqual([c.error]);
      else expect(r.diagnostics).toEqual([]);
      if (c.warnings) expect(r.warnings.map((d) => d.code)).toEqual(c.warnings);
      for (const key of c.dropped ?? []) expect(r.documents[0]).not.toHaveProperty(key);
    });
  }

  it('keeps the first of two documents with one id and names the second', () => {
    const r = validateDocuments([{ id: 'a', text: 'One.' }, { id: 'a', text: 'Two.', path: 'x/two.md' }]);
    expect(r.documents.map((d) => d.text)).toEqual(['One.']);
    expect(r.diagnostics[0]?.code).toBe('duplicate-id');
    expect(r.diagnostics[0]?.message).toContain('x/two.md');
  });

  it('passes on only the fields of the data model', () => {
    const r = validateDocuments([{ id: 'a', text: 'Text.', title: 'T', raw: '<html>', fn: () => 1, __proto__: { inherited: 1 } }]);
    expect(r.documents).toEqual([{ id: 'a', text: 'Text.', title: 'T' }]);
    expect(r.warnings).toEqual([]);
  });

  it('does not change the input objects', () => {
    const input = { id: 'a', text: 'Text.', title: 5 };
    validateDocuments([input]);
    expect(input.title).toBe(5);
  });
});
