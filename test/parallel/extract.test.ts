import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { analyze, assembleReport, extract, type Extraction } from '../../src/pipeline.js';
import { workerFile } from '../../src/parallel/index.js';
import type { Document } from '../../src/types.js';

const article = (id: string, text: string, extra: Partial<Document> = {}): Document => ({ id, text, published: '2020-05-04', ...extra });
const TEXTS = [
  article('a', 'Acme Corp was founded in 2011 by Jane Doe. Acme Corp raised $20 million in March.'),
  article('b', 'Acme Corp was founded in 2013, its chairman Jane Doe said on Monday.'),
  article('c', 'Globex renamed itself Initech in 2019.'),
];

async function collect(input: Iterable<Document> | AsyncIterable<Document>, jobs?: number): Promise<Extraction[]> {
  const out: Extraction[] = [];
  for await (const e of extract(input, jobs === undefined ? {} : { jobs })) out.push(e);
  return out;
}

describe('extract', () => {
  it('finds no worker script when running from the TypeScript sources', () => {
    expect(workerFile()).toBeUndefined();
  });

  it('falls back to the calling thread without a worker script, with the same results', async () => {
    expect(JSON.stringify(await collect(TEXTS, 4))).toBe(JSON.stringify(await collect(TEXTS)));
  });

  it('keeps no text in what it yields', async () => {
    const out = await collect(TEXTS);
    expect(out.map((e) => (e.kind === 'document' ? { id: e.document.id, length: e.document.length, hasText: 'text' in e.document } : e))).toEqual(
      TEXTS.map((d) => ({ id: d.id, length: d.text.length, hasText: false })),
    );
  });

  it('reads an async input lazily: the first extraction comes after one document is read', async () => {
    let read = 0;
    async function* docs(): AsyncGenerator<Document> {
      for (const d of TEXTS) {
        read++;
        yield d;
      }
    }
    const it = extract(docs())[Symbol.asyncIterator]();
    const first = await it.next();
    expect(first.done).toBe(false);
    expect(read).toBe(1);
    await it.return?.(undefined);
  });

  const skipped: readonly { name: string; input: unknown[]; codes: string[]; message?: RegExp }[] = [
    { name: 'an input that is not an object is skipped with its position', input: [TEXTS[0], 42], codes: ['document-shape'], message: /^document #2 / },
    { name: 'an input without an id is skipped with its position', input: [TEXTS[0], TEXTS[1], { text: 'x' }], codes: ['document-id'], message: /^document #3 / },
    { name: 'an empty text is skipped', input: [article('e', '  ')], codes: ['empty'] },
    { name: 'a repeated id is skipped, the first one kept', input: [TEXTS[0], { ...TEXTS[1], id: 'a' }], codes: ['duplicate-id'] },
    { name: 'valid documents are not skipped', input: TEXTS, codes: [] },
  ];
  for (const c of skipped) {
    it(c.name, async () => {
      const out = await collect(c.input as Document[]);
      const diagnostics = out.flatMap((e) => (e.kind === 'skipped' ? [e.diagnostic] : []));
      expect(diagnostics.map((d) => d.code)).toEqual(c.codes);
      if (c.message) expect(diagnostics[0]?.message).toMatch(c.message);
    });
  }

  it('reports progress once per document, with the total of an array', async () => {
    const seen: [number, number][] = [];
    for await (const _ of extract(TEXTS, { onProgress: (done, total) => seen.push([done, total]) }));
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});

describe('analyze', () => {
  it('gives the same report for an array and for an async iterable of the same documents', async () => {
    async function* docs(): AsyncGenerator<Document> {
      yield* TEXTS;
    }
    expect(JSON.stringify(await analyze(docs()))).toBe(JSON.stringify(await analyze(TEXTS)));
  });

  it('puts skipped inputs in the diagnostics after the loader\'s, before the documents\' own', async () => {
    const report = await analyze([TEXTS[0] as Document, 7 as unknown as Document, article('n', 'Globex makes widgets.', { published: undefined })], {
      diagnostics: [{ severity: 'warning', code: 'loader', message: 'from the loader' }],
    });
    expect(report.diagnostics.map((d) => d.code)).toEqual(['loader', 'document-shape', 'no-publication-date']);
  });
});

describe('assembleReport', () => {
  it('gives what analyze gives from the full extractions (analyze keeps only what linking reads)', async () => {
    const extracted = (await collect(TEXTS)).flatMap((e) => (e.kind === 'document' ? [e] : []));
    expect(JSON.stringify(assembleReport(extracted, { texts: new Map(TEXTS.map((d) => [d.id, d.text])) }))).toBe(JSON.stringify(await analyze(TEXTS)));
  });

  it('counts copies of one story once from the extractions alone, without the texts (as a reduce step over JSON Lines does)', async () => {
    const wire = 'Acme Corp was founded in 2011 by Jane Doe, the company said in a statement on Monday. Its lending arm opened branches in three provinces last year and hired two hundred staff across the region.';
    const docs = [
      article('wire-a', wire, { outlet: 'Alpha' }),
      article('wire-b', `By a staff writer. ${wire}`, { outlet: 'Beta' }),
      article('own', 'Acme Corp was founded in 2013 by Jane Doe. It plans to open branches in three provinces, according to people familiar with the matter.', { outlet: 'Gamma' }),
    ];
    const extracted = (await collect(docs)).flatMap((e) => (e.kind === 'document' ? [e] : []));
    expect(extracted.every((e) => e.sketch !== undefined && e.sketch.length > 0)).toBe(true);
    // Through JSON, as shard-map writes them and shard-reduce reads them back.
    const read = extracted.map((e) => JSON.parse(JSON.stringify(e)) as typeof e);
    const withoutTexts = assembleReport(read);
    const whole = await analyze(docs);
    const verdicts = (r: typeof whole) => r.findings.filter((f) => f.verdict).map((f) => [f.id, f.verdict?.why]);
    expect(verdicts(whole).length).toBeGreaterThan(0);
    expect(verdicts(withoutTexts)).toEqual(verdicts(whole));
    // The two copies are one source: two articles do not outweigh one.
    expect(JSON.stringify(verdicts(whole))).not.toMatch(/2 independent sources/u);
    // Extractions from before the sketch (none recorded) fall back to counting every article.
    const old = read.map(({ sketch: _sketch, ...e }) => e);
    expect(JSON.stringify(verdicts(assembleReport(old)))).toMatch(/2 independent sources/u);
  });

  it('the same on the default corpus', async () => {
    const { documents } = await loadCorpus([join(import.meta.dirname, '../../corpus')]);
    const extracted = (await collect(documents)).flatMap((e) => (e.kind === 'document' ? [e] : []));
    expect(JSON.stringify(assembleReport(extracted, { texts: new Map(documents.map((d) => [d.id, d.text])) }))).toBe(JSON.stringify(await analyze(documents)));
  });
});
