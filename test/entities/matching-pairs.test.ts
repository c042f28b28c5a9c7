import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchingPairs, nameShape, sameOrganizationName, sameOrganizationShape, samePersonShape, type NameShape } from '../../src/entities/identity.js';
import type { EntityType } from '../../src/types.js';

/** Every pair (i < j) that the comparison itself accepts, by brute force: what linking must not miss. */
function matching(names: readonly (readonly string[])[], same: (a: NameShape, b: NameShape) => boolean): [number, number][] {
  const shapes = names.map((list) => list.map((n) => nameShape(n)));
  const out: [number, number][] = [];
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) {
      if ((shapes[i] ?? []).some((x) => (shapes[j] ?? []).some((y) => same(x, y)))) out.push([i, j]);
    }
  }
  return out;
}

const pairsOf = (names: readonly (readonly string[])[], type: EntityType): [number, number][] => [...matchingPairs(names.map((list) => list.map((n) => nameShape(n))), type)];

// Words and their spellings a letter or an ending apart, the kinds of names linking sees.
const STEMS = ['Korvastena', 'Lumeng', 'Kailong', 'Orbit', 'Velora', 'Tamrin', 'Zupdol', 'Acme', 'Nordwind', 'Finance'];
const spelling = fc.tuple(fc.constantFrom(...STEMS), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom('a', 'e', 'o', 'x', '')).map(([stem, kind, at, letter]) => {
  const k = Math.min(at, stem.length - 1);
  switch (kind) {
    case 1:
      return stem.slice(0, k) + letter + stem.slice(k + 1); // a letter changed (or dropped)
    case 2:
      return stem.slice(0, k) + letter + stem.slice(k); // a letter added
    case 3:
      return `${stem}${letter}s`; // another ending
    case 4:
      return stem.slice(0, -1); // the last letter left off
    default:
      return stem;
  }
});
const organization = fc
  .tuple(fc.option(fc.constantFrom('Hunan', 'Hubei', 'Lagos'), { nil: undefined }), fc.array(spelling, { minLength: 1, maxLength: 2 }), fc.constantFrom('', 'Bank', 'E-Commerce Bank', 'Digital Technology', 'Capital', 'Co., Ltd.', 'Technology'))
  .map(([place, words, tail]) => [place, ...words, tail].filter((w) => w).join(' '));

describe('matchingPairs: the pairs linking compares', () => {
  it('never misses a pair of organization names the comparison accepts', () => {
    fc.assert(
      fc.property(fc.array(fc.array(organization, { minLength: 1, maxLength: 2 }), { minLength: 2, maxLength: 40 }), (names) => {
        const got = new Set(pairsOf(names, 'organization').map(([i, j]) => `${i},${j}`));
        for (const [i, j] of matching(names, sameOrganizationShape)) expect(got.has(`${i},${j}`), `${JSON.stringify(names[i])} ~ ${JSON.stringify(names[j])}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('pairs a name with its spelling variants and not with unrelated names', () => {
    const names = [['Kailong Bank'], ['Kailung Bank'], ['Velora Motors'], ['Hunan Kailong Bank'], ['Korvastena'], ['Korvastina'], ['Orbit Bank'], ['Lumeng Digital Technology'], ['Lumeng Digital']];
    const pairs = pairsOf(names, 'organization');
    expect(pairs).toEqual(expect.arrayContaining([[0, 1], [0, 3], [1, 3], [4, 5], [7, 8]]));
    expect(pairs.filter(([i, j]) => i === 2 || j === 2)).toEqual([]);
    // All pairs of 9 names would be 36: keys that must agree on every other word keep it to the plausible ones.
    expect(pairs.length).toBeLessThan(10);
  });

  it('comes in index order, each pair once, whatever the keys a pair shares', () => {
    // 0 and 2 share a key at each of their three words.
    const names = [['Orbit Velora Bank', 'Orbit Velora'], ['Orbit Velora'], ['Orbit Veloras Bank'], ['Zeta Labs']];
    const pairs = pairsOf(names, 'organization');
    expect(pairs).toEqual([...pairs].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    expect(new Set(pairs.map((p) => p.join())).size).toBe(pairs.length);
    expect(pairs).toEqual(expect.arrayContaining([[0, 1], [0, 2]]));
    expect(pairs.filter(([i, j]) => i === 3 || j === 3)).toEqual([]);
  });

  it('a tail shared by thousands of names pairs each only with the one that is that tail', () => {
    // Brand words no two of which are alike: a three-letter code written three times.
    const code = (i: number): string => [i % 26, Math.floor(i / 26) % 26, Math.floor(i / 676)].map((n) => String.fromCharCode(97 + n)).join('');
    const names = [['E-Commerce Bank'], ...Array.from({ length: 3000 }, (_, i) => [`Q${code(i)}${code(i)}${code(i)} E-Commerce Bank`])];
    const pairs = pairsOf(names, 'organization');
    expect(pairs.filter(([i]) => i === 0)).toHaveLength(3000);
    // Two headless forms never meet: no pair between the branded names themselves.
    expect(pairs.filter(([i]) => i !== 0)).toHaveLength(0);
  });

  it('people: the same name or its two words the other way round', () => {
    const names = [['Wang Tao'], ['Tao Wang'], ['Wang Tan'], ['Anna Brandt', 'Anna Brandt-Weber'], ['Anna Brandt']];
    expect(pairsOf(names, 'person')).toEqual(matching(names, samePersonShape));
    expect(pairsOf(names, 'person')).toEqual([[0, 1], [3, 4]]);
  });
});

describe('a place name in front of one name only', () => {
  it.each([
    ['Hunan Acme Bank', 'Acme Bank', true],
    ['Hunan Acme Bank', 'Hubei Acme Bank', false],
    ['Orbit E-Commerce Bank', 'Velora E-Commerce Bank', false],
    ['Orbit E-Commerce Bank', 'E-Commerce Bank', true],
    ['Lagos Kailong Digital Technology', 'Kailong Digital', true],
  ])('%s / %s: %s', (a, b, same) => {
    expect(sameOrganizationName(a, b)).toBe(same);
    expect(sameOrganizationName(b, a)).toBe(same);
  });
});

describe('a line-of-business word some sources leave off a name of three words or more', () => {
  it.each([
    ['Lotus Wing Airways', 'Lotus Wing', true],
    ['Prairie Bloom Cannabis Corp', 'Prairie Bloom', true],
    ['Tolhuaca Seafoods', 'Tolhuaca', false],
    ['Hoa Sen Aviation JSC', 'Hoa Sen', true],
    ['Kessler Brandt Medien', 'Kessler Brandt', true],
    ['Nordwind Capital Partners', 'Nordwind Capital', true],
    ['Harwell Ridge Capital Partners', 'Harwell Ridge', true],
    // two words: the tail is most of the name
    ['Lotus Airways', 'Lotus', false],
    // a unit of the company is not the company
    ['Lotus Wing Finance', 'Lotus Wing', false],
    ['Lotus Wing Bank', 'Lotus Wing', false],
  ])('%s / %s: %s', (a, b, same) => {
    expect(sameOrganizationName(a, b)).toBe(same);
    expect(sameOrganizationName(b, a)).toBe(same);
  });
});
