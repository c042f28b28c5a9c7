import type { Document } from '../types.js';

/** Share of word 5-grams two texts must have in common to count as copies of one story. */
const COPY_THRESHOLD = 0.5;
const SHINGLE = 5;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Which documents are one source: copies of one wire story (texts that share at least half their
 * word 5-grams) and articles of one outlet count once. Returns a source id per document id.
 */
export function sourcesOf(documents: readonly Document[]): Map<string, string> {
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const shingles = sorted.map((d) => shinglesOf(d.text));
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
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const oi = sorted[i]?.outlet?.trim().toLowerCase();
      const oj = sorted[j]?.outlet?.trim().toLowerCase();
      if ((oi && oi === oj) || jaccard(shingles[i] ?? new Set(), shingles[j] ?? new Set()) >= COPY_THRESHOLD) join(i, j);
    }
  }
  const out = new Map<string, string>();
  sorted.forEach((d, i) => out.set(d.id, sorted[find(i)]?.id ?? d.id));
  return out;
}

function shinglesOf(text: string): Set<string> {
  const words = text.toLowerCase().match(WORD) ?? [];
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(words.slice(i, i + SHINGLE).join(' '));
  return set;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}
