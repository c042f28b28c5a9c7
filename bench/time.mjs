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

function timeIt(fn) {
  const t0 = process.hrtime.bigint();
  for (const it of items) fn(it);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const ours = (it) => parseTimes(it.sentence, { reference: it.dct });
const theirs = (it) => chrono.casual.parse(it.sentence, it.date);
// Warm up both, so that neither pays for compilation in the timed runs.
timeIt(ours);
timeIt(theirs);
const runs = [];
for (let i = 0; i < 5; i++) {
  const a = timeIt(theirs);
  const b = timeIt(ours);
  runs.push({ chrono: items.length / a, ours: items.length / b, ratio: b / a });
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const chronoRate = median(runs.map((r) => r.chrono));
const ourRate = median(runs.map((r) => r.ours));
const ratio = median(runs.map((r) => r.ratio));
console.log(`time: ${items.length} sentences; chrono-node casual ${chronoRate.toFixed(0)}/s, parseTimes ${ourRate.toFixed(0)}/s; parseTimes costs ${ratio.toFixed(2)}x chrono's time (budget 2.00x) ${ratio <= 2 ? 'OK' : 'OVER BUDGET'}`);
