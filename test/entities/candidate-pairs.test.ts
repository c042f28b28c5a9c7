import { describe, expect, it } from 'vitest';
import { blockKeys, candidatePairs } from '../../src/entities/identity.js';

/** Every pair (i < j) sharing a key whose block has at most 200 names: the definition, by brute force. */
function bruteForce(names: readonly (readonly string[])[]): [number, number][] {
  const keys = names.map((list) => new Set(list.flatMap((name) => blockKeys(name))));
  const size = new Map<string, number>();
  for (const k of keys) for (const key of k) size.set(key, (size.get(key) ?? 0) + 1);
  const out: [number, number][] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      if ([...(keys[i] ?? [])].some((key) => keys[j]?.has(key) && (size.get(key) ?? 0) <= 200)) out.push([i, j]);
    }
  }
  return out;
}

describe('candidatePairs', () => {
  const cases: readonly { name: string; names: string[][]; pairs: [number, number][] }[] = [
    { name: 'names sharing a distinctive word are paired', names: [['Orbit Bank'], ['Orbit Capital'], ['Velora Motors']], pairs: [[0, 1]] },
    { name: 'a pair sharing two keys comes once', names: [['Orbit Velora Bank'], ['Orbit Velora']], pairs: [[0, 1]] },
    { name: 'an alias counts like a name', names: [['Zeta Pay', 'Orbit Pay'], ['Orbit Holdings'], ['Zeta Labs']], pairs: [[0, 1], [0, 2]] },
    { name: 'generic words alone pair nothing when a name has a distinctive word', names: [['Orbit Bank'], ['Velora Bank']], pairs: [] },
    { name: 'no names, no pairs', names: [], pairs: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect([...candidatePairs(c.names)]).toEqual(c.pairs);
    });
  }

  it('matches the brute-force definition, in index order, with a block too common to use', () => {
    // 260 names share 'Kes' (over the cap of 200, so it pairs nothing); smaller blocks overlap.
    const syllables = ['Kes', 'Oro', 'Vel', 'Tam', 'Rin', 'Zup', 'Mar', 'Dol'];
    const names: string[][] = [];
    for (let i = 0; i < 300; i++) {
      const a = syllables[i % 7] ?? '';
      const b = syllables[(i * 3 + 1) % 8] ?? '';
      const list = [`${i < 260 ? 'Kestrel ' : ''}${a}${String(i % 13)}x ${b}${String(i % 5)}y`];
      if (i % 17 === 0) list.push(`${b}${String(i % 5)}y Holdings`);
      names.push(list);
    }
    const got = [...candidatePairs(names)];
    expect(got.length).toBeGreaterThan(100);
    expect(got).toEqual(bruteForce(names));
  });
});
