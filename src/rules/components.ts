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
