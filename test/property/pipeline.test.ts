import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { Document, Report } from '../../src/index.js';
import { articleText, hostileText, reference, runs, spansIn } from './arbitraries.js';

const documents: fc.Arbitrary<Document[]> = fc
  .array(fc.tuple(fc.oneof({ weight: 3, arbitrary: articleText() }, { weight: 1, arbitrary: hostileText(30) }), reference, fc.option(hostileText(3), { nil: undefined })), { minLength: 1, maxLength: 3 })
  .map((docs) =>
    docs.map(([text, published, outlet], i) => ({
      id: `doc-${i}`,
      text,
      ...(published ? { published } : {}),
      ...(outlet ? { outlet } : {}),
    })),
  );

/** Every span in the report's claims quotes the document it points into. */
function checkSpans(report: Report, docs: readonly Document[]): void {
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  for (const claim of report.claims) {
    const text = texts.get(claim.doc);
    expect(text, `claim ${claim.id} points to a document that exists`).toBeDefined();
    for (const span of spansIn(claim)) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text?.length ?? 0);
      expect(span.start).toBeLessThanOrEqual(span.end);
      expect(text?.slice(span.start, span.end)).toBe(span.text);
    }
  }
  for (const d of report.documents) {
    const text = texts.get(d.id) ?? '';
    for (const span of spansIn(d)) expect(text.slice(span.start, span.end)).toBe(span.text);
  }
  const claimIds = new Set(report.claims.map((c) => c.id));
  for (const f of report.findings) for (const id of f.claims) expect(claimIds.has(id)).toBe(true);
}

describe('analyze on any documents', () => {
  it('never throws; every span quotes its document; findings point at claims', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (docs) => {
        const report = await analyze(docs);
        expect(report.schemaVersion).toBe(1);
        expect(report.documents.map((d) => d.id).sort()).toEqual(docs.filter((d) => d.text.trim()).map((d) => d.id).sort());
        checkSpans(report, docs);
      }),
      runs(40),
    );
  });

  it('is deterministic, and survives JSON', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (docs) => {
        const a = await analyze(docs);
        const b = await analyze(docs);
        expect(b).toEqual(a);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      }),
      runs(20),
    );
  });

  it('does not depend on the order of the documents', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (docs) => {
        const a = await analyze(docs);
        const b = await analyze([...docs].reverse());
        expect(b.claims).toEqual(a.claims);
        expect(b.findings).toEqual(a.findings);
        expect(b.entities).toEqual(a.entities);
      }),
      runs(20),
    );
  });

  it('never throws on metadata of any type or shape', async () => {
    const meta = fc.oneof(fc.anything(), reference, fc.constantFrom('2016-13', '2016-02-30', '0000', '', ' 2016', '2016-1-5'));
    await fc.assert(
      fc.asyncProperty(articleText(3), meta, meta, meta, meta, async (text, published, title, outlet, url) => {
        const report = await analyze([{ id: 'a', text, published, title, outlet, url } as unknown as Document]);
        expect(report.documents).toHaveLength(1);
        for (const key of ['title', 'outlet', 'url', 'published'] as const) {
          const v = report.documents[0]?.[key];
          if (v !== undefined) expect(typeof v).toBe('string');
        }
        checkSpans(report, [{ id: 'a', text }]);
      }),
      runs(30),
    );
  });

  it('skips what is not a document, with a diagnostic, and keeps the rest', async () => {
    const junk = fc.constantFrom<unknown>(null, 42, 'text', [], {}, { id: '' }, { id: 'x' }, { id: 'y', text: 5 }, { text: 'no id' }, { id: 'doc-0', text: 'Duplicate id.' });
    await fc.assert(
      fc.asyncProperty(documents, fc.array(junk, { minLength: 1, maxLength: 3 }), async (docs, bad) => {
        const report = await analyze([...docs, ...bad] as Document[]);
        expect(report.diagnostics.filter((d) => d.severity === 'error').length).toBeGreaterThanOrEqual(bad.length);
        const clean = await analyze(docs);
        expect(report.claims).toEqual(clean.claims);
        expect(report.findings).toEqual(clean.findings);
      }),
      runs(15),
    );
  });
});
