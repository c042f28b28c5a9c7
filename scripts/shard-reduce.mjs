#!/usr/bin/env node
// The reduce step: read the JSON lines of every shard (in any order), link entities across them,
// run the rules and verdicts, and print the report.
//   node scripts/shard-reduce.mjs shard-*.jsonl [--format json|markdown|...] > report.json
import { readFileSync } from 'node:fs';
import { assembleReport, format } from 'corroborate';

const args = process.argv.slice(2);
const at = args.indexOf('--format');
const name = at >= 0 ? args.splice(at, 2)[1] : 'json';
const extracted = [];
const diagnostics = [];
for (const file of args) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const e = JSON.parse(line);
    if (e.kind === 'document') extracted.push(e);
    else diagnostics.push(e.diagnostic);
  }
}
// Shards may arrive in any order; the report is the same for every order.
extracted.sort((a, b) => (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0));
process.stdout.write(format(assembleReport(extracted, { diagnostics }), name));
