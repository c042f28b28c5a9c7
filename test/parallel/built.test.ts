import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { renamableWords, syntheticCorpus } from '../../bench/synthetic.mjs';
import type * as Library from '../../src/index.js';
import type { Document } from '../../src/types.js';

// Worker threads run the built package's extract-worker script, so these tests run against dist/
// (`npm test` builds it first); CORROBORATE_DIST points them at another built copy.
const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, process.env['CORROBORATE_DIST'] ?? 'dist');

let esm: typeof Library;
let cjs: typeof Library;
let corpus: Document[];
let synthetic: Document[];

beforeAll(async () => {
  if (!existsSync(join(dist, 'extract-worker.js'))) throw new Error(`${dist} has no extract-worker.js; run 'npm run build' first.`);
  esm = (await import(pathToFileURL(join(dist, 'index.js')).href)) as typeof Library;
  cjs = createRequire(import.meta.url)(join(dist, 'index.cjs')) as typeof Library;
  const loaded = await esm.loadCorpus([join(root, 'corpus')]);
  corpus = loaded.documents;
  const words = renamableWords(corpus, (await esm.analyze(corpus)).entities);
  synthetic = [...syntheticCorpus(corpus, words, { articles: 12, seed: 7 })];
});

const json = (x: unknown): string => JSON.stringify(x);

describe('parallel extraction in the built package', () => {
  const cases: readonly { name: string; corpus: () => Document[]; jobs: number; module: () => typeof Library }[] = [
    { name: 'default corpus, 2 jobs, ESM', corpus: () => corpus, jobs: 2, module: () => esm },
    { name: 'default corpus, 2 jobs, CommonJS', corpus: () => corpus, jobs: 2, module: () => cjs },
    { name: 'synthetic corpus of 12 articles, 2 jobs, ESM', corpus: () => synthetic, jobs: 2, module: () => esm },
    { name: 'synthetic corpus of 12 articles, 3 jobs, CommonJS', corpus: () => synthetic, jobs: 3, module: () => cjs },
  ];
  for (const c of cases) {
    it(`${c.name}: byte-identical to one thread`, async () => {
      const one = json(await esm.analyze(c.corpus()));
      const many = json(await c.module().analyze(c.corpus(), { jobs: c.jobs }));
      expect(many).toBe(one);
    });
  }

  it('the synthetic corpus still has findings across its articles (the comparison is not vacuous)', async () => {
    const report = await esm.analyze(synthetic, { jobs: 2 });
    const docsPerFinding = report.findings.map((f) => new Set(f.claims.map((id) => report.claims.find((c) => c.id === id)?.doc)).size);
    expect(docsPerFinding.some((n) => n >= 2)).toBe(true);
  });

  it('the worker script sits beside both entry points', () => {
    const files = readdirSync(dist);
    expect(files).toEqual(expect.arrayContaining(['extract-worker.js', 'extract-worker.cjs']));
    expect(readFileSync(join(dist, 'extract-worker.cjs'), 'utf8')).toContain('parentPort');
  });
});
