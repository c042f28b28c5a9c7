/**
 * Splits items into groups that are connected by `linked` (directly or through others): the
 * values that agree with each other, so that what is left between groups is a disagreement.
 * Quadratic in the size of one group, which is one key's claims, never the corpus.
 */
export function components<T>(items: readonly T[], linked: (a: T, b: T) => boolean): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (a === undefined || b === undefined || !linked(a, b)) continue;
      const ri = find(i);
      const rj = find(j);
      if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
    }
  }
  const byRoot = new Map<number, T[]>();
  items.forEach((item, i) => {
    const r = find(i);
    const list = byRoot.get(r) ?? [];
    list.push(item);
    byRoot.set(r, list);
  });
  return [...byRoot.values()];
}

/** Every unordered pair of a list, in order. */
export function pairs<T>(items: readonly T[]): [T, T][] {
  const out: [T, T][] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (a !== undefined && b !== undefined) out.push([a, b]);
    }
  }
  return out;
}

/** A group of items whose intervals chain into one stretch of time, with that stretch. */
export interface Stretch<T> {
  readonly items: T[];
  readonly start: number;
  readonly end: number;
}

/**
 * Splits items into the groups their intervals connect (overlapping, or at most `grace` apart,
 * directly or through others), in chronological order: the connected groups of the overlap
 * graph, found by one sweep after a sort instead of comparing every pair.
 */
export function intervalComponents<T>(items: readonly T[], interval: (item: T) => { readonly start: number; readonly end: number }, grace = 0): Stretch<T>[] {
  const sorted = items.map((item, i) => ({ item, i, iv: interval(item) })).sort((a, b) => a.iv.start - b.iv.start || a.iv.end - b.iv.end || a.i - b.i);
  const out: { items: T[]; start: number; end: number }[] = [];
  for (const { item, iv } of sorted) {
    const last = out[out.length - 1];
    if (last && iv.start <= last.end + grace) {
      last.items.push(item);
      last.end = Math.max(last.end, iv.end);
    } else {
      out.push({ items: [item], start: iv.start, end: iv.end });
    }
  }
  return out;
}
