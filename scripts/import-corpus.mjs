#!/usr/bin/env node
// Writes ../shared/corpus (as received, with manifest.json) into corpus/ in the corpus format:
// YAML front matter from the manifest, then the article text unchanged.
//   node scripts/import-corpus.mjs [from] [to]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

const from = process.argv[2] ?? '../shared/corpus';
const to = process.argv[3] ?? 'corpus';
const manifest = JSON.parse(readFileSync(join(from, 'manifest.json'), 'utf8'));
mkdirSync(to, { recursive: true });
for (const d of manifest.documents) {
  const meta = { id: d.id, title: d.title, outlet: d.outlet, url: d.url, published: d.published };
  const text = readFileSync(join(from, d.file), 'utf8');
  writeFileSync(join(to, `${d.id}.md`), `---\n${stringify(meta, { lineWidth: 0 })}---\n${text}`);
}
console.log(`wrote ${manifest.documents.length} documents to ${to}`);
