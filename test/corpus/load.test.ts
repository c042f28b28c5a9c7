import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile, mkdir, chmod, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DOCUMENTS, loadCorpus, parseDocument } from '../../src/corpus/index.js';
import { splitText } from '../../src/text/index.js';

describe('parseDocument', () => {
  const cases: { name: string; raw: string; ok: boolean; id?: string; published?: string; text?: string; code?: string }[] = [
    { name: 'front matter and text', raw: '---\nid: a1\npublished: 2016-12\n---\nBody.', ok: true, id: 'a1', published: '2016-12', text: 'Body.' },
    { name: 'no front matter: id from the file name', raw: 'Just text.', ok: true, id: 'file', text: 'Just text.' },
    { name: 'BOM is dropped', raw: '\uFEFFText after a BOM.', ok: true, text: 'Text after a BOM.' },
    { name: 'CRLF front matter', raw: '---\r\nid: crlf\r\n---\r\nLine one.\r\nLine two.', ok: true, id: 'crlf', text: 'Line one.\r\nLine two.' },
    { name: 'a YAML date becomes an ISO day', raw: '---\npublished: 2020-04-24\n---\nX.', ok: true, published: '2020-04-24' },
    { name: 'empty text', raw: '---\nid: e\n---\n   \n', ok: false, code: 'empty' },
    { name: 'unclosed front matter', raw: '---\nid: x\nText without end', ok: false, code: 'front-matter-unclosed' },
    { name: 'broken YAML', raw: '---\nid: [unclosed\n---\nText.', ok: false, code: 'front-matter-yaml' },
    { name: 'front matter that is a list', raw: '---\n- a\n- b\n---\nText.', ok: false, code: 'front-matter-shape' },
    { name: 'NUL bytes', raw: 'abc\u0000def', ok: false, code: 'binary' },
    { name: 'front matter over the size limit', raw: `---\n${'k: v\n'.repeat(5000)}---\nText.`, ok: false, code: 'front-matter-too-large' },
    { name: 'deeply nested front matter', raw: `---\na: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\nText.`, ok: false, code: 'front-matter-yaml' },
    { name: 'duplicate keys', raw: '---\nid: a\nid: b\n---\nText.', ok: false, code: 'front-matter-yaml' },
    { name: 'old Mac (CR only) front matter', raw: '---\rid: mac\rpublished: 2001-05\r---\rLine one.\rLine two.', ok: true, id: 'mac', published: '2001-05', text: 'Line one.\rLine two.' },
    { name: 'CRLF text after LF front matter keeps its line ends', raw: '---\nid: mixed\n---\r\nOne.\r\nTwo.', ok: true, id: 'mixed', text: 'One.\r\nTwo.' },
    { name: 'HTML soup is text like any other', raw: '<html><body><p>The bank opened in 2016.</p></body></html>', ok: true, text: '<html><body><p>The bank opened in 2016.</p></body></html>' },
    { name: 'front matter only', raw: '---\nid: x\n---\n', ok: false, code: 'empty' },
    { name: 'alias bomb', raw: `---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\nText.`, ok: false, code: 'front-matter-yaml' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = parseDocument(c.raw, 'file', 'dir/file.md');
      expect(r.ok).toBe(c.ok);
      if (r.ok) {
        if (c.id) expect(r.document.id).toBe(c.id);
        if (c.published) expect(r.document.published).toBe(c.published);
        if (c.text) expect(r.document.text).toBe(c.text);
      } else {
        expect(r.diagnostics.map((d) => d.code)).toContain(c.code);
        for (const d of r.diagnostics) expect(d.message).toContain('dir/file.md');
      }
    });
  }

  it('ignores __proto__ and unknown keys with a warning', () => {
    const r = parseDocument('---\n__proto__: {polluted: 1}\nextra: 2\nid: p\n---\nText.', 'f');
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(r.diagnostics.filter((d) => d.code === 'front-matter-unknown-key')).toHaveLength(2);
  });

  it("reads a headline holding ': ' as plain 'key: value' lines, with a warning that says to quote it", () => {
    const r = parseDocument('---\nid: air-1\ntitle: Paris Air Show: Carrier orders 30 jets\npublished: 2023-06-20\n---\nText.', 'f', 'dir/air.md');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document).toMatchObject({ id: 'air-1', title: 'Paris Air Show: Carrier orders 30 jets', published: '2023-06-20' });
    const warning = r.diagnostics.find((d) => d.code === 'front-matter-plain');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toMatch(/dir\/air\.md: .*quotes/u);
  });

  it('still refuses broken YAML that is not plain key-value lines, even with a colon in a value', () => {
    for (const raw of ['---\nid: [a: b\n---\nText.', '---\nid: a\ntitle: x: y\nid: b\n---\nText.', '---\n  nested: a: b\n---\nText.']) {
      const r = parseDocument(raw, 'f');
      expect(r.ok, raw).toBe(false);
      if (!r.ok) expect(r.diagnostics[0]?.code).toBe('front-matter-yaml');
    }
  });

  it('warns about at most ten unknown keys, then counts the rest', () => {
    const keys = Array.from({ length: 25 }, (_, i) => `extra${i}: 1`).join('\n');
    const r = parseDocument(`---\n${keys}\nid: many\n---\nText.`, 'f');
    expect(r.ok).toBe(true);
    const warnings = r.diagnostics.filter((d) => d.code === 'front-matter-unknown-key');
    expect(warnings).toHaveLength(11);
    expect(warnings.at(-1)?.message).toContain('15 more');
  });

  it('rejects a published date that is no real day with a warning and keeps the document', () => {
    const r = parseDocument('---\npublished: 2016-02-30\n---\nText.', 'f');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.document.published).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toContain('published-format');
  });

  it('rejects a malformed published date with a warning and keeps the document', () => {
    const r = parseDocument('---\npublished: last tuesday\n---\nText.', 'f');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.document.published).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toContain('published-format');
  });
});

describe('loadCorpus', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'corroborate-load-'));
    await writeFile(join(dir, 'a.md'), '---\nid: one\n---\nThe bank opened in 2016.');
    await writeFile(join(dir, 'b.txt'), 'Plain text article.');
    await writeFile(join(dir, 'c.md'), '');
    await writeFile(join(dir, 'd.md'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    await writeFile(join(dir, 'e.md'), '---\nid: one\n---\nA duplicate id.');
    await writeFile(join(dir, 'ignored.json'), '{}');
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'f.md'), Buffer.from('caf\xe9 latin-1', 'latin1'));
  });

  it('loads the good files and names every bad one', async () => {
    const { documents, diagnostics } = await loadCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(['one', 'b']);
    const named = (code: string, file: string): boolean => diagnostics.some((d) => d.code === code && d.message.includes(file));
    expect(named('empty', 'c.md')).toBe(true);
    expect(named('binary', 'd.md')).toBe(true);
    expect(named('duplicate-id', 'e.md')).toBe(true);
    expect(named('binary', 'f.md')).toBe(true);
    expect(diagnostics.some((d) => d.message.includes('ignored.json'))).toBe(false);
  });

  it('reports a missing path without throwing', async () => {
    const { documents, diagnostics } = await loadCorpus(join(dir, 'nope'));
    expect(documents).toEqual([]);
    expect(diagnostics[0]?.code).toBe('unreadable');
    expect(diagnostics[0]?.message).toContain('nope');
  });

  it('skips a file over the size limit', async () => {
    const { documents, diagnostics } = await loadCorpus(join(dir, 'a.md'), { maxBytes: 10 });
    expect(documents).toEqual([]);
    expect(diagnostics[0]?.code).toBe('too-large');
  });

  it('loads a file exactly at the size limit', async () => {
    const p = join(dir, 'a.md');
    const size = (await stat(p)).size;
    expect((await loadCorpus(p, { maxBytes: size })).documents).toHaveLength(1);
    expect((await loadCorpus(p, { maxBytes: size - 1 })).diagnostics[0]?.message).toContain('maxBytes');
  });

  it('has safe defaults: 5 MB per file and 100,000 documents', () => {
    expect(DEFAULT_MAX_BYTES).toBe(5_000_000);
    expect(DEFAULT_MAX_DOCUMENTS).toBe(100_000);
  });

  const badLimits: { name: string; options: Record<string, unknown> }[] = [
    { name: 'a negative maxBytes', options: { maxBytes: -1 } },
    { name: 'a NaN maxBytes', options: { maxBytes: Number.NaN } },
    { name: 'a string maxBytes', options: { maxBytes: '10' } },
    { name: 'a zero maxDocuments', options: { maxDocuments: 0 } },
    { name: 'a fractional maxDocuments', options: { maxDocuments: 1.5 } },
  ];
  for (const c of badLimits) {
    it(`reports ${c.name} and uses the default`, async () => {
      const { documents, diagnostics } = await loadCorpus(join(dir, 'a.md'), c.options);
      expect(documents).toHaveLength(1);
      const bad = diagnostics.filter((d) => d.code === 'bad-option');
      expect(bad).toHaveLength(1);
      expect(bad[0]?.message).toContain(Object.keys(c.options)[0]);
    });
  }

  it('accepts Infinity as no limit', async () => {
    const { documents, diagnostics } = await loadCorpus(dir, { maxBytes: Infinity, maxDocuments: Infinity });
    expect(documents.map((d) => d.id)).toEqual(['one', 'b']);
    expect(diagnostics.some((d) => d.code === 'bad-option')).toBe(false);
  });

  it('reads a CRLF file end to end: text keeps its line ends, sentences quote it', async () => {
    const p = join(await mkdtemp(join(tmpdir(), 'corroborate-crlf-')), 'crlf.md');
    await writeFile(p, '\uFEFF---\r\nid: crlf\r\npublished: 2016-12\r\n---\r\nThe bank opened.\r\n\r\nIt grew in 2017.\r\n');
    const { documents, diagnostics } = await loadCorpus(p);
    expect(diagnostics).toEqual([]);
    const doc = documents[0];
    expect(doc?.published).toBe('2016-12');
    expect(doc?.text).toBe('The bank opened.\r\n\r\nIt grew in 2017.\r\n');
    const { sentences, paragraphs } = splitText(doc?.text ?? '');
    expect(sentences.map((x) => x.text)).toEqual(['The bank opened.', 'It grew in 2017.']);
    expect(paragraphs).toHaveLength(2);
  });

  it.skipIf(process.platform === 'win32')('skips a device or a pipe named like an article instead of reading forever', async () => {
    const d = await mkdtemp(join(tmpdir(), 'corroborate-special-'));
    await symlink('/dev/zero', join(d, 'zero.md'));
    execFileSync('mkfifo', [join(d, 'pipe.md')]);
    await writeFile(join(d, 'real.md'), 'A real article.');
    const { documents, diagnostics } = await loadCorpus(d);
    expect(documents.map((x) => x.id)).toEqual(['real']);
    const skipped = diagnostics.filter((x) => x.code === 'not-a-file').map((x) => x.message);
    expect(skipped.some((m) => m.includes('zero.md'))).toBe(true);
    expect(skipped.some((m) => m.includes('pipe.md'))).toBe(true);
  });

  it('stops at the document limit', async () => {
    const { documents, diagnostics } = await loadCorpus(dir, { maxDocuments: 1 });
    expect(documents).toHaveLength(1);
    expect(diagnostics.some((d) => d.code === 'max-documents')).toBe(true);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file', async () => {
    const p = join(dir, 'locked.md');
    await writeFile(p, 'secret');
    await chmod(p, 0);
    const { diagnostics } = await loadCorpus(p);
    expect(diagnostics[0]?.code).toBe('unreadable');
  });
});
