// Speed of the date tagger against chrono-node's own casual parse of the same sentences.
// Prints sentences per second for each and their ratio (median of 5 runs), so the figure
// holds on a noisy machine. Issue 3 budget: parseTimes costs at most twice chrono's time.
//
//   node bench/time.mjs            (after `npm run build`; CORROBORATE_ENTRY overrides dist/index.js)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';

const entry = process.env.CORROBORATE_ENTRY ?? path.resolve('dist/index.js');
const { parseTimes } = await import(pathToFileURL(entry).href);
const data = new URL('../../shared/bench/dates/timebank-aquaint-dates.jsonl', import.meta.url);
const seen = new Set();
const items = [];
for (const line of fs.readFileSync(data, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  if (seen.has(r.sentence)) continue;
  seen.add(r.sentence);
  const dct = r.dct.slice(0, 10);
  items.push({ sentence: r.sentence, dct, date: new Date(`${dct}T12:00:00Z`) });
}

// Both sides parse the same chunk of sentences in turn, twice, and each keeps its faster pass:
// load from other processes on the machine then falls on both alike and mostly drops out.
const CHUNK = 50;
function timeChunk(fn, chunk) {
  const t0 = process.hrtime.bigint();
  for (const it of chunk) fn(it);
  return Number(process.hrtime.bigint() - t0);
}
const ourParse = (it) => parseTimes(it.sentence, { reference: it.dct });
const chronoParse = (it) => chrono.casual.parse(it.sentence, it.date);
function run() {
  let ours = 0;
  let theirs = 0;
  for (let i = 0; i < items.length; i += CHUNK) {
    const chunk = items.slice(i, i + CHUNK);
    const a1 = timeChunk(chronoParse, chunk);
    const b1 = timeChunk(ourParse, chunk);
    const a2 = timeChunk(chronoParse, chunk);
    const b2 = timeChunk(ourParse, chunk);
    theirs += Math.min(a1, a2);
    ours += Math.min(b1, b2);
  }
  return { chrono: items.length / (theirs / 1e9), ours: items.length / (ours / 1e9), ratio: ours / theirs };
}

// Warm up both, so that neither pays for compilation in the timed runs.
run();
const runs = [];
for (let i = 0; i < 5; i++) runs.push(run());
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const chronoRate = median(runs.map((r) => r.chrono));
const ourRate = median(runs.map((r) => r.ours));
const ratio = median(runs.map((r) => r.ratio));
console.log(`time: ${items.length} sentences; chrono-node casual ${chronoRate.toFixed(0)}/s, parseTimes ${ourRate.toFixed(0)}/s; parseTimes costs ${ratio.toFixed(2)}x chrono's time (budget 2.00x) ${ratio <= 2 ? 'OK' : 'OVER BUDGET'}`);
