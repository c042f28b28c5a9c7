import { describe, expect, it } from 'vitest';
import { docs } from './linked.js';
import { linkEntities, type DocumentEntities } from '../../src/entities/index.js';
import { isShortFormCandidate, isUnitName } from '../../src/entities/short-names.js';

function idIn(d: DocumentEntities | undefined, name: string): string | undefined {
  return d?.entities.find((e) => e.name === name || e.aliases.includes(name))?.id;
}

// One article uses the full name, another only the first word: the same company.
describe('a one-word name links to the one longer organization name it starts', () => {
  const across: readonly { name: string; a: string; b: string; long: string; short: string; same: boolean }[] = [
    { name: 'an industry word after the name', a: 'Velora Motors said on Monday it raised $300 million.', b: 'Velora plans to start deliveries next year.', long: 'Velora Motors', short: 'Velora', same: true },
    { name: 'a word that names no industry', a: 'Quillfield Dynamics posted a loss in 2022.', b: 'Quillfield was founded in 2015.', long: 'Quillfield Dynamics', short: 'Quillfield', same: true },
    { name: 'an energy company', a: 'Tidemark Energy opened a plant in March.', b: 'Analysts expect Tidemark to grow.', long: 'Tidemark Energy', short: 'Tidemark', same: true },
    { name: 'kept apart: the longer name is a business unit', a: 'Velora Finance lends to car buyers.', b: 'Velora sells cars.', long: 'Velora Finance', short: 'Velora', same: false },
    { name: 'kept apart: two longer names start with the word', a: 'Velora Motors grew. Velora Robotics shrank.', b: 'Velora sells cars.', long: 'Velora Motors', short: 'Velora', same: false },
    { name: 'kept apart: the word is a place', a: 'Brazil Foods cut prices.', b: 'Sales in Brazil fell.', long: 'Brazil Foods', short: 'Brazil', same: false },
  ];
  for (const c of across) {
    it(`across documents: ${c.name}`, () => {
      const per = docs({ a: c.a, b: c.b });
      const graph = linkEntities(per);
      const long = idIn(per[0], c.long);
      const short = idIn(per[1], c.short);
      expect(long).toBeDefined();
      if (c.same) expect(graph.canonical('b', short ?? '')).toBe(graph.canonical('a', long ?? ''));
      else expect(short === undefined || graph.canonical('b', short) !== graph.canonical('a', long ?? '')).toBe(true);
    });
  }

  const within: readonly { name: string; text: string; long: string; short: string; same: boolean }[] = [
    { name: 'full name first, short name after', text: 'Velora Motors said on Monday it had raised funds. Velora plans to start deliveries in 2025.', long: 'Velora Motors', short: 'Velora', same: true },
    { name: 'a company said, the short name in the next paragraph', text: 'Quillfield Dynamics reported revenue of $2 billion.\n\nQuillfield employs 900 people.', long: 'Quillfield Dynamics', short: 'Quillfield', same: true },
    { name: 'kept apart: both forms in one sentence are two companies', text: 'Lin Hao, founder of Velora, is chairman of Velora Software.', long: 'Velora Software', short: 'Velora', same: false },
    { name: 'kept apart: a parent and its unit', text: 'Velora sells cars. Velora Capital invests in start-ups.', long: 'Velora Capital', short: 'Velora', same: false },
  ];
  for (const c of within) {
    it(`in one document: ${c.name}`, () => {
      const d = docs({ a: c.text })[0];
      const long = idIn(d, c.long);
      expect(long).toBeDefined();
      if (c.same) expect(idIn(d, c.short)).toBe(long);
      else expect(idIn(d, c.short)).not.toBe(long);
    });
  }
});

describe('which names may be short forms', () => {
  const cases: readonly { name: string; key: string; want: boolean }[] = [
    { name: 'a coined name', key: 'velora', want: true },
    { name: 'a function word', key: 'the', want: false },
    { name: 'an ordinary capitalized word', key: 'online', want: false },
    { name: 'a company word', key: 'capital', want: false },
    { name: 'an industry noun', key: 'carmaker', want: false },
    { name: 'too short', key: 'ab', want: false },
  ];
  for (const c of cases) it(c.name, () => expect(isShortFormCandidate(c.key)).toBe(c.want));

  const units: readonly { name: string; key: string; want: boolean }[] = [
    { name: 'a finance arm', key: 'velora finance', want: true },
    { name: 'a payments arm', key: 'velora pay', want: true },
    { name: 'a carmaker by its full name', key: 'velora motors', want: false },
    { name: 'an energy company by its full name', key: 'tidemark energy', want: false },
  ];
  for (const c of units) it(`unit name: ${c.name}`, () => expect(isUnitName(c.key)).toBe(c.want));
});
