#!/usr/bin/env node
// The map step: extract articles and write one JSON line per article (its metadata, entities,
// claims and diagnostics, with document-local entity ids), as each one is done.
//   node scripts/shard-map.mjs <path...> [--jobs N] > shard.jsonl
import { extract, loadCorpus } from 'corroborate';

const args = process.argv.slice(2);
const at = args.indexOf('--jobs');
const jobs = at >= 0 ? Number(args.splice(at, 2)[1]) : 1;
const { documents, diagnostics } = await loadCorpus(args);
for (const d of diagnostics) process.stdout.write(`${JSON.stringify({ kind: 'skipped', diagnostic: d })}\n`);
for await (const e of extract(documents, { jobs })) process.stdout.write(`${JSON.stringify(e)}\n`);
