#!/usr/bin/env node
/**
 * Throughput of parseQuantities against compromise's own parse of the same text.
 * The text is the default corpus (front matter stripped) repeated to about 200 KB; each side
 * runs 5 times after a warm-up and the median counts.
 *
 * Usage: node bench/quantity.mjs [bundle]   (default: dist/index.js, built by `npm run build`)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = resolve(process.argv[2] ?? join(root, 'dist', 'index.js'));
const { parseQuantities } = await import(pathToFileURL(bundle).href);

const corpusDir = join(root, 'corpus');
const articles = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, ''));
const unit = articles.join('\n\n');
const text = unit.repeat(Math.ceil(200_000 / unit.length));

const RUNS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const clock = (fn) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

// Runs alternate between the two sides so a shared machine's load shifts hit both alike.
let figures = 0;
const ourRun = () => {
  figures = parseQuantities(text).length;
};
const theirRun = () => {
  nlp(text);
};
ourRun();
theirRun();
const oursMs = [];
const theirsMs = [];
for (let r = 0; r < RUNS; r += 1) {
  oursMs.push(clock(ourRun));
  theirsMs.push(clock(theirRun));
}
const ours = median(oursMs);
const theirs = median(theirsMs);
const cps = (ms) => Math.round(text.length / (ms / 1000));
process.stdout.write(
  [
    `text: ${text.length} chars (default corpus x${Math.ceil(200_000 / unit.length)}), median of ${RUNS} runs`,
    `parseQuantities: ${ours.toFixed(1)} ms, ${cps(ours).toLocaleString('en-US')} chars/s, ${figures} figures`,
    `compromise nlp(): ${theirs.toFixed(1)} ms, ${cps(theirs).toLocaleString('en-US')} chars/s`,
    `ratio: ${(theirs / ours).toFixed(1)}x compromise`,
    '',
  ].join('\n'),
);
