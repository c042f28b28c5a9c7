import { describe, expect, it } from 'vitest';
import { joinUnnamedVentures } from '../../src/entities/link.js';
import { UnionFind } from '../../src/entities/union-find.js';

/** The pass as it was before the founder index (members x foundings): the reference for the fast one. */
function referenceJoin(anonymous: readonly boolean[], uf: UnionFind, foundersByRoot: ReadonlyMap<number, ReadonlySet<number>>): void {
  anonymous.forEach((anon, i) => {
    if (!anon) return;
    const own = foundersByRoot.get(uf.find(i));
    if (!own || own.size < 2) return;
    const matches = [...foundersByRoot.entries()].filter(([root, set]) => {
      if (root === uf.find(i)) return false;
      if (!anonymous.some((x, k) => uf.find(k) === root && !x)) return false;
      return [...own].every((f) => set.has(f));
    });
    if (matches.length === 1 && matches[0]) uf.union(i, matches[0][0]);
  });
}

interface Setup {
  readonly anonymous: readonly boolean[];
  readonly unions: readonly (readonly [number, number])[];
  /** Per company member, its founder members. */
  readonly foundings: readonly (readonly [number, readonly number[]])[];
}

function run(setup: Setup, join: typeof referenceJoin): number[] {
  const uf = new UnionFind();
  for (let i = 0; i < setup.anonymous.length; i++) uf.add();
  for (const [a, b] of setup.unions) uf.union(a, b);
  const foundersByRoot = new Map<number, Set<number>>();
  for (const [company, founders] of setup.foundings) {
    const set = foundersByRoot.get(uf.find(company)) ?? new Set<number>();
    for (const f of founders) set.add(uf.find(f));
    foundersByRoot.set(uf.find(company), set);
  }
  join(setup.anonymous, uf, foundersByRoot);
  return setup.anonymous.map((_, i) => uf.find(i));
}

/** A deterministic generator (mulberry32), so a failing corpus can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Many companies founded by a few partners from a small pool, so founder sets overlap and repeat. */
function generated(seed: number, size: number, pool: number): Setup {
  const next = random(seed);
  const pick = (n: number): number => Math.floor(next() * n);
  const people = Math.max(3, Math.floor(size / 5));
  const anonymous = Array.from({ length: size }, (_, i) => i >= people && next() < 0.4);
  const unions: [number, number][] = [];
  for (let k = 0; k < size / 4; k++) unions.push([pick(size), pick(size)]);
  const foundings: [number, number[]][] = [];
  for (let c = people; c < size; c++) {
    if (next() < 0.3) continue;
    const n = 1 + pick(3);
    foundings.push([c, Array.from({ length: n }, () => pick(Math.min(pool, people)))]);
  }
  return { anonymous, unions, foundings };
}

describe('unnamed ventures: the founder index joins exactly what the full scan joined', () => {
  const cases: readonly { name: string; setup: Setup; joined: readonly (readonly [number, number])[]; apart: readonly (readonly [number, number])[] }[] = [
    { name: 'no anonymous company: nothing joins', setup: { anonymous: [false, false, false, false], unions: [], foundings: [[2, [0, 1]], [3, [0, 1]]] }, joined: [], apart: [[2, 3]] },
    { name: 'one founder in common is not enough', setup: { anonymous: [false, false, false, true], unions: [], foundings: [[2, [0]], [3, [0]]] }, joined: [], apart: [[2, 3]] },
    { name: 'two named companies with the same founders: ambiguous, nothing joins', setup: { anonymous: [false, false, false, false, true], unions: [], foundings: [[2, [0, 1]], [3, [0, 1]], [4, [0, 1]]] }, joined: [], apart: [[4, 2], [4, 3]] },
    { name: 'another anonymous company only is no match', setup: { anonymous: [false, false, true, true], unions: [], foundings: [[2, [0, 1]], [3, [0, 1]]] }, joined: [], apart: [[2, 3]] },
    { name: 'the one named company with the same founders', setup: { anonymous: [false, false, false, true], unions: [], foundings: [[2, [0, 1]], [3, [0, 1]]] }, joined: [[2, 3]], apart: [] },
    { name: 'a named company with more founders still matches', setup: { anonymous: [false, false, false, false, true], unions: [], foundings: [[3, [0, 1, 2]], [4, [0, 1]]] }, joined: [[3, 4]], apart: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const fast = run(c.setup, joinUnnamedVentures);
      expect(fast).toEqual(run(c.setup, referenceJoin));
      for (const [a, b] of c.joined) expect(fast[a]).toBe(fast[b]);
      for (const [a, b] of c.apart) expect(fast[a]).not.toBe(fast[b]);
    });
  }
  // A small founder pool makes the same founders recur, so later ventures meet sets merged earlier in the pass.
  const corpora = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => [8, 1000].map((pool) => ({ seed, size: 40 + seed * 60, pool })));
  for (const { seed, size, pool } of corpora) {
    it(`a generated corpus (seed ${seed}, ${size} members, founders from ${pool === 8 ? 'eight people' : 'many people'}) ends in the same sets`, () => {
      const setup = generated(seed, size, pool);
      const fast = run(setup, joinUnnamedVentures);
      const reference = run(setup, referenceJoin);
      expect(fast).toEqual(reference);
      // The corpus must exercise the pass, or the comparison proves nothing.
      const before = run({ ...setup, foundings: [] }, joinUnnamedVentures);
      expect(reference).not.toEqual(before);
    });
  }
});
