import type { Document } from '../types.js';

/** Share of word 5-grams two texts must have in common to count as copies of one story. */
const COPY_THRESHOLD = 0.5;
const SHINGLE = 5;
/** How many of a text's smallest shingle hashes stand for it (a bottom-k sketch). */
const SKETCH = 64;
/** A hash shared by more texts than this is boilerplate, not a sign of copying. */
const MAX_BUCKET = 64;

/**
 * Which documents are one source: copies of one wire story (texts that share at least half their
 * word 5-grams) and articles of one outlet count once. Returns a source id per document id.
 *
 * Each text is reduced to a sketch (its 64 smallest shingle hashes); only texts whose sketches share
 * a hash are compared, and their resemblance is estimated from the sketches, so the cost grows with
 * the number of documents, not its square.
 */
export function sourcesOf(documents: readonly Document[], sketchesById?: ReadonlyMap<string, readonly number[]>): Map<string, string> {
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  const join = (i: number, j: number): void => {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const byOutlet = new Map<string, number>();
  sorted.forEach((d, i) => {
    const outlet = d.outlet?.trim().toLowerCase();
    if (!outlet) return;
    const j = byOutlet.get(outlet);
    if (j === undefined) byOutlet.set(outlet, i);
    else join(i, j);
  });
  const sketches = sorted.map((d) => sketchesById?.get(d.id) ?? textSketch(d.text));
  const buckets = new Map<number, number[]>();
  sketches.forEach((sketch, i) => {
    for (const h of sketch) {
      const list = buckets.get(h);
      if (list) list.push(i);
      else buckets.set(h, [i]);
    }
  });
  const tried = new Set<string>();
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > MAX_BUCKET) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] as number;
        const j = list[y] as number;
        const key = `${i}:${j}`;
        if (tried.has(key)) continue;
        tried.add(key);
        if (resemblance(sketches[i] ?? [], sketches[j] ?? []) >= COPY_THRESHOLD) join(i, j);
      }
    }
  }
  const out = new Map<string, string>();
  sorted.forEach((d, i) => out.set(d.id, sorted[find(i)]?.id ?? d.id));
  return out;
}

/**
 * A text's fingerprint for finding copies of one story: the 64 smallest distinct hashes of its
 * word 5-grams, ascending (a bottom-k sketch). Computed during extraction, where it costs little
 * and runs on every thread, so that assembling needs neither the texts nor this work.
 */
export function textSketch(text: string): number[] {
  const words = wordHashes(text.toLowerCase());
  const count = Math.max(0, words.length - SHINGLE + 1);
  const hashes = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    // Mix the five word hashes in order, so 'a b c d e' and 'e d c b a' differ.
    let h = 0x9e3779b9;
    for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ (words[i + k] ?? 0), 0x85ebca6b) ^ (h >>> 13);
    hashes[i] = h >>> 0;
  }
  hashes.sort();
  const out: number[] = [];
  for (let i = 0; i < count && out.length < SKETCH; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) out.push(hashes[i] as number);
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/uy;

/**
 * The FNV-1a hash of each word (a run of letters and digits) of a lower-cased text, as matching
 * `[\p{L}\p{N}]+` and hashing each match would give, read in one pass without making the words.
 */
function wordHashes(lower: string): number[] {
  const out: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < lower.length; ) {
    const c = lower.charCodeAt(i);
    let width = 0;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) width = 1;
    else if (c >= 128) {
      WORD_CHAR.lastIndex = i;
      if (WORD_CHAR.test(lower)) width = WORD_CHAR.lastIndex - i;
    }
    if (width === 0) {
      if (inWord) out.push(h >>> 0);
      inWord = false;
      i++;
      continue;
    }
    if (!inWord) h = 0x811c9dc5;
    inWord = true;
    for (let k = 0; k < width; k++) {
      h ^= lower.charCodeAt(i + k);
      h = Math.imul(h, 0x01000193);
    }
    i += width;
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

/** Estimated Jaccard resemblance of two texts from their sketches: shared hashes among the smallest of the union. */
function resemblance(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const k = Math.min(SKETCH, new Set([...a, ...b]).size);
  let i = 0;
  let j = 0;
  let taken = 0;
  let shared = 0;
  while (taken < k && (i < a.length || j < b.length)) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    taken++;
  }
  return shared / k;
}
