import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus, parseDocument } from '../../src/index.js';
import { anyText, hostileText, runs } from './arbitraries.js';

// Front matter as a hostile scraper might write it: known and unknown keys, YAML syntax of every
// kind (anchors, aliases, tags, flow collections), prototype keys, broken quoting.
const yamlLine = fc.oneof(
  fc.tuple(fc.constantFrom('id', 'title', 'outlet', 'url', 'published', '__proto__', 'constructor', 'extra', '? ', '<<'), fc.constantFrom(': ', ':', ': &a ', ': *a ', ': !!binary ', ': [', ': {'), hostileText(3)).map(([k, s, v]) => `${k}${s}${v}`),
  fc.constantFrom('published: 2016-12-28', 'published: 2016-12', 'published: 2016', 'published: 20161', 'id: good-id', 'id: "bad id/../x"', 'a: &x [1,2]', 'b: [*x, *x]', '- list', '%YAML 1.2', '---', '...', '"unclosed', "'", ': :', '\t- tab'),
  hostileText(4),
);
const withFrontMatter = fc
  .tuple(fc.array(yamlLine, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), hostileText(), fc.boolean())
  .map(([lines, eol, close, body, bom]) => `${bom ? '\uFEFF' : ''}---${eol}${lines.join(eol)}${eol}${close ? `---${eol}` : ''}${body}`);
const rawFile = fc.oneof(withFrontMatter, anyText());

describe('parseDocument on any file contents', () => {
  it('never throws; a loaded text is the end of the file; every diagnostic names the file', () => {
    fc.assert(
      fc.property(rawFile, (raw) => {
        const r = parseDocument(raw, 'file', 'dir/file.md');
        for (const d of r.diagnostics) {
          expect(d.message).toContain('dir/file.md');
          expect(['error', 'warning', 'info']).toContain(d.severity);
          expect(d.code.length).toBeGreaterThan(0);
        }
        if (r.ok) {
          expect(raw.endsWith(r.document.text)).toBe(true);
          expect(r.document.text.trim().length).toBeGreaterThan(0);
          expect(r.document.id).toMatch(/^[\w.-]{1,200}$/u);
          if (r.document.published !== undefined) expect(r.document.published).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u);
          for (const key of ['title', 'outlet', 'url'] as const) {
            const v = r.document[key];
            if (v !== undefined) expect(typeof v).toBe('string');
          }
        } else {
          expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        }
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      runs(400),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(rawFile, (raw) => {
        expect(parseDocument(raw, 'file', 'dir/file.md')).toEqual(parseDocument(raw, 'file', 'dir/file.md'));
      }),
      runs(200),
    );
  });

  it('reads a CRLF file like its LF twin, apart from the line ends', () => {
    fc.assert(
      fc.property(withFrontMatter, (raw) => {
        const lf = raw.replace(/\r\n/gu, '\n');
        const crlf = lf.replace(/\n/gu, '\r\n');
        const a = parseDocument(lf, 'file');
        const b = parseDocument(crlf, 'file');
        expect(b.ok).toBe(a.ok);
        if (a.ok && b.ok) {
          expect(b.document.text.replace(/\r\n/gu, '\n')).toBe(a.document.text);
          expect({ ...b.document, text: '' }).toEqual({ ...a.document, text: '' });
        }
        expect(b.diagnostics.map((d) => d.code)).toEqual(a.diagnostics.map((d) => d.code));
      }),
      runs(200),
    );
  });
});

describe('loadCorpus on a folder of any files', () => {
  // Bytes as they come off a scraper: text in any of the shapes above, or raw bytes.
  const contents = fc.oneof(
    rawFile.map((t) => Buffer.from(t, 'utf8')),
    fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
  );
  it('never throws, and every file is either loaded or named in a diagnostic', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(contents, { minLength: 1, maxLength: 5 }), async (files) => {
        const dir = await mkdtemp(join(tmpdir(), 'corroborate-prop-'));
        const names = files.map((_, i) => `f${i}.md`);
        await Promise.all(files.map((b, i) => writeFile(join(dir, names[i] ?? ''), b)));
        const { documents, diagnostics } = await loadCorpus(dir);
        for (const name of names) {
          const loaded = documents.some((d) => d.path?.endsWith(name));
          const named = diagnostics.some((d) => d.message.includes(name) && d.severity === 'error');
          expect(loaded !== named, `${name} is loaded or skipped with an error, not both or neither`).toBe(true);
        }
        expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length);
      }),
      runs(40),
    );
  });
});
