import type { Entity } from '../types.js';

/** Lower case, letters and digits only: 'Airline Co.' and 'airline co' read the same. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether two claim objects (entity ids, names or titles) name the same thing: the same id, the
 * same words, or a name that is one of the other's entity names or aliases.
 */
export function sameThing(a: string, b: string, entity: (id: string) => Entity | undefined): boolean {
  if (a === b) return true;
  const ea = entity(a);
  const eb = entity(b);
  if (ea && eb) return false;
  const namesA = namesOf(a, ea);
  const namesB = namesOf(b, eb);
  for (const n of namesA) if (namesB.has(n)) return true;
  return false;
}

// An entity's names, normalized once: the rules ask for them for every group the entity is in.
const entityNames = new WeakMap<Entity, ReadonlySet<string>>();

function namesOf(value: string, e: Entity | undefined): ReadonlySet<string> {
  if (e) {
    let known = entityNames.get(e);
    if (known === undefined) {
      const names = new Set<string>([normalizeName(e.name), ...e.aliases.map(normalizeName)]);
      names.delete('');
      known = names;
      entityNames.set(e, known);
    }
    return known;
  }
  const names = new Set<string>([normalizeName(value)]);
  names.delete('');
  return names;
}

/**
 * Groups items by the thing their value names (see {@link sameThing}) in one pass: items meet
 * through any name they share, so the cost grows with the number of items, not its square.
 * Groups come in the order of their first item.
 */
export function groupBySameThing<T>(items: readonly T[], valueOf: (item: T) => string, entity: (id: string) => Entity | undefined): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    let j = i;
    while (parent[j] !== r) {
      const next = parent[j] ?? r;
      parent[j] = r;
      j = next;
    }
    return r;
  };
  const union = (i: number, j: number): void => {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  // Two entities are the same only by id; a bare name meets other bare names by its words and an
  // entity through any of its names or aliases, as in sameThing.
  const byId = new Map<string, number>();
  const entityByName = new Map<string, number>();
  const byName = new Map<string, number>();
  items.forEach((item, i) => {
    const value = valueOf(item);
    const e = entity(value);
    if (!e) return;
    const j = byId.get(value);
    if (j === undefined) byId.set(value, i);
    else union(i, j);
    for (const n of namesOf(value, e)) if (!entityByName.has(n)) entityByName.set(n, i);
  });
  items.forEach((item, i) => {
    const value = valueOf(item);
    if (entity(value)) return;
    for (const n of namesOf(value, undefined)) {
      const j = byName.get(n);
      if (j === undefined) byName.set(n, i);
      else union(i, j);
      const k = entityByName.get(n);
      if (k !== undefined) union(i, k);
    }
  });
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const r = find(i);
    const list = groups.get(r) ?? [];
    list.push(item);
    groups.set(r, list);
  });
  return [...groups.values()];
}
